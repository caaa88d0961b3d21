"""The council report as a PDF (Persian, right to left, with charts) and as an Excel workbook.

Both take the dict `services.council_report` returns and render it in the active language.
"""

import io
import re

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from citydiplomacy.core.spreadsheets import append_row
from citydiplomacy.lib.pdf import Document

from .tables import FIGURE_LABELS, TABLES, TABLES_BY_NAME, display, is_fa

# The yearly and term tables have too many columns for a portrait page: the PDF keeps these.
PDF_SERIES_KEYS = {
    "year",
    "term",
    "requests_submitted",
    "rejection_rate",
    "non_realization_rate",
    "trips",
    "virtual_participations",
    "persons",
    "avg_persons_per_trip",
    "trips_per_month",
}


def period_text(period, fa=None):
    return _("From {start} to {end} ({days} days, {months} months)").format(
        start=display(period["from"], "date", fa),
        end=display(period["to"], "date", fa),
        days=display(period["days"], "int", fa),
        months=display(round(period["months"], 1), "decimal", fa),
    )


def filename(report, extension):
    period = report["period"]
    return f"council-report-{period['from_jalali']}-{period['to_jalali']}.{extension}"


def council_pdf(report):
    """The report as PDF bytes, in the active language (Persian: shaped, right to left, Persian digits)."""
    fa = is_fa()
    doc = Document(_("Council report"), rtl=fa)
    doc.heading(_("Council report: missions abroad and international participations"), level=1)
    doc.paragraph(period_text(report["period"], fa))
    doc.paragraph(_("Previous period: {text}").format(text=period_text(report["previous"]["period"], fa)))
    for note in report.get("notes", []):
        doc.paragraph(note)
    doc.spacer()

    # The key figures in words first, as the council reads them.
    highlights = [
        (FIGURE_LABELS["trips"], display(report["trips"], "int", fa)),
        (FIGURE_LABELS["persons"], display(report["persons"], "int", fa)),
        (FIGURE_LABELS["avg_persons_per_trip"], display(report["avg_persons_per_trip"], "decimal", fa)),
        (FIGURE_LABELS["trips_per_month"], display(report["trips_per_month"], "decimal", fa)),
        (FIGURE_LABELS["persons_per_month"], display(report["persons_per_month"], "decimal", fa)),
        (FIGURE_LABELS["rejection_rate"], display(report["rejection_rate"], "rate", fa)),
        (FIGURE_LABELS["non_realization_rate"], display(report["non_realization_rate"], "rate", fa)),
        (FIGURE_LABELS["virtual_participations"], display(report["virtual_participations"], "int", fa)),
    ]
    doc.table([_("Figure"), _("Value")], [[str(label), value] for label, value in highlights], widths=[3, 1])

    yearly = [entry for entry in report["yearly"] if entry["trips"] or entry["requests_submitted"]]
    if yearly:
        doc.bar_chart(
            _("Trips per Jalali year"),
            [display(entry["year"], "year", fa) for entry in yearly],
            [entry["trips"] for entry in yearly],
        )
    if report["destinations"]:
        top = report["destinations"][:15]
        doc.bar_chart(
            _("Trips per destination country"),
            [row["name"] for row in top],
            [row["trips"] for row in top],
            horizontal=True,
            height=max(40, 9 * len(top) + 20) * 2.83,
        )

    for table in TABLES:
        if table.name == "previous":
            continue  # the summary already has the previous period's column
        keys = PDF_SERIES_KEYS if table.name in {"yearly", "terms"} else None
        rows = table.display_rows(report, keys=keys, fa=fa)
        doc.heading(str(table.title))
        if not rows:
            doc.paragraph(_("Nothing in this period."))
            continue
        columns = table.pick(keys)
        widths = [3 if column.kind == "text" else 1 for column in columns]
        doc.table([str(column.label) for column in columns], rows, widths=widths)
    return doc.build()


_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
NUMBER_FORMATS = {
    "rate": "0.0%",
    "decimal": "0.00",
    "int": "#,##0",
    "change-int": "+#,##0;-#,##0;0",
    "change-decimal": "+0.00;-0.00;0",
}


def sheet_title(text, used):
    title = _SHEET_FORBIDDEN.sub(" ", str(text))[:31].strip() or "Sheet"
    base, n = title, 2
    while title in used:
        title = f"{base[:28]} {n}"
        n += 1
    used.add(title)
    return title


def council_xlsx(report):
    """The report as an .xlsx workbook: a sheet per table, numbers stored as numbers, RTL in Persian."""
    fa = is_fa()
    points = _("pp").replace('"', "")
    formats = {**NUMBER_FORMATS, "change-rate": f'+0.0" {points}";-0.0" {points}";0.0" {points}"'}
    workbook = Workbook()
    workbook.remove(workbook.active)
    used = set()
    for table in TABLES:
        sheet = workbook.create_sheet(sheet_title(table.title, used))
        sheet.sheet_view.rightToLeft = fa
        for cell in append_row(sheet, [str(column.label) for column in table.columns]):
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for row in table.values(report):
            values = []
            for value, kind in row:
                if kind in ("date", "text", "year"):
                    values.append(display(value, kind, fa) if kind == "date" else value)
                elif kind == "change-rate" and value is not None:
                    values.append(round(value * 100, 1))  # percentage points, as the number format says
                else:
                    values.append(value)  # None stays an empty cell; numbers stay numbers
            for cell, (_value, kind) in zip(append_row(sheet, values), row, strict=True):
                if kind in formats and cell.value is not None:
                    cell.number_format = formats[kind]
        for index, column in enumerate(table.columns, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = 34 if column.kind == "text" else 14
        sheet.freeze_panes = "A2"
    if report.get("notes"):
        sheet = workbook.create_sheet(sheet_title(_("Notes"), used))
        sheet.sheet_view.rightToLeft = fa
        for note in report["notes"]:
            append_row(sheet, [note])
        sheet.column_dimensions["A"].width = 120
    _about_sheet(workbook, report, fa, used)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _about_sheet(workbook, report, fa, used):
    """Which report and which period the workbook covers (and the period compared with): a sheet, the one the
    workbook opens at (after the tables, so that they keep their places), and the file's properties."""
    from django.utils import timezone

    sheet = workbook.create_sheet(sheet_title(_("Period"), used))
    workbook.active = len(workbook.worksheets) - 1
    for other in workbook.worksheets[:-1]:
        other.sheet_view.tabSelected = False
    workbook.properties.title = str(_("Council report"))
    workbook.properties.subject = period_text(report["period"], fa)
    sheet.sheet_view.rightToLeft = fa
    rows = [
        (_("Council report: missions abroad and international participations"), ""),
        (_("Period"), period_text(report["period"], fa)),
        (_("Previous period"), period_text(report["previous"]["period"], fa)),
        (_("Made on"), display(timezone.localdate().isoformat(), "date", fa)),
    ]
    for label, value in rows:
        sheet.append([str(label), value])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 70


TABLE_NAMES = list(TABLES_BY_NAME)
