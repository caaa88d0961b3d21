"""The downloadable template: English machine headers and one example row, a second sheet explaining them."""

import io

from django.utils import translation

from .columns import COLUMN_HELP, COLUMNS, HEADER_ALIASES

EXAMPLE = {
    "reference": "MR-1401-00012",
    "unit": "مرکز ارتباطات و امور بین‌الملل",
    "title": "اجلاس شهرداران آسیایی",
    "purpose": "summit",
    "mode": "in_person",
    "countries": "China; Japan",
    "cities": "Beijing; Tokyo",
    "start_date": "1401/06/15",
    "end_date": "1401/06/19",
    "travellers": "علی رضایی; مریم احمدی",
    "submitted_on": "1401/05/20",
    "decision": "approved",
    "decided_on": "1401/05/30",
    "outcome": "realized",
    "outcome_on": "1401/06/19",
    "funding": "host",
    "estimated_cost": "1200",
    "currency": "USD",
}


def template_bytes():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "missions"
    sheet.append(list(COLUMNS))
    sheet.append([EXAMPLE[c] for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter_index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, letter_index).column_letter].width = max(14, len(column) + 4)

    guide = workbook.create_sheet("راهنما - guide")
    guide.sheet_view.rightToLeft = True
    guide.append(["column", "ستون (عنوان فارسی قابل قبول)", "English", "توضیح"])
    with translation.override("en"):
        for column in COLUMNS:
            label, help_fa = COLUMN_HELP[column]
            aliases = HEADER_ALIASES.get(column, [])
            guide.append([column, aliases[0] if aliases else "", str(label), help_fa])
    for cell in guide[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (18, 26, 26, 70), strict=True):
        guide.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
