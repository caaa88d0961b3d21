"""The council report's tables, defined once for the page, the PDF and the workbook.

A table is a title, columns (key, header, kind) and a function giving its rows from the report dict.
`kind` says how a value reads: int, decimal, rate (a fraction shown as a percentage), date (ISO → Jalali
in Persian), text, or auto (the row carries its own kind, as in the summary).
"""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.jalali import format_gregorian, format_jalali, parse_date
from citydiplomacy.lib.persian import to_persian_digits

FIGURE_LABELS = {
    "requests_submitted": _("Requests submitted"),
    "approved": _("Approved by the committee"),
    "rejected": _("Rejected by the committee"),
    "sent_back": _("Sent back to the requester"),
    "withdrawn": _("Withdrawn by the requester"),
    "rejection_rate": _("Rejection rate"),
    "approved_due": _("Approved missions due"),
    "approved_not_realized": _("Approved missions not realized"),
    "non_realization_rate": _("Non-realization rate"),
    "trips": _("Trips (in person)"),
    "virtual_participations": _("Virtual participations"),
    "persons": _("Persons on trips"),
    "avg_persons_per_trip": _("Average persons per trip"),
    "trips_per_month": _("Trips per month"),
    "persons_per_month": _("Persons per month"),
    "mayor_trips": _("The mayor's trips"),
}
COMPLIANCE_LABELS = {
    "due": _("Post-trip reports due"),
    "submitted": _("Post-trip reports submitted"),
    "on_time": _("Post-trip reports on time"),
    "rate": _("Report compliance"),
    "on_time_rate": _("Reports on time"),
}
RATES = {"rejection_rate", "non_realization_rate", "rate", "on_time_rate"}
DECIMALS = {"avg_persons_per_trip", "trips_per_month", "persons_per_month"}


def figure_kind(key):
    return "rate" if key in RATES else "decimal" if key in DECIMALS else "int"


@dataclass(frozen=True)
class Column:
    key: str
    label: object
    kind: str = "int"


@dataclass(frozen=True)
class ReportTable:
    name: str
    title: object
    columns: list = field(default_factory=list)
    rows: object = None
    chart: str = ""  # the column drawn as a bar chart, if any

    def pick(self, keys=None):
        return [c for c in self.columns if keys is None or c.key in keys]

    def values(self, report, keys=None):
        """Rows as lists of (raw value, kind): numbers stay numbers."""
        columns = self.pick(keys)
        return [
            [(row.get(c.key), _kind(c.kind, row.get("kind", "int"))) for c in columns]
            for row in self.rows(report)
        ]

    def display_rows(self, report, keys=None, fa=None):
        return [[display(value, kind, fa) for value, kind in row] for row in self.values(report, keys)]


def _kind(column_kind, row_kind):
    if column_kind == "auto":
        return row_kind
    if column_kind == "auto-change":
        return "change-" + row_kind  # a difference: signed; a rate's in percentage points
    return column_kind


def is_fa():
    return (get_language() or "fa").startswith("fa")


def display(value, kind, fa=None):
    """A value as the reader sees it (Persian digits and Jalali dates in Persian)."""
    fa = is_fa() if fa is None else fa
    if value is None or value == "":
        return "—" if kind != "text" else ""
    if kind == "text":
        return str(value)
    if kind == "date":
        return (
            format_jalali(parse_date(value), persian_digits=fa) if fa else format_gregorian(parse_date(value))
        )
    if kind.startswith("change-"):
        return _change(value, kind.removeprefix("change-"), fa)
    if kind == "rate":
        text = f"{float(value) * 100:.1f}".removesuffix(".0") + "%"
    elif kind == "decimal":
        text = f"{float(value):,.2f}".rstrip("0").rstrip(".")
    elif kind == "year":
        text = str(value)
    else:
        text = f"{value:,}" if isinstance(value, int) else str(value)
    if fa:
        text = to_persian_digits(text).replace(",", "٬").replace(".", "٫").replace("%", "٪")
    return text


def _change(value, kind, fa):
    """A difference between two periods: "+" before an increase, "−" before a decrease; a rate's change in
    percentage points (+3.2 pp, +۳٫۲ واحد درصد), not in percent."""
    if kind == "rate":
        value = round(float(value) * 100, 1)
        with translation.override("fa" if fa else "en"):
            text = translation.gettext("%(change)s pp") % {"change": display(abs(value), "decimal", fa)}
    else:
        text = display(abs(value), kind, fa)
    sign = "+" if value > 0 else "\u2212" if value < 0 else ""
    return sign + str(text)


def _summary_rows(report):
    previous, changes = report["previous"], report["changes"]
    rows = []
    for key, label in FIGURE_LABELS.items():
        kind = figure_kind(key)
        change = changes[key]["absolute"]
        rows.append(
            {
                "label": str(label),
                "current": report[key],
                "previous": previous[key],
                "change": change,
                "kind": kind,
            }
        )
    for key, label in COMPLIANCE_LABELS.items():
        now, before = report["report_compliance"][key], previous["report_compliance"][key]
        diff = None if now is None or before is None else round(now - before, 4)
        rows.append(
            {
                "label": str(label),
                "current": now,
                "previous": before,
                "change": diff,
                "kind": figure_kind(key),
            }
        )
    return rows


def _previous_rows(report):
    previous = report["previous"]
    rows = [
        {"label": str(label), "value": previous[key], "kind": figure_kind(key)}
        for key, label in FIGURE_LABELS.items()
    ]
    rows += [
        {"label": str(label), "value": previous["report_compliance"][key], "kind": figure_kind(key)}
        for key, label in COMPLIANCE_LABELS.items()
    ]
    return rows


SERIES_COLUMNS = [
    Column("from_jalali", _("From"), "date"),
    Column("to_jalali", _("To"), "date"),
    Column("requests_submitted", FIGURE_LABELS["requests_submitted"]),
    Column("approved", FIGURE_LABELS["approved"]),
    Column("rejected", FIGURE_LABELS["rejected"]),
    Column("rejection_rate", FIGURE_LABELS["rejection_rate"], "rate"),
    Column("non_realization_rate", FIGURE_LABELS["non_realization_rate"], "rate"),
    Column("trips", FIGURE_LABELS["trips"]),
    Column("virtual_participations", FIGURE_LABELS["virtual_participations"]),
    Column("persons", FIGURE_LABELS["persons"]),
    Column("avg_persons_per_trip", FIGURE_LABELS["avg_persons_per_trip"], "decimal"),
    Column("trips_per_month", FIGURE_LABELS["trips_per_month"], "decimal"),
    Column("mayor_trips", FIGURE_LABELS["mayor_trips"]),
    Column("report_rate", COMPLIANCE_LABELS["rate"], "rate"),
]


def _series_rows(entries, identity):
    rows = []
    for entry in entries:
        period = entry["period"]
        rows.append(
            {
                **identity(entry),
                **{c.key: entry.get(c.key) for c in SERIES_COLUMNS},
                "from_jalali": period["from"],
                "to_jalali": period["to"],
                "report_rate": entry["report_compliance"]["rate"],
            }
        )
    return rows


def _breakdown(name, label):
    return ReportTable(
        name,
        label,
        [Column("name", _("Name"), "text"), Column("trips", _("Trips")), Column("persons", _("Persons"))],
        rows=lambda report: report[name],
        chart="trips",
    )


TABLES = [
    ReportTable(
        "summary",
        _("Summary"),
        [
            Column("label", _("Figure"), "text"),
            Column("current", _("This period"), "auto"),
            Column("previous", _("Previous period"), "auto"),
            Column("change", _("Change"), "auto-change"),
        ],
        rows=_summary_rows,
    ),
    _breakdown("destinations", _("Destination countries")),
    _breakdown("cities", _("Destination cities")),
    _breakdown("purposes", _("Purposes")),
    _breakdown("funding", _("Funding sources")),
    _breakdown("units", _("Units")),
    ReportTable(
        "yearly",
        _("Year by year"),
        [Column("year", _("Year"), "year"), *SERIES_COLUMNS],
        rows=lambda report: _series_rows(report["yearly"], lambda e: {"year": e["year"]}),
        chart="trips",
    ),
    ReportTable(
        "terms",
        _("City-management terms"),
        [Column("term", _("Term"), "text"), *SERIES_COLUMNS],
        rows=lambda report: _series_rows(report["by_term"], lambda e: {"term": e["term"]["name"]}),
    ),
    ReportTable(
        "previous",
        _("Previous period"),
        [Column("label", _("Figure"), "text"), Column("value", _("Value"), "auto")],
        rows=_previous_rows,
    ),
]
TABLES_BY_NAME = {table.name: table for table in TABLES}
