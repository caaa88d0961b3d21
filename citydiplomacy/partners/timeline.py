"""The partner page's timeline: an ordered list of sources, each a function giving dated items.

Apps add their own source in `AppConfig.ready()` with `register`; events will add theirs the same way.
A source returns at most `limit` items, either as a list of `Item` (running its own bounded queries) or as
`Rows`: its part of one statement that `sections` sends for all such sources at once, written as
parameterized SQL in the columns of `select`. Either way the page costs the same whatever the size of the
registry.
"""

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection
from django.utils.translation import get_language

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


@dataclass
class Rows:
    """A source's part of the timeline's statement: its select list (`select(...)`), the rest of its query
    from FROM on (no ORDER BY, no LIMIT: `sections` adds them), its parameters, its order, and
    `items(rows)` → list of Item, the rows coming in that order as tuples (day, until, number, text1, …,
    text5), the days as dates."""

    columns: str
    tables: str
    params: list
    order: str
    items: Callable


TEXTS = 5  # text columns of the statement
_NULL = {"day": "DATE", "until": "DATE", "number": "BIGINT", "text": "VARCHAR(1)"}


def select(day=None, until=None, number=None, texts=()):
    """The select list of a `Rows` part: SQL expressions for two days, a number and up to five texts,
    NULL (typed, so that the parts of the union agree) for those not given."""

    def column(sql, kind):
        return sql or f"CAST(NULL AS {_NULL[kind]})"

    texts = [*texts, *[None] * (TEXTS - len(texts))]
    return ", ".join(
        [
            column(day, "day"),
            column(until, "until"),
            column(number, "number"),
            *(column(t, "text") for t in texts),
        ]
    )


def name(model, field=None):
    """The quoted table name of `model`, or the quoted column name of its `field`."""
    return _quoted(connection.vendor, model, field)


@functools.cache
def _quoted(vendor, model, field):
    meta = model._meta
    return connection.ops.quote_name(meta.db_table if field is None else meta.get_field(field).column)


def labels(choices):
    """{value: label} of a `TextChoices` class in the active language, built once per language (a lazy
    label is translated anew at each use)."""
    return _labels(choices, get_language())


@functools.cache
def _labels(choices, language):
    return {value: str(label) for value, label in choices.choices}


def _day(value):
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value  # SQLite gives text


def _fetch(parts):
    """The rows of every part, each part its newest `limit`, in one statement: {index: rows}."""
    sql, params = [], []
    for index, (rows, limit) in parts.items():
        sql.append(
            f"SELECT * FROM (SELECT {int(index)} AS part, ROW_NUMBER() OVER (ORDER BY {rows.order}) AS position, "
            f"{rows.columns} {rows.tables} ORDER BY {rows.order} LIMIT {int(limit)}) p{int(index)}"
        )
        params.extend(rows.params)
    result = {index: [] for index in parts}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(sql) + " ORDER BY 1, 2", params)
        for index, _position, day, until, *rest in cursor.fetchall():
            result[index].append((_day(day), _day(until), *rest))
    return result


def register(key, label, func, order=100):
    """`func(partner, user, today, limit)` → list of Item, or `Rows`. Registering a key twice replaces
    it."""
    global _SOURCES
    _SOURCES = [s for s in _SOURCES if s[1] != key]
    _SOURCES.append((order, key, label, func))
    _SOURCES.sort(key=lambda s: (s[0], s[1]))


LIMIT = 10  # items per section on the page
ALL = 200  # items of the one section the reader asked to see in full


def sections(partner, user, today, limit=LIMIT, expand=None):
    """Each source's newest `limit` items (`ALL` for the section named by `expand`); a source is asked for
    one more to know whether a "more" link is due."""
    found, parts = [], {}
    for index, (_order, key, label, func) in enumerate(_SOURCES):
        n = ALL if key == expand else limit
        items = func(partner, user, today, n + 1)
        if isinstance(items, Rows):
            parts[index] = (items, n + 1)
        found.append((key, label, n, items))
    rows = _fetch(parts) if parts else {}
    result = []
    for index, (key, label, n, items) in enumerate(found):
        items = list(items.items(rows[index]) if index in rows else items)
        label_text = str(label)
        for item in items:
            item.label = label_text
        result.append(Section(key, label, items[:n], more=len(items) > n))
    return result


def merged(section_list):
    """All items of all sections on one line, newest first (undated items last)."""
    items = [item for s in section_list for item in s.items]
    return sorted(items, key=lambda i: (i.date is not None, i.date or dt.date.min), reverse=True)
