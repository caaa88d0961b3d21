"""Names for hand-written SQL, taken from the models' metadata (the reports' and timeline's statements)."""

import functools

from django.db import connection


def fetch(sql, params=(), using="default"):
    """The rows of a hand-written statement (names from ``quoted``, values as %s parameters)."""
    from django.db import connections

    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def slots(values):
    """The parameters' places for an IN list of `values`: "%s, %s, %s"."""
    return ", ".join(["%s"] * len(values))


def quoted(model, field=None):
    """The quoted table name of `model`, or the quoted column name of its `field`."""
    return _quoted(connection.vendor, model, field)


@functools.cache
def _quoted(vendor, model, field):
    meta = model._meta
    return connection.ops.quote_name(meta.db_table if field is None else meta.get_field(field).column)


# Persian alphabetical order in the database: ICU's on PostgreSQL, a collation registered on each SQLite
# connection (core.apps) with lib.persian.sort_key. Code-point order puts پ چ ژ گ ک ی after every Arabic letter.
PERSIAN_COLLATIONS = {"postgresql": "fa-x-icu", "sqlite": "persian"}


def persian_order(field):
    """An ordering by `field` (a Persian text column) in Persian alphabetical order."""
    from django.db.models import F
    from django.db.models.functions import Collate

    collation = PERSIAN_COLLATIONS.get(connection.vendor)
    return Collate(F(field), collation) if collation else F(field)


def register_sqlite_collation(sender, connection, **kwargs):
    """connection_created: the `persian` collation on a new SQLite connection."""
    if connection.vendor != "sqlite":
        return
    connection.connection.create_collation("persian", _compare_persian)


def _compare_persian(a, b):
    ka, kb = _persian_key(a), _persian_key(b)
    return (ka > kb) - (ka < kb)


@functools.lru_cache(maxsize=65536)  # a sort compares each name many times
def _persian_key(text):
    from citydiplomacy.lib.persian import sort_key

    return sort_key(text)
