"""The partner page's timeline: an ordered list of sources, each a function giving dated items.

Apps add their own source in `AppConfig.ready()` with `register`; events will add theirs the same way.
A source returns at most `limit` items, either as a list of `Item` (running its own bounded queries) or as
`Rows`: its part of one statement that `sections` sends for all such sources at once, written as
parameterized SQL in the columns of `select`. Either way the page costs the same whatever the size of the
registry.
"""

import datetime as dt
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language

from citydiplomacy.core.sql import quoted

name = quoted  # the quoted table or column names the sources write their SQL with
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
    # the title or the detail is text people wrote, in whatever language (shown with dir="auto")
    written: bool = False
    detail_written: bool = False


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
    text5, moment), the days as dates and the moment as an aware datetime."""

    columns: str
    tables: str
    params: list
    order: str
    items: Callable


TEXTS = 5  # text columns of the statement
_NULL = {"day": "DATE", "until": "DATE", "number": "BIGINT", "text": "VARCHAR(1)", "moment": "TIMESTAMP"}


def select(day=None, until=None, number=None, texts=(), moment=None):
    """The select list of a `Rows` part: SQL expressions for two days, a number, up to five texts and a
    moment (a date and time), NULL (typed, so that the parts of the union agree) for those not given."""

    def column(sql, kind):
        return sql or f"CAST(NULL AS {_NULL[kind]})"

    texts = [*texts, *[None] * (TEXTS - len(texts))]
    return ", ".join(
        [
            column(day, "day"),
            column(until, "until"),
            column(number, "number"),
            *(column(t, "text") for t in texts),
            column(moment, "moment"),
        ]
    )


def labels(choices):
    """{value: label} of a `TextChoices` class in the active language, built once per language (a lazy
    label is translated anew at each use)."""
    return _labels(choices, get_language())


@functools.cache
def _labels(choices, language):
    return {value: str(label) for value, label in choices.choices}


def _day(value):
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value  # SQLite gives text


def _moment(value):
    if isinstance(value, str):  # SQLite gives the stored text (or a naive datetime), in UTC
        value = parse_datetime(value)
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


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
        for index, _position, day, until, *rest, moment in cursor.fetchall():
            result[index].append((_day(day), _day(until), *rest, _moment(moment)))
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
    return page(partner, user, today, limit, expand).sections


@dataclass
class Page:
    sections: list
    history: list  # the partner's newest audit entries, as `includes/history.html` shows them


def _history(partner):
    """The partner's audit entries as a part of the statement (as `core.audit.history` reads them)."""
    from django.contrib.contenttypes.models import ContentType

    from citydiplomacy.core.audit import label
    from citydiplomacy.core.models import AuditEntry, User

    e = {
        f: f"e.{name(AuditEntry, f)}"
        for f in ("id", "action", "actor", "at", "content_type", "object_id", "data")
    }
    u = {f: f"u.{name(User, f)}" for f in ("id", "first_name", "last_name", "username", "name_en")}

    def items(rows):
        from django.utils.translation import get_language

        english = get_language() == "en"
        return [
            {
                "label": label(action),
                "at": at,
                "action": action,
                "data": json.loads(data),
                "actor": ((english and name_en) or f"{first} {last}".strip() or username)
                if actor_id
                else None,
            }
            for _day, _until, actor_id, action, data, first, last, names, at in rows
            for username, _sep, name_en in [(names or "").partition("\x1f")]
        ]  # as a User's name reads; fmt: skip

    return Rows(
        select(number=e["actor"], texts=[e["action"], f"CAST({e['data']} AS TEXT)", u["first_name"], u["last_name"],
               f"{u['username']} || '\x1f' || {u['name_en']}"], moment=e["at"]),
        f"FROM {name(AuditEntry)} e LEFT JOIN {name(User)} u ON {u['id']} = {e['actor']} "
        f"WHERE {e['content_type']} = %s AND {e['object_id']} = %s",
        [ContentType.objects.get_for_model(type(partner)).pk, str(partner.pk)], f"{e['at']} DESC, {e['id']} DESC",
        items,
    )  # fmt: skip


def page(partner, user, today, limit=LIMIT, expand=None, history=0):
    """The sections as `sections` gives them and the partner's newest `history` audit entries, all read in
    one statement."""
    found, parts = [], {}
    entries = _history(partner) if history else None
    if entries:
        parts[len(_SOURCES)] = (entries, history)
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
    return Page(result, entries.items(rows[len(_SOURCES)]) if entries else [])


def merged(section_list):
    """All items of all sections on one line, newest first (undated items last)."""
    items = [item for s in section_list for item in s.items]
    return sorted(items, key=lambda i: (i.date is not None, i.date or dt.date.min), reverse=True)
