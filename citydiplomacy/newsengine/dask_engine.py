"""The same pipeline on a Dask distributed cluster; output identical to the local engine.

* Each worker builds the gazetteer (names and Aho–Corasick automaton) once, when the engine first
  meets it (``client.run(_warm)``), not inside the first timed batch.
* Items go to the workers in a few batches per worker (one task per batch keeps the scheduler's
  overhead low and the two workers evenly loaded), each submitted as its own task so that sending
  the later batches overlaps computing the first ones.
* Records come back without the full text unless ``keep_text``: only the part that story grouping
  reads (``dedup.SHINGLE_LIMIT`` characters) travels back.

Grouping runs afterwards on the gathered records, in input order, so cluster ids are the same as
with the local engine. Use worker processes with one thread each (the GIL serialises threads).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from .pipeline import NewsItem, NewsRecord, assign_clusters, process_item


def _warm() -> int:
    """Build this worker's default gazetteer and its automaton once; returns its size."""
    from . import htmltext  # noqa: F401  (imports the HTML parser once)
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    gaz._build()
    return len(gaz)


def _run_batch(
    items: list[NewsItem], extra: list[tuple] | None = None, keep_text: bool = True
) -> list[NewsRecord]:
    from .dedup import SHINGLE_LIMIT
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    if extra:
        gaz = _extended(extra)
    out = [process_item(i, gaz) for i in items]
    if not keep_text:
        out = [replace(r, text=r.text[:SHINGLE_LIMIT]) if len(r.text) > SHINGLE_LIMIT else r for r in out]
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


def _batches(items: Sequence[NewsItem], n_workers: int, batch_size: int | None) -> list[list[NewsItem]]:
    if not batch_size:
        # about three batches per worker: few tasks, yet a slow batch cannot leave a worker idle long
        batch_size = max(1, min(256, math.ceil(len(items) / (3 * max(1, n_workers)))))
    return [list(items[i : i + batch_size]) for i in range(0, len(items), batch_size)]


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
    LocalCluster of ``workers`` processes with one thread each) and return records in input order.

    ``batch_size`` None picks about three batches per worker. ``keep_text`` False cuts each
    record's ``text`` to what story grouping needs before it is sent back."""
    from distributed import Client, LocalCluster

    own_cluster = None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            own_cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(own_cluster)
    try:
        info = client.scheduler_info()
        addresses = sorted(info.get("workers", {}))
        if addresses and tuple(addresses) not in _WARMED:
            client.run(_warm)
            _WARMED.add(tuple(addresses))
        batches = _batches(items, len(addresses) or workers, batch_size)
        if not batches:
            records: list[NewsRecord] = []
        else:
            # one task per batch, the batch inside it, submitted one by one: the scheduler starts the
            # first tasks while later batches are still being sent (measured faster here than
            # ``client.scatter``, whose every call waits for a round trip)
            futures = [
                client.submit(_run_batch, batch, extra_entries, keep_text, pure=False) for batch in batches
            ]
            records = [r for batch in client.gather(futures) for r in batch]
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
