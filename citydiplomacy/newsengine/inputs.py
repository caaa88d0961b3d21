"""Reading inputs: JSONL lines, HTML files and RSS/Atom feeds → NewsItem (or an error record)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from .decode import DecodeError, decode_bytes
from .pipeline import NewsItem, NewsRecord

MAX_FILE = 60 * 1024 * 1024


def read_path(path: str | Path) -> Iterator[NewsItem | NewsRecord]:
    """Items of one input file; an unreadable file or line yields an error record and reading goes on."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE:
            yield NewsRecord(id=p.name, error=f"file too large ({p.stat().st_size} bytes)")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield NewsRecord(id=p.name, error=f"{type(exc).__name__}: {exc}")
        return
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        yield from read_jsonl(data, p.name)
    elif suffix in (".rss", ".atom", ".xml") or _looks_like_feed(data):
        yield from read_feed(data, p.name)
    else:
        yield NewsItem(id=p.stem, html=data, source=str(p))


def _looks_like_feed(data: bytes) -> bool:
    head = data[:1000].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_jsonl(data: bytes, name: str = "input") -> Iterator[NewsItem | NewsRecord]:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield NewsRecord(id=name, error=f"DecodeError: {exc}")
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("a line must be a JSON object")
            rid = str(obj.get("id") or f"{name}:{n}")
            yield NewsItem(
                id=rid,
                url=obj.get("url"),
                text=obj.get("text"),
                html=obj.get("html"),
                title=obj.get("title"),
                published=obj.get("published"),
                lang=obj.get("lang"),
            )
        except (ValueError, TypeError) as exc:
            yield NewsRecord(id=f"{name}:{n}", error=f"bad JSON line: {exc}"[:300])


def _t(el, *names) -> str | None:
    for n in names:
        found = el.find(n)
        if found is not None:
            if found.text and found.text.strip():
                return found.text.strip()
            href = found.get("href")
            if href:
                return href
    return None


def read_feed(data: bytes, name: str = "feed") -> Iterator[NewsItem | NewsRecord]:
    """Entries of an RSS 2.0, RSS 1.0 or Atom feed; a file that is not XML gives one error record."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        yield NewsRecord(id=name, error=f"not a valid RSS/Atom file: {exc}"[:300])
        return
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]
    entries = list(root.iter("item")) + list(root.iter("entry"))
    if not entries:
        yield NewsRecord(id=name, error="not an RSS/Atom feed: no item or entry elements")
        return
    for n, e in enumerate(entries, 1):
        link = _t(e, "link", "guid", "id")
        body = _t(e, "encoded", "content", "description", "summary") or ""
        rid = _t(e, "guid", "id") or link or f"{name}:{n}"
        yield NewsItem(
            id=rid,
            url=link,
            html=f"<html><body>{body}</body></html>" if "<" in body else None,
            text=None if "<" in body else body,
            title=_t(e, "title"),
            published=_t(e, "pubDate", "published", "updated", "date"),
        )
