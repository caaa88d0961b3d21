import pytest

from citydiplomacy.newsengine import NewsItem, process_many
from citydiplomacy.newsengine.inputs import read_path

TEXTS = [
    "شهردار تهران با سفیر روسیه دیدار کرد.",
    "The Mayor of Tehran met the Mayor of Moscow.",
    "شهردار مشهد و شهردار کربلا تفاهم‌نامه خواهرخواندگی امضا کردند.",
    "",
]

PAGES = [
    f"<html><head><title>Sister cities</title></head><body><article><p>{t}</p></article></body></html>"
    for t in TEXTS
]


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    from citydiplomacy.newsengine.dask_engine import local_cluster

    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield client


@pytest.mark.slow
def test_dask_output_is_identical_to_local(client):
    from citydiplomacy.newsengine.dask_engine import process_dask

    items = [NewsItem(id=str(i), text=t) for i, t in enumerate(TEXTS * 3)]
    local = [r.to_dict() for r in process_many(items)]
    remote = [r.to_dict() for r in process_dask(items, client=client, batch_size=4)]
    assert remote == local


@pytest.mark.slow
def test_dask_output_is_identical_for_files_and_pages_in_memory(client, tmp_path, monkeypatch):
    """Pages read from files (the workers read them again by path), one file changed after it was
    read (its page must still be the one that was read), and pages held only in memory (sent by
    scatter): the records are the local engine's."""
    from citydiplomacy.newsengine import dask_engine

    monkeypatch.setattr(dask_engine, "SCATTER_BYTES", 0)
    for i, page in enumerate(PAGES * 2):
        (tmp_path / f"{i}.html").write_text(page, encoding="utf-8")
    files = [it for i in range(len(PAGES) * 2) for it in read_path(tmp_path / f"{i}.html")]
    (tmp_path / "1.html").write_text(PAGES[2], encoding="utf-8")  # changed after it was read
    memory = [NewsItem(id=f"m{i}", html=p.encode()) for i, p in enumerate(PAGES)]
    items = files + memory
    local = [r.to_dict() for r in process_many(items)]
    assert local[1]["home_city"] == "Tehran"
    for batch_size in (None, 3):
        remote = [r.to_dict() for r in dask_engine.process_dask(items, client=client, batch_size=batch_size)]
        assert remote == local


def test_worker_gives_back_a_file_that_changed_since_it_was_read(tmp_path):
    from citydiplomacy.newsengine.dask_engine import FileRef, _run_batch, by_path

    f = tmp_path / "a.html"
    f.write_text(PAGES[0], encoding="utf-8")
    (item,) = read_path(f)
    ref = by_path(item)
    assert isinstance(ref, FileRef) and ref.item.html is None
    assert _run_batch([ref])[0].to_dict() == process_many([item])[0].to_dict()
    f.write_text(PAGES[0].replace("تهران", "شیراز"), encoding="utf-8")  # same length in bytes
    assert _run_batch([ref]) == [None]
    assert by_path(NewsItem(id="x", html=b"<p>x</p>", source=str(tmp_path / "none.html"))).html == b"<p>x</p>"
