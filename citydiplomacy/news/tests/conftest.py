import json
from pathlib import Path

import pytest

from citydiplomacy.newsengine import NewsItem

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


@pytest.fixture
def sample_items():
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [NewsItem(id=r["id"], url=r["url"], text=r["text"], title=r.get("title")) for r in rows]


@pytest.fixture
def ingested(db, sample_items):
    from citydiplomacy.news.services import ingest

    return ingest(sample_items)
