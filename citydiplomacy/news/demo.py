"""Demo news: invented articles in the inbox (stories told by two outlets, one of them in two languages;
visits, an agreement, an online meeting, a membership, a hosted event, a report, another city's trip and a
local story the engine sets aside) and one configured source."""

import json
from pathlib import Path

from citydiplomacy.newsengine import NewsItem

from .models import Source
from .services import ingest

SAMPLES = Path(__file__).resolve().parent / "samples"
FILES = ("articles.jsonl", "demo_more.jsonl")  # the first is also the tests' sample


def seed():
    Source.objects.get_or_create(
        url="https://www.tehran.ir/rss",
        defaults={"name": "پورتال شهرداری تهران", "kind": Source.Kind.FEED, "lang": "fa", "active": False},
    )
    rows = [
        json.loads(line)
        for name in FILES
        for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return ingest([NewsItem(id=r["id"], url=r["url"], text=r["text"], title=r.get("title")) for r in rows])
