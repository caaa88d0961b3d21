"""Excel export shared by the registry's lists: a table definition (header, value) yields the rows."""

from django.utils.translation import gettext_lazy as _

# The one spreadsheet writer (formula-like text stays text): core/spreadsheets.py.
from citydiplomacy.core.spreadsheets import xlsx_response

__all__ = ["PARTNER_COLUMNS", "aliases", "xlsx_response"]


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
