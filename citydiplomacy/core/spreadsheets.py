"""The one writer of exported spreadsheet cells: text stays text, numbers stay numbers.

A name typed as `=HYPERLINK("http://…","click")` must never become a live formula in an export (OWASP's
CSV injection rule). Every exporter appends its rows through `append_row`, which stores such text as a
string cell with Excel's quote prefix (shown as typed, still text when edited), drops the control
characters a workbook cannot hold, and leaves numbers and dates as they are. `csv_safe` is the same rule for
CSV files (a leading apostrophe). `xlsx_response` builds the registry lists' one-sheet workbooks.
"""

import datetime as dt
import io
from decimal import Decimal

from django.http import HttpResponse

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell starting with one of these is read as a formula (or the start of one) by spreadsheet programs.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(text):
    return isinstance(text, str) and text.startswith(FORMULA_TRIGGERS)


def csv_safe(value):
    """A CSV cell's text: formula-like text gets a leading apostrophe; other values unchanged."""
    return "'" + value if looks_like_formula(value) else value


def cell_value(value):
    """What a cell holds: None, a number, a date (naive), or text without illegal control characters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or isinstance(value, (bool, int, float, Decimal, dt.date)):
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.replace(tzinfo=None)
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def append_row(sheet, values):
    """Append a row to an openpyxl worksheet; returns its cells. Formula-like text is stored as text."""
    values = [cell_value(value) for value in values]
    sheet.append(values)
    cells = sheet[sheet.max_row]
    if not isinstance(cells, tuple):
        cells = (cells,)
    for cell, value in zip(cells, values, strict=False):
        if looks_like_formula(value):
            cell.value = value
            cell.data_type = "s"  # openpyxl reads a leading "=" as a formula: this is text
            cell.quotePrefix = True
    return cells


def xlsx_response(filename, columns, objects, sheet_title="data"):
    """`columns` is a list of (header, function(obj) → value); one sheet, headers in bold, right-to-left."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(sheet_title)[:31]
    sheet.sheet_view.rightToLeft = True
    for cell in append_row(sheet, [str(header) for header, _func in columns]):
        cell.font = Font(bold=True)
    for obj in objects:
        append_row(sheet, [func(obj) for _header, func in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
