"""The PDF carries the Persian figures; the workbook stores numbers as numbers; the minutes print."""

import io
import unicodedata

import pytest
from django.utils import translation
from openpyxl import load_workbook
from pypdf import PdfReader

from citydiplomacy.lib.persian import to_persian_digits
from citydiplomacy.missions import services as missions
from citydiplomacy.missions.minutes import minutes_pdf  # the import the session view uses
from citydiplomacy.reports.exporters import council_pdf, council_xlsx, period_text
from citydiplomacy.reports.services import council_report

from .conftest import TODAY, J


def pdf_text(data):
    """The PDF's text as pypdf extracts it, letters unified.

    The PDF draws Persian in visual order with joined letter forms (U+FExx). pypdf puts runs of
    right-to-left characters back in logical order, and NFKC maps the joined forms back to plain letters,
    so a Persian word reads as typed. pypdf also counts Persian digits as right-to-left and so reverses a
    run of them, although they were drawn left to right: `has_number` accepts either order.
    """
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return unicodedata.normalize("NFKC", text)


def has_number(text, value):
    digits = to_persian_digits(str(value))
    return digits in text or digits[::-1] in text


@pytest.fixture
def report_fa(council_world):
    with translation.override("fa"):
        yield council_report(J("1401-06-01"), J("1401-12-29"), today=TODAY)


def test_pdf_shows_the_figures_in_persian(report_fa):
    with translation.override("fa"):
        data = council_pdf(report_fa)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "عراق" in text and "اسپانیا" in text  # destination countries, letters joined back
    assert "گزارش" in text  # the Persian title
    assert has_number(text, 14)  # persons
    assert has_number(text, 210)  # days in the period
    assert "۱۴۰۱/۰۶/۰۱" in text or "۱۰/۶۰/۱۰۴۱" in text  # the period's first day, Jalali
    assert not has_number("14 persons", 14)  # Latin digits would not count


def test_pdf_in_english_is_left_to_right(report_fa):
    with translation.override("en"):
        report = council_report(J("1401-06-01"), J("1401-12-29"), today=TODAY)
        text = pdf_text(council_pdf(report))
    assert "Council report" in text and "Iraq" in text


def test_workbook_has_a_sheet_per_table_with_numeric_cells(report_fa):
    with translation.override("en"):
        report = council_report(J("1401-06-01"), J("1401-12-29"), today=TODAY)
        workbook = load_workbook(io.BytesIO(council_xlsx(report)))
    assert workbook.sheetnames == [
        "Summary",
        "Destination countries",
        "Destination cities",
        "Purposes",
        "Funding sources",
        "Units",
        "Year by year",
        "City-management terms",
        "Previous period",
        "Period",  # what the workbook covers; the sheet it opens at
    ]
    summary = {row[0]: row[1:] for row in workbook["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Trips (in person)"] == (4, 1, 3)
    assert summary["Rejection rate"] == (0.2, 0.5, -30.0)  # the change in percentage points
    assert summary["Non-realization rate"][0] == pytest.approx(0.3333)
    destinations = list(workbook["Destination countries"].iter_rows(values_only=True))
    assert destinations[0] == ("Name", "Trips", "Persons")
    assert ("Iraq", 2, 9) in destinations
    yearly = workbook["Year by year"]
    assert yearly.cell(row=2, column=1).value == 1392 and yearly.cell(row=2, column=1).data_type == "n"
    assert not workbook["Summary"].sheet_view.rightToLeft


def test_workbook_is_right_to_left_in_persian(report_fa):
    with translation.override("fa"):
        workbook = load_workbook(io.BytesIO(council_xlsx(report_fa)))
    sheet = workbook.worksheets[0]
    assert sheet.sheet_view.rightToLeft
    assert all(cell.data_type == "n" for cell in sheet["B"][1:] if cell.value is not None)


def test_session_minutes_list_the_agenda_and_decisions(
    council_world, secretary, chair, member, mission_factory, requester
):
    session = missions.create_session(secretary, date=J("1401-09-10"), attendees=[chair, member, secretary])
    approved, rejected = mission_factory(title="اجلاس متروپلیس"), mission_factory(title="نمایشگاه")
    for mission in (approved, rejected):
        missions.put_on_agenda(session, missions.submit(mission, requester, on=J("1401-09-01")), secretary)
    missions.approve(approved, chair, session=session)
    missions.reject(rejected, chair, session=session, reason="هزینه زیاد")
    with translation.override("fa"):
        data = minutes_pdf(session)
    text = pdf_text(data)
    assert "صورتجلسه" in text
    assert "متروپلیس" in text and "هزینه زیاد" in text
    assert "چین" in text  # the destination
    assert "۱۴۰۱" in text or "۱۰۴۱" in text  # the session's Jalali year
    assert has_number(text, session.number)


def test_workbook_says_which_period_it_covers(report_fa):
    with translation.override("fa"):
        workbook = load_workbook(io.BytesIO(council_xlsx(report_fa)))
        period = period_text(report_fa["period"], True)
    about = workbook.active
    assert about.title == "دوره" and about.sheet_view.rightToLeft
    assert [row[1].value for row in about.iter_rows(min_row=2, max_row=2)] == [period]
    assert workbook.properties.subject == period


def test_changes_are_signed_and_rates_change_in_points(report_fa):
    from citydiplomacy.reports.tables import display

    assert display(3, "change-int", True) == "+۳" and display(-2, "change-int", False) == "\u22122"
    assert display(0.032, "change-rate", True) == "+۳٫۲ واحد درصد"
    assert display(-0.05, "change-rate", False) == "\u22125 pp"
    assert display(0, "change-int", False) == "0"
