"""The partner page's timeline: an ordered list of sources, each a function giving dated items.

Apps add their own source in `AppConfig.ready()` with `register`; events will add theirs the same way.
Each source runs a bounded number of queries and returns at most `limit` items, so the page costs the
same whatever the size of the registry.
"""

import datetime as dt
from dataclasses import dataclass, field

_SOURCES = []


@dataclass
class Item:
    date: dt.date | None
    section: str  # the source's key: "missions", "agreements", ...
    title: str
    url: str = ""
    status: str = ""
    detail: str = ""
    overdue: bool = False
    extra: dict = field(default_factory=dict)
    label: str = ""  # the section's label, set by `sections`


@dataclass
class Section:
    key: str
    label: str
    items: list
    more: bool = False  # the source had more items than shown


def register(key, label, func, order=100):
    """`func(partner, user, today, limit)` → list of Item. Registering a key twice replaces it."""
    global _SOURCES
    _SOURCES = [s for s in _SOURCES if s[1] != key]
    _SOURCES.append((order, key, label, func))
    _SOURCES.sort(key=lambda s: (s[0], s[1]))


LIMIT = 10  # items per section on the page
ALL = 200  # items of the one section the reader asked to see in full


def sections(partner, user, today, limit=LIMIT, expand=None):
    """Each source's newest `limit` items (`ALL` for the section named by `expand`); a source is asked for
    one more to know whether a "more" link is due."""
    result = []
    for _order, key, label, func in _SOURCES:
        n = ALL if key == expand else limit
        items = list(func(partner, user, today, n + 1))
        label_text = str(label)
        for item in items:
            item.label = label_text
        result.append(Section(key, label, items[:n], more=len(items) > n))
    return result


def merged(section_list):
    """All items of all sections on one line, newest first (undated items last)."""
    items = [item for s in section_list for item in s.items]
    return sorted(items, key=lambda i: (i.date is not None, i.date or dt.date.min), reverse=True)
