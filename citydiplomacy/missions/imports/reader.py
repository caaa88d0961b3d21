"""Step 1, reading: an .xlsx or .csv file into numbered raw rows keyed by machine column names.

Row numbers are the ones the user sees in Excel: the header is row 1, the first data row is row 2.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from citydiplomacy.core.importing import ImportFileError, RowError, open_spreadsheet

from .columns import COLUMNS, REQUIRED, column_for_header

__all__ = ["ImportFileError", "RawRow", "RowError", "iter_file", "read_file", "rows_from_table"]


@dataclass
class RawRow:
    number: int
    values: dict = field(default_factory=dict)


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime, int, float)):
        return value
    return str(value).strip()


def map_headers(headers):
    """Machine names for the header cells; unknown, duplicate or missing columns are errors in row 1."""
    mapping, errors, seen = [], [], {}
    for index, header in enumerate(headers):
        text = "" if header is None else str(header).strip()
        if not text:
            mapping.append(None)
            continue
        column = column_for_header(text)
        if column is None:
            errors.append(
                RowError(
                    1, text, _("unknown column; the columns are: {names}").format(names=", ".join(COLUMNS))
                )
            )
        elif column in seen:
            errors.append(RowError(1, text, _("the column appears twice")))
            column = None
        else:
            seen[column] = index
        mapping.append(column)
    for column in REQUIRED:
        if column not in seen:
            errors.append(RowError(1, column, _("this column is required but missing")))
    return mapping, errors


def iter_rows_from_table(table):
    """Raw rows, one at a time, from an iterable of cell tuples whose first item is the header row."""
    iterator = iter(table)
    try:
        headers = next(iterator)
    except StopIteration:
        raise ImportFileError([RowError(1, "", _("the file is empty"))]) from None
    mapping, errors = map_headers(headers)
    if errors:
        raise ImportFileError(errors)
    pairs = [(i, c) for i, c in enumerate(mapping) if c]
    for number, cells in enumerate(iterator, start=2):
        if not cells:
            continue
        length = len(cells)
        values = {c: _cell(cells[i]) if i < length else "" for i, c in pairs}
        if any(v != "" for v in values.values()):
            yield RawRow(number, values)


def rows_from_table(table):
    return list(iter_rows_from_table(table))


def iter_file(source, *, name=None):
    """Raw rows of a path or an open binary file, read as a stream through the guarded reader of
    core/importing.py (kind by content, size, zip bombs, encoding, row limit); `name` (or the path) tells
    .xlsx from .csv. Raises ImportFileError."""
    with open_spreadsheet(source, name=name) as book:
        yield from iter_rows_from_table(book.rows())


def read_file(source, *, name=None):
    """All raw rows of a file at once (small files, tests); imports use `iter_file`."""
    return list(iter_file(source, name=name))
