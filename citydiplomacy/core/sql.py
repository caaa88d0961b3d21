"""Names for hand-written SQL, taken from the models' metadata (the reports' and timeline's statements)."""

import functools

from django.db import connection


def quoted(model, field=None):
    """The quoted table name of `model`, or the quoted column name of its `field`."""
    return _quoted(connection.vendor, model, field)


@functools.cache
def _quoted(vendor, model, field):
    meta = model._meta
    return connection.ops.quote_name(meta.db_table if field is None else meta.get_field(field).column)
