"""Light rows for tables of mission requests.

A list page shows fifty requests with their unit and destinations. Building fifty model instances, their
units, reports and a related manager per request costs more than the queries themselves, so a page's rows
are read as plain values in one query: unit names and the report's presence joined in, and each request's
destinations gathered by a subquery that runs only for the rows of the page.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection
from django.db.models.expressions import RawSQL
from django.db.models.query import QuerySet
from django.utils.translation import get_language

from citydiplomacy.core.sql import quoted
from citydiplomacy.partners.models import Country

from .models import ClosurePredicates, MissionRequest

# Separators inside the gathered destinations: between a country's fields, and between countries.
FIELD_SEP, ITEM_SEP = "\x1f", "\x1e"

FIELDS = (
    "id",
    "reference",
    "title",
    "unit__name_fa",
    "unit__name_en",
    "purpose",
    "mode",
    "start_date",
    "end_date",
    "actual_end_date",
    "status",
    "persons_count",
    "report__id",
)


@dataclass(slots=True)
class Destination:
    iso2: str
    name_fa: str
    name_en: str

    def label(self, english):
        return _name(self.name_fa, self.name_en, english)


@dataclass(slots=True)
class MissionRow(ClosurePredicates):
    pk: int
    reference: str
    title: str
    unit: str
    purpose: str
    mode: str
    start_date: object
    end_date: object
    actual_end_date: object
    status: str
    persons_count: int
    has_report: bool
    countries: list = field(default_factory=list)
    today: dt.date | None = None  # the day the overdue flags are judged on (default: the local date)

    def _today(self):
        return self.today or ClosurePredicates._today(self)  # (no zero-argument super in a slots dataclass)


def is_english():
    return (get_language() or "fa").startswith("en")


def _name(fa, en, english):
    return en if english and en else fa


def _destinations():
    """SQL gathering a request's destinations as "English, Persian, ISO code" items (FIELD_SEP between the
    fields, ITEM_SEP between countries): a subquery evaluated only for the rows a page returns."""
    q, through = quoted, MissionRequest.countries.through
    gather = "STRING_AGG" if connection.vendor == "postgresql" else "GROUP_CONCAT"
    mission_id = f"{q(MissionRequest)}.{q(MissionRequest, 'id')}"
    item = f"c.{q(Country, 'name_en')} || %s || c.{q(Country, 'name_fa')} || %s || c.{q(Country, 'iso2')}"
    return RawSQL(
        f"(SELECT {gather}({item}, %s) FROM {q(through)} l JOIN {q(Country)} c "
        f"ON c.{q(Country, 'id')} = l.{q(through, 'country')} WHERE l.{q(through, 'missionrequest')} = {mission_id})",
        (FIELD_SEP, FIELD_SEP, ITEM_SEP),
    )


def row_values(queryset: QuerySet, *extra: str) -> QuerySet:
    """`queryset` (filtered and ordered) as the dicts `row_from_values` reads, with the annotations named in
    `extra`: one query."""
    return (
        queryset.select_related(None)
        .prefetch_related(None)
        .values(*FIELDS, *extra, destinations=_destinations())
    )


def row_from_values(values: dict, english: bool | None = None) -> MissionRow:
    english = is_english() if english is None else english
    gathered = values["destinations"]
    countries = []
    if gathered:
        # in the order of the English names, as Country's default ordering gives them everywhere else
        for en, fa, iso2 in sorted(item.split(FIELD_SEP) for item in gathered.split(ITEM_SEP)):
            countries.append(Destination(iso2, fa, en))
    unit_fa, unit_en = values["unit__name_fa"], values["unit__name_en"]
    return MissionRow(
        values["id"], values["reference"], values["title"], _name(unit_fa, unit_en, english) if unit_fa else "",
        values["purpose"], values["mode"], values["start_date"], values["end_date"], values["actual_end_date"],
        values["status"], values["persons_count"], values["report__id"] is not None, countries,
    )  # fmt: skip


def page_rows(queryset: QuerySet):
    """For `CappedPaginator.get_page_with`: the page's rows and the count, from one query."""
    english = is_english()
    values = list(row_values(queryset, "listed"))
    return [row_from_values(v, english) for v in values], (values[0]["listed"] if values else 0)


def mission_table_rows(missions) -> list[MissionRow]:
    """Rows from a queryset (read in one query) or rows already read (a list page's, see `page_rows`)."""
    if isinstance(missions, QuerySet):
        english = is_english()
        return [row_from_values(v, english) for v in row_values(missions)]
    return list(missions)
