"""Step 1, reading: an .xlsx or .csv file into numbered raw rows keyed by machine column names.

Row numbers are the ones the user sees in Excel: the header is row 1, the first data row is row 2.
"""

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .columns import COLUMNS, REQUIRED, column_for_header


@dataclass
class RawRow:
    number: int
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return _("row {row}, column {column}: {message}").format(
            row=self.row, column=self.column or "-", message=self.message
        )


class ImportFileError(Exception):
    """The file cannot be read at all (format, encoding, headers); `errors` says why."""

    def __init__(self, errors):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = list(errors)


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


def rows_from_table(table):
    """Raw rows from an iterable of cell tuples whose first item is the header row."""
    iterator = iter(table)
    try:
        headers = next(iterator)
    except StopIteration:
        raise ImportFileError([RowError(1, "", _("the file is empty"))]) from None
    mapping, errors = map_headers(headers)
    if errors:
        raise ImportFileError(errors)
    pairs = [(i, c) for i, c in enumerate(mapping) if c]
    rows = []
    for number, cells in enumerate(iterator, start=2):
        if not cells:
            continue
        length = len(cells)
        values = {c: _cell(cells[i]) if i < length else "" for i, c in pairs}
        if any(v != "" for v in values.values()):
            rows.append(RawRow(number, values))
    return rows


def _read_xlsx(handle):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise ImportFileError([RowError(1, "", _("the file is not a readable .xlsx workbook"))]) from exc
    try:
        sheet = workbook.worksheets[0]
        return rows_from_table(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def _decode(data):
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError([RowError(1, "", _("the file is not UTF-8 text"))])


def _read_csv(handle):
    data = handle.read()
    text = _decode(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    return rows_from_table(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def read_file(source, *, name=None):
    """Read a path or an open binary file; `name` (or the path) tells .xlsx from .csv."""
    name = name or getattr(source, "name", None) or (source if isinstance(source, (str, os.PathLike)) else "")
    suffix = os.path.splitext(str(name))[1].lower()
    if suffix not in {".xlsx", ".csv", ".txt"}:
        raise ImportFileError([RowError(1, "", _("upload an .xlsx or .csv file"))])
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            return _read_xlsx(handle) if suffix == ".xlsx" else _read_csv(handle)
    if hasattr(source, "seek"):
        source.seek(0)
    return _read_xlsx(source) if suffix == ".xlsx" else _read_csv(source)
