"""Excel export shared by the registry's lists: a table definition (header, value) yields the rows."""

import datetime as dt
import io

from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _


def xlsx_response(filename, columns, objects, sheet_title="data"):
    """`columns` is a list of (header, function(obj) → value); one sheet, headers in bold, right-to-left."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = str(sheet_title)[:31]
    sheet.sheet_view.rightToLeft = True
    sheet.append([str(header) for header, _func in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for obj in objects:
        row = []
        for _header, func in columns:
            value = func(obj)
            if value is None or isinstance(value, (int, float, dt.date, dt.datetime)):
                row.append(value.replace(tzinfo=None) if isinstance(value, dt.datetime) else value)
            else:
                row.append(str(value))
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def aliases(obj):
    return "، ".join(obj.aliases or [])


PARTNER_COLUMNS = {
    "country": [
        (_("ISO code"), lambda o: o.iso2),
        (_("name (Persian)"), lambda o: o.name_fa),
        (_("name (English)"), lambda o: o.name_en),
        (_("aliases"), aliases),
    ],
    "city": [
        (_("name (Persian)"), lambda o: o.name_fa),
        (_("name (English)"), lambda o: o.name_en),
        (_("country"), lambda o: o.country.name_en),
        (_("aliases"), aliases),
    ],
    "organization": [
        (_("acronym"), lambda o: o.acronym),
        (_("name (Persian)"), lambda o: o.name_fa),
        (_("name (English)"), lambda o: o.name_en),
        (_("kind"), lambda o: o.get_kind_display()),
        (_("country"), lambda o: o.country.name_en if o.country else ""),
        (_("aliases"), aliases),
    ],
    "contact": [
        (_("name (Persian)"), lambda o: o.name_fa),
        (_("name (English)"), lambda o: o.name_en),
        (_("current position"), lambda o: o.title),
        (_("organization"), lambda o: o.organization.name_en if o.organization else ""),
        (_("country"), lambda o: o.country.name_en if o.country else ""),
        (_("e-mail"), lambda o: o.email),
    ],
}
