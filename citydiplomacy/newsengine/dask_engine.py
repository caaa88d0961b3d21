"""The same pipeline on a Dask distributed cluster; output identical to the local engine.

Items are sent in batches (one task per batch) to keep the scheduler overhead low; each worker
builds the default gazetteer once. Grouping runs afterwards on the gathered records, in input
order, so cluster ids are the same as with the local engine.
"""

from __future__ import annotations

from collections.abc import Sequence

from .pipeline import NewsItem, NewsRecord, assign_clusters, process_item


def _run_batch(items: list[NewsItem], extra: list[tuple] | None = None) -> list[NewsRecord]:
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    if extra:
        gaz = _extended(extra)
    return [process_item(i, gaz) for i in items]


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


def process_dask(
    items: Sequence[NewsItem],
    scheduler: str | None = None,
    workers: int = 2,
    batch_size: int = 64,
    group: bool = True,
    client=None,
    extra_entries: list[tuple] | None = None,
) -> list[NewsRecord]:
    """Process ``items`` on a Dask cluster (``scheduler`` address, a given ``client``, or a new
    LocalCluster of ``workers`` processes) and return records in input order."""
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
        batches = [list(items[i : i + batch_size]) for i in range(0, len(items), batch_size)]
        futures = client.map(_run_batch, batches, extra=extra_entries, pure=False)
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
