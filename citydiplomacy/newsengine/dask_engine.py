"""The same pipeline on a Dask distributed cluster; output identical to the local engine.

* Each worker builds the gazetteer (names and Aho–Corasick automaton) once, when the engine first
  meets it (``client.run(_warm)``), not inside the first timed batch.
* Items go to the workers in batches, one task each, that shrink as the work left does: few tasks
  keep the scheduler's overhead low, small last ones keep the workers evenly loaded.
* A page read from a file (``NewsItem.source`` names a file holding exactly its bytes) travels as
  the file's path, size and CRC-32: the worker reads the file itself, so the client sends a few
  bytes instead of the page. A worker that cannot read the file, or reads other bytes (another
  machine, the file changed), hands the item back and it is sent again with its bytes.
* Pages held only in memory are sent to the workers in one ``client.scatter`` call (directly when
  the workers are on this machine), not inside the task graph: the scheduler then handles small
  tasks instead of copying every page once more.
* Records come back without the full text unless ``keep_text``: only the part that story grouping
  reads (``dedup.SHINGLE_LIMIT`` characters) travels back.

Grouping runs afterwards on the gathered records, in input order, so cluster ids are the same as
with the local engine. Use worker processes with one thread each (the GIL serialises threads).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .pipeline import NewsItem, NewsRecord, assign_clusters, process_item

# pages held in memory above this many bytes in all go by ``client.scatter``, not in the task graph
SCATTER_BYTES = 1 << 20


@dataclass(frozen=True)
class FileRef:
    """An item whose HTML the worker reads from ``path``; ``size`` and ``crc`` (CRC-32) are those
    of the bytes the client holds, so a worker that reads anything else gives the item back."""

    item: NewsItem  # html=None
    path: str
    size: int
    crc: int


def by_path(item: NewsItem) -> NewsItem | FileRef:
    """``item`` as a ``FileRef`` when its HTML bytes are exactly the file ``item.source``; else itself."""
    data = item.html
    if not isinstance(data, bytes) or not item.source:
        return item
    path = os.path.abspath(item.source)
    try:
        if os.path.getsize(path) != len(data):
            return item
    except OSError:
        return item
    return FileRef(replace(item, html=None), path, len(data), zlib.crc32(data))


def _load(entry: NewsItem | FileRef) -> NewsItem | None:
    if not isinstance(entry, FileRef):
        return entry
    try:
        with open(entry.path, "rb") as f:
            data = f.read(entry.size + 1)
    except OSError:
        return None
    if len(data) != entry.size or zlib.crc32(data) != entry.crc:
        return None
    return replace(entry.item, html=data)


def _warm() -> int:
    """Build this worker's default gazetteer and its automaton once; returns its size."""
    from . import htmltext  # noqa: F401  (imports the HTML parser once)
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    gaz._build()
    return len(gaz)


def _run_batch(
    entries: list[NewsItem | FileRef], extra: list[tuple] | None = None, keep_text: bool = True
) -> list[NewsRecord | None]:
    """Records of ``entries`` in order; None for a ``FileRef`` whose file this worker cannot read."""
    from .dedup import SHINGLE_LIMIT
    from .gazetteer import default_gazetteer

    gaz = _extended(extra) if extra else default_gazetteer()
    out: list[NewsRecord | None] = []
    for entry in entries:
        item = _load(entry)
        rec = None if item is None else process_item(item, gaz)
        if rec is not None and not keep_text and len(rec.text) > SHINGLE_LIMIT:
            rec = replace(rec, text=rec.text[:SHINGLE_LIMIT])
        out.append(rec)
    return out


_EXT_CACHE: dict = {}


def _extended(extra: list[tuple]):
    from .gazetteer import Gazetteer

    key = hash(tuple(extra))
    if key not in _EXT_CACHE:
        g = Gazetteer.default()
        for name, aliases, kind, canonical in extra:
            g.add(name, aliases, kind=kind, canonical=canonical)
        _EXT_CACHE.clear()
        _EXT_CACHE[key] = g
    return _EXT_CACHE[key]


_WARMED: set = set()


def _size(entry: NewsItem | FileRef) -> int:
    """Bytes of a page, what its processing time roughly follows."""
    if isinstance(entry, FileRef):
        return entry.size
    return len(entry.html or "") + len(entry.text or "")


def _batches(entries: Sequence, n_workers: int, batch_size: int | None) -> list[list]:
    """Consecutive batches of ``batch_size`` entries; with None, batches that shrink as the work left
    does (each about 1/(2 × workers) of the bytes left, none under 1/(12 × workers) of all bytes):
    few tasks, and the last ones are small, so no worker waits long for another at the end."""
    if batch_size:
        return [list(entries[i : i + batch_size]) for i in range(0, len(entries), batch_size)]
    sizes = [_size(e) + 2048 for e in entries]  # a page costs a little even when tiny
    left = sum(sizes)
    smallest = left / (12 * max(1, n_workers))
    out: list[list] = []
    i = 0
    while i < len(entries):
        target = max(smallest, left / (2 * max(1, n_workers)))
        j, got = i, 0
        while j < len(entries) and (got == 0 or got + sizes[j] <= target):
            got += sizes[j]
            j += 1
        out.append(list(entries[i:j]))
        left -= got
        i = j
    return out


def _on_this_machine(addresses: Sequence[str]) -> bool:
    hosts = {a.split("://")[-1].rsplit(":", 1)[0].strip("[]") for a in addresses}
    return bool(hosts) and hosts <= {"127.0.0.1", "localhost", "::1"}


def _run(client, batches: list[list], addresses: Sequence[str], extra, keep_text) -> list:
    """Run ``_run_batch`` on every batch; results flattened in input order."""
    if not batches:
        return []
    args: list = batches
    if sum(_size(e) for b in batches for e in b if not isinstance(e, FileRef)) > SCATTER_BYTES:
        # one call for all batches (one round trip); tasks then carry only a reference to their batch
        args = client.scatter(batches, hash=False, direct=_on_this_machine(addresses) or None)
    futures = [client.submit(_run_batch, a, extra, keep_text, pure=False) for a in args]
    return [r for batch in client.gather(futures) for r in batch]


def local_cluster(workers: int = 2):
    """The LocalCluster the engine starts when given no scheduler: ``workers`` processes of one thread.

    Its scheduler hands a worker its next batch only when the worker is free (worker-saturation
    1.0; Dask's default 1.1 gives each one-thread worker a second batch in advance, so at the end
    one worker could sit idle while the other still had two batches). Its workers keep the C
    library's own memory thresholds: Dask's nanny sets MALLOC_TRIM_THRESHOLD_, which also fixes the
    mmap threshold, so every page-sized string was mapped and unmapped anew and a worker ran the
    pipeline 5-10% slower than the local engine. Nor does a worker sample its own stacks (the
    profiler Dask runs in each worker for its dashboard, which this cluster does not serve)."""
    import dask
    from distributed import LocalCluster

    environ = {
        k: v
        for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items()
        if k != "MALLOC_TRIM_THRESHOLD_"
    }
    with dask.config.set(
        {
            "distributed.scheduler.worker-saturation": 1.0,
            "distributed.worker.profile.enabled": False,
            "distributed.nanny.pre-spawn-environ": environ,
        }
    ):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def process_dask(
    items: Sequence[NewsItem],
    scheduler: str | None = None,
    workers: int = 2,
    batch_size: int | None = None,
    group: bool = True,
    client=None,
    extra_entries: list[tuple] | None = None,
    keep_text: bool = True,
) -> list[NewsRecord]:
    """Process ``items`` on a Dask cluster (``scheduler`` address, a given ``client``, or a new
    ``local_cluster(workers)``) and return records in input order.

    ``batch_size`` None makes batches that shrink towards the end (see ``_batches``). ``keep_text`` False cuts each
    record's ``text`` to what story grouping needs before it is sent back."""
    from distributed import Client

    own_cluster = None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            own_cluster = local_cluster(workers)
            client = Client(own_cluster)
    try:
        info = client.scheduler_info()
        addresses = sorted(info.get("workers", {}))
        if addresses and tuple(addresses) not in _WARMED:
            client.run(_warm)
            _WARMED.add(tuple(addresses))
        n_workers = len(addresses) or workers
        entries = [by_path(i) for i in items]
        records = _run(client, _batches(entries, n_workers, batch_size), addresses, extra_entries, keep_text)
        missing = [k for k, r in enumerate(records) if r is None]
        if missing:  # files the workers could not read: send those pages themselves
            again = _run(
                client,
                _batches([items[k] for k in missing], n_workers, batch_size),
                addresses,
                extra_entries,
                keep_text,
            )
            for k, r in zip(missing, again, strict=True):
                records[k] = r
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
        elif scheduler:
            client.close()
    if group:
        from .dedup import group_stories

        assign_clusters(records, group_stories(records))
    return records
