"""Demo news: a few articles in the inbox (one story from two outlets) and one configured source."""

import json
from pathlib import Path

from citydiplomacy.newsengine import NewsItem

from .models import Source
from .services import ingest

SAMPLES = Path(__file__).resolve().parent / "samples" / "articles.jsonl"


def seed():
    Source.objects.get_or_create(
        url="https://www.tehran.ir/rss",
        defaults={"name": "پورتال شهرداری تهران", "kind": Source.Kind.FEED, "lang": "fa", "active": False},
    )
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return ingest([NewsItem(id=r["id"], url=r["url"], text=r["text"], title=r.get("title")) for r in rows])
