import pytest

from citydiplomacy.newsengine import NewsItem, process_many

TEXTS = [
    "شهردار تهران با سفیر روسیه دیدار کرد.",
    "The Mayor of Tehran met the Mayor of Moscow.",
    "شهردار مشهد و شهردار کربلا تفاهم‌نامه خواهرخواندگی امضا کردند.",
    "",
]


@pytest.mark.slow
def test_dask_output_is_identical_to_local():
    distributed = pytest.importorskip("distributed")
    from citydiplomacy.newsengine.dask_engine import process_dask

    items = [NewsItem(id=str(i), text=t) for i, t in enumerate(TEXTS * 3)]
    local = [r.to_dict() for r in process_many(items)]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = [r.to_dict() for r in process_dask(items, client=client, batch_size=4)]
    assert remote == local
