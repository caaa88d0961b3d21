"""The engine: an explicit ordered list of small pure steps passing plain dataclasses.

decode → extract main content → normalize → find dates → match gazetteer → find people →
classify event → record. ``process_item`` never raises for bad input: it returns a record whose
``error`` says what went wrong, so a batch always continues.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace

from .classify import Event, classify
from .dates import DateSpan, find_dates, published_date, url_date
from .decode import DecodeError, decode_bytes
from .gazetteer import Gazetteer, Hit, default_gazetteer, unlisted_cities
from .htmltext import extract
from .normalize import match_key, normalize_text
from .people import find_people
from .unlisted_orgs import unlisted_organizations

MAX_BYTES = 60 * 1024 * 1024  # a page larger than this is refused
MAX_TEXT = 400_000  # characters of main text analysed (a 50 MB page is cut, not refused)


@dataclass
class NewsItem:
    """One input: an HTML page, an RSS/Atom entry or plain text, with its id and URL."""

    id: str
    url: str | None = None
    text: str | None = None
    html: str | bytes | None = None
    title: str | None = None
    published: str | None = None  # as given by a feed; parsed like any date
    lang: str | None = None
    source: str | None = None
    encoding: str | None = None  # declared charset of ``html`` bytes


@dataclass
class NewsRecord:
    """The structured record; fields of shared/eval/README.md plus extraction details."""

    id: str
    url: str | None = None
    title: str = ""
    text: str = ""
    lang: str | None = None
    is_city_diplomacy: bool = False
    event_type: str = "other"
    agreement_kind: str | None = None
    home_city: str | None = None
    cities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    event_date: str | None = None
    published: str | None = None
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.0
    evidence: str = ""
    surface_forms: dict[str, list[str]] = field(default_factory=dict)
    cluster: str | None = None
    error: str | None = None

    def to_dict(self, with_text: bool = False) -> dict:
        d = asdict(self)
        if not with_text:
            d.pop("text")
        return d


@dataclass
class Doc:
    """State passed from step to step."""

    item: NewsItem
    raw: str = ""
    title: str = ""
    lang: str | None = None
    hints: list[str] = field(default_factory=list)
    text: str = ""
    key: str = ""
    dates: list[DateSpan] = field(default_factory=list)
    published: str | None = None
    hits: list[Hit] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    event: Event | None = None


# -- steps ----------------------------------------------------------------------------------------
def step_decode(doc: Doc, gaz: Gazetteer) -> Doc:
    it = doc.item
    if it.html is not None:
        data = it.html
        if isinstance(data, bytes):
            if len(data) > MAX_BYTES:
                raise ValueError(f"page too large ({len(data)} bytes)")
            data = decode_bytes(data, it.encoding)
        doc.raw = data
    else:
        doc.raw = it.text or ""
    if "\x00" in doc.raw[:10000]:
        raise DecodeError("binary content, not text")
    return doc


_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body|div|p|article|meta)\b", re.I | re.S
)


def step_extract(doc: Doc, gaz: Gazetteer) -> Doc:
    it = doc.item
    if it.html is not None or _HTML_SNIFF.match(doc.raw[:2000]):
        page = extract(doc.raw)
        doc.title, doc.lang, doc.hints = page.title, page.lang, page.date_hints
        doc.raw = page.text
    doc.title = it.title or doc.title
    if it.published:
        doc.hints.insert(0, it.published)
    doc.lang = it.lang or doc.lang
    return doc


_URL = re.compile(r"https?://\S+|www\.\S+|%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})+")


# Counting letters in UTF-8 bytes: the Arabic block U+0600..U+06FF is exactly the characters whose
# first byte is D8..DB, and ASCII letters are single bytes. ``bytes.translate`` deletes the rest.
_NOT_ARABIC_LEAD = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)
_NOT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def _script_counts(text: str) -> tuple[int, int]:
    """Characters of ``text`` in the Arabic block, and ASCII letters."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _NOT_ARABIC_LEAD)), len(data.translate(None, _NOT_LATIN))


def step_normalize(doc: Doc, gaz: Gazetteer) -> Doc:
    raw = doc.raw[:MAX_TEXT]
    doc.text = normalize_text(raw)
    doc.title = normalize_text(doc.title)
    # URLs are kept in the text but blanked in the match key (percent-encoded bytes look like words)
    key = match_key(doc.text)
    doc.key = _URL.sub(lambda m: " " * len(m.group(0)), key)
    fa, latin = _script_counts(doc.text[:5000])
    if not doc.lang or doc.lang not in ("fa", "en", "ar"):
        doc.lang = "fa" if fa > latin else ("en" if latin else None)
    elif doc.lang == "en" and fa > latin:
        doc.lang = "fa"
    return doc


def _hint_date(h: str) -> str | None:
    """A date from page metadata or a feed: ISO 8601, RFC 822, or any pattern of ``find_dates``."""
    h = normalize_text(h.strip()[:60])
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", h)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    spans = find_dates(h)
    return spans[0].iso if spans else None


def step_dates(doc: Doc, gaz: Gazetteer) -> Doc:
    doc.dates = find_dates(doc.text)
    published = None
    for h in doc.hints:
        published = _hint_date(h)
        if published:
            break
    doc.published = published or published_date(doc.text, doc.dates) or url_date(doc.item.url)
    return doc


def step_match(doc: Doc, gaz: Gazetteer) -> Doc:
    doc.hits = gaz.find(doc.text, doc.key)
    unlisted = unlisted_cities(doc.text, doc.hits) + unlisted_organizations(doc.text, doc.hits)
    if unlisted:
        doc.hits = sorted(doc.hits + unlisted, key=lambda h: h.start)
    return doc


def step_people(doc: Doc, gaz: Gazetteer) -> Doc:
    doc.people = find_people(doc.text, doc.hits, doc.lang or "")
    return doc


def step_classify(doc: Doc, gaz: Gazetteer) -> Doc:
    doc.event = classify(doc.title, doc.text, doc.hits, doc.dates, gaz, doc.published, doc.lang, doc.item.url)
    return doc


STEPS: list[Callable[[Doc, Gazetteer], Doc]] = [
    step_decode,
    step_extract,
    step_normalize,
    step_dates,
    step_match,
    step_people,
    step_classify,
]


def to_record(doc: Doc) -> NewsRecord:
    ev = doc.event or Event()
    forms: dict[str, list[str]] = {}
    for h in doc.hits:
        if h.entry.kind == "role":
            continue
        lst = forms.setdefault(h.entry.canonical, [])
        if h.surface not in lst:
            lst.append(h.surface)
    return NewsRecord(
        id=doc.item.id,
        url=doc.item.url,
        title=doc.title,
        text=doc.text,
        lang=doc.lang,
        is_city_diplomacy=ev.is_city_diplomacy,
        event_type=ev.event_type,
        agreement_kind=ev.agreement_kind,
        home_city=ev.home_city,
        cities=ev.cities,
        countries=ev.countries,
        organizations=ev.organizations,
        people=doc.people,
        event_date=ev.event_date,
        published=doc.published,
        topics=ev.topics,
        confidence=ev.confidence,
        evidence=ev.evidence,
        surface_forms=forms,
    )


def process_item(item: NewsItem, gazetteer: Gazetteer | None = None) -> NewsRecord:
    """One item → one record; any failure gives a record with ``error`` set instead of raising."""
    gaz = gazetteer or default_gazetteer()
    doc = Doc(item=item)
    try:
        for step in STEPS:
            doc = step(doc, gaz)
        return to_record(doc)
    except (
        DecodeError,
        ValueError,
        TypeError,
        UnicodeError,
        RecursionError,
        MemoryError,
        LookupError,
        OverflowError,
    ) as exc:
        return NewsRecord(id=str(item.id), url=item.url, error=f"{type(exc).__name__}: {exc}"[:300])


def process_many(
    items: Iterable[NewsItem],
    gazetteer: Gazetteer | None = None,
    group: bool = True,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> list[NewsRecord]:
    """Many items → records, in input order, with ``cluster`` ids from ``group_stories``."""
    from .dedup import group_stories

    gaz = gazetteer or default_gazetteer()
    it = progress(items) if progress else items
    records = [process_item(i, gaz) for i in it]
    if group:
        assign_clusters(records, group_stories(records))
    return records


def assign_clusters(records: list[NewsRecord], groups: list[list[int]]) -> None:
    for r in records:
        r.cluster = None
    for g in groups:
        if len(g) < 2:
            continue
        cid = "c-" + min(records[i].id for i in g)
        for i in g:
            records[i].cluster = cid


def with_cluster(record: NewsRecord, cluster: str | None) -> NewsRecord:
    return replace(record, cluster=cluster)
