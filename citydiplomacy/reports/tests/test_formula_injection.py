"""A unit name imported as `=HYPERLINK(...)` is stored as typed and exported by the council workbook as
text, never as a formula."""

import datetime as dt
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from citydiplomacy.core.models import Unit
from citydiplomacy.missions.imports import import_rows
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.missions.tests.test_import_rows import row
from citydiplomacy.reports.exporters import council_xlsx
from citydiplomacy.reports.services import council_report

pytestmark = pytest.mark.django_db
HOSTILE = '=HYPERLINK("http://evil.example/","click")'


def test_import_keeps_formula_like_text_and_the_council_workbook_writes_it_as_text():
    result = import_rows([row(unit=HOSTILE, title="-1+" + HOSTILE)])
    assert result.ok, result.errors
    assert Unit.objects.filter(name_fa=HOSTILE).exists()
    assert MissionRequest.objects.get().title == "-1+" + HOSTILE
    with translation.override("en"):
        report = council_report(dt.date(2022, 3, 21), dt.date(2023, 3, 20), today=dt.date(2023, 6, 1))
        data = council_xlsx(report)
    book = load_workbook(io.BytesIO(data))
    cells = [cell for sheet in book.worksheets for line in sheet.iter_rows() for cell in line]
    hostile = [cell for cell in cells if cell.value == HOSTILE]
    assert hostile and all(cell.data_type == "s" and cell.quotePrefix for cell in hostile)
    assert not any(cell.data_type == "f" for cell in cells)
    assert any(cell.data_type == "n" and cell.value == 1 for cell in cells)  # the trip count, a number
