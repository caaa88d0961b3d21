"""The council report (گزارش به شورا): the office's figures for any Jalali period.

A handful of GROUP BY queries, always the same number whatever the size of the data: each counts one kind
of event (a submission, a decision, a planned end, a trip, a report due) per day. Every period the report
needs (the chosen one, the one before it, each Jalali year since 1392, each management term) is then a sum
over those daily buckets, taken from prefix sums. Only the breakdowns by destination, purpose, funding and
unit query the chosen period (and the previous one) directly. No loop over missions in Python.
"""

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict

from django.conf import settings
from django.db.models import Case, Count, DurationField, ExpressionWrapper, Q, Sum, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import get_language

from citydiplomacy.lib.jalali import InvalidDate, jalali_year_of
from citydiplomacy.lib.persian import to_latin_digits
from citydiplomacy.missions.models import Decision, Funding, MissionRequest, Mode, Purpose, Status

from .models import ManagementTerm
from .periods import FIRST_COMPARISON_YEAR, Period, parse_period, previous_period, year_period, years_touched

# The figures of one period, in the order the page, the PDF and the workbook show them.
FIGURE_KEYS = [
    "requests_submitted",
    "approved",
    "rejected",
    "sent_back",
    "withdrawn",
    "rejection_rate",
    "approved_due",
    "approved_not_realized",
    "non_realization_rate",
    "trips",
    "virtual_participations",
    "persons",
    "avg_persons_per_trip",
    "trips_per_month",
    "persons_per_month",
    "mayor_trips",
]
COMPLIANCE_KEYS = ["due", "submitted", "on_time", "rate", "on_time_rate"]
RATE_KEYS = {"rejection_rate", "non_realization_rate"}
PASSED_APPROVAL = [Status.APPROVED, Status.REALIZED, Status.CANCELLED]


def ratio(numerator, denominator, digits=4):
    """numerator / denominator rounded, or None when there is nothing to divide by."""
    if not denominator:
        return None
    return round(numerator / denominator, digits)


class DailySeries:
    """Counts per day of one kind of event; `total(period)` sums them over any period in O(log n)."""

    def __init__(self, rows, width):
        buckets = defaultdict(lambda: [0] * width)
        for day, *values in rows:
            bucket = buckets[day]
            for i, value in enumerate(values):
                bucket[i] += value or 0
        self.days = sorted(buckets)
        self.prefix = [[0] * width]
        for day in self.days:
            self.prefix.append([a + b for a, b in zip(self.prefix[-1], buckets[day], strict=True)])

    def total(self, period):
        low = bisect_left(self.days, period.start)
        high = bisect_right(self.days, period.end)
        return [b - a for a, b in zip(self.prefix[low], self.prefix[high], strict=True)]


def _trip_day():
    # Realized missions always carry their actual start; the planned start is a fallback for old records.
    return Coalesce("actual_start_date", "start_date")


def _load_series(today):
    """Five GROUP BY queries: every daily series the figures are summed from."""
    missions = MissionRequest.objects.order_by()
    submitted = DailySeries(
        missions.filter(submitted_on__isnull=False)
        .values("submitted_on")
        .annotate(n=Count("id"))
        .values_list("submitted_on", "n"),
        1,
    )
    kinds = [Decision.Kind.APPROVED, Decision.Kind.REJECTED, Decision.Kind.SENT_BACK, Decision.Kind.WITHDRAWN]
    decisions = DailySeries(
        Decision.objects.order_by()
        .values("date")
        .annotate(**{kind.value: Count("id", filter=Q(kind=kind)) for kind in kinds})
        .values_list("date", *[kind.value for kind in kinds]),
        len(kinds),
    )
    # Approved missions whose planned end has passed: due to have taken place (or been cancelled).
    due = DailySeries(
        missions.filter(status__in=PASSED_APPROVAL, end_date__lt=today)
        .values("end_date")
        .annotate(due=Count("id"), not_realized=Count("id", filter=~Q(status=Status.REALIZED)))
        .values_list("end_date", "due", "not_realized"),
        2,
    )
    in_person = Q(mode=Mode.IN_PERSON)
    trips = DailySeries(
        missions.filter(status=Status.REALIZED)
        .annotate(day=_trip_day())
        .values("day")
        .annotate(
            trips=Count("id", filter=in_person),
            virtual=Count("id", filter=Q(mode=Mode.VIRTUAL)),
            persons=Sum("persons_count", filter=in_person),
            mayor=Count("id", filter=in_person & Q(purpose=Purpose.MAYOR_OFFICIAL)),
        )
        .values_list("day", "trips", "virtual", "persons", "mayor"),
        4,
    )
    days_allowed = dt.timedelta(days=settings.POST_TRIP_REPORT_DAYS)
    report_rows = (
        missions.filter(status=Status.REALIZED)
        .annotate(
            ended=Coalesce("actual_end_date", "end_date"),
            delay=ExpressionWrapper(
                TruncDate("report__submitted_at") - Coalesce("actual_end_date", "end_date"),
                output_field=DurationField(),
            ),
        )
        .values("ended")
        .annotate(
            realized=Count("id"),
            reported=Count("report"),
            on_time=Count("id", filter=Q(delay__lte=days_allowed)),
        )
        .values_list("ended", "realized", "reported", "on_time")
    )
    # A report falls due POST_TRIP_REPORT_DAYS after the mission ended; a mission whose report is not yet
    # due counts only once its report is in (it cannot have failed yet).
    reports = DailySeries(
        (
            (ended + days_allowed, realized if ended + days_allowed < today else reported, reported, on_time)
            for ended, realized, reported, on_time in report_rows
        ),
        3,
    )
    return {"submitted": submitted, "decisions": decisions, "due": due, "trips": trips, "reports": reports}


def period_figures(series, period, *, months_period=None):
    """The flat figures of one period from the daily series (no query)."""
    (requests_submitted,) = series["submitted"].total(period)
    approved, rejected, sent_back, withdrawn = series["decisions"].total(period)
    approved_due, not_realized = series["due"].total(period)
    trips, virtual, persons, mayor = series["trips"].total(period)
    due, submitted, on_time = series["reports"].total(period)
    months = (months_period or period).months
    return {
        "requests_submitted": requests_submitted,
        "approved": approved,
        "rejected": rejected,
        "sent_back": sent_back,
        "withdrawn": withdrawn,
        "rejection_rate": ratio(rejected, approved + rejected),
        "approved_due": approved_due,
        "approved_not_realized": not_realized,
        "non_realization_rate": ratio(not_realized, approved_due),
        "trips": trips,
        "virtual_participations": virtual,
        "persons": persons,
        "avg_persons_per_trip": ratio(persons, trips),
        "trips_per_month": ratio(trips, months),
        "persons_per_month": ratio(persons, months),
        "mayor_trips": mayor,
        "report_compliance": {
            "due": due,
            "submitted": submitted,
            "on_time": on_time,
            "rate": ratio(submitted, due),
            "on_time_rate": ratio(on_time, due),
        },
    }


def changes(current, previous):
    """For every figure: the difference from the previous period and the relative change (None on zero)."""
    result = {}
    for key in FIGURE_KEYS:
        now, before = current[key], previous[key]
        if now is None or before is None:
            result[key] = {"absolute": None, "relative": None}
            continue
        result[key] = {
            "absolute": round(now - before, 4),
            "relative": None if key in RATE_KEYS else ratio(now - before, before),
        }
    return result


def _window(current, previous):
    """Realized in-person trips starting in either period, labelled with the period they belong to."""
    day = _trip_day()
    both = Q(actual_start_date__range=(previous.start, current.end)) | Q(
        actual_start_date__isnull=True, start_date__range=(previous.start, current.end)
    )
    return (
        MissionRequest.objects.order_by()
        .filter(both, status=Status.REALIZED, mode=Mode.IN_PERSON)
        .annotate(
            window=Case(
                When(
                    Q(actual_start_date__gte=current.start)
                    | Q(actual_start_date__isnull=True, start_date__gte=current.start),
                    then=Value("current"),
                ),
                default=Value("previous"),
            ),
            day=day,
        )
    )


def _label(fa, en):
    return en if (get_language() or "fa").startswith("en") and en else fa


def _ranked(rows):
    return sorted(rows, key=lambda row: (-row["trips"], row.get("name") or row.get("code") or ""))


def breakdowns(current, previous):
    """Trips per country, city, purpose, funding source and unit, for the period and the one before (3 queries)."""
    window = _window(current, previous)
    result = {name: {"current": [], "previous": []} for name in ("destinations", "cities")}
    for row in (
        window.filter(countries__isnull=False)
        .values("window", "countries__iso2", "countries__name_fa", "countries__name_en")
        .annotate(trips=Count("id", distinct=True), persons=Sum("persons_count"))
    ):
        result["destinations"][row["window"]].append(
            {
                "iso2": row["countries__iso2"],
                "name": _label(row["countries__name_fa"], row["countries__name_en"]),
                "name_fa": row["countries__name_fa"],
                "name_en": row["countries__name_en"],
                "trips": row["trips"],
                "persons": row["persons"] or 0,
            }
        )
    for row in (
        window.filter(cities__isnull=False)
        .values("window", "cities__id", "cities__name_fa", "cities__name_en", "cities__country__iso2")
        .annotate(trips=Count("id", distinct=True), persons=Sum("persons_count"))
    ):
        result["cities"][row["window"]].append(
            {
                "id": row["cities__id"],
                "country": row["cities__country__iso2"],
                "name": _label(row["cities__name_fa"], row["cities__name_en"]),
                "name_fa": row["cities__name_fa"],
                "name_en": row["cities__name_en"],
                "trips": row["trips"],
                "persons": row["persons"] or 0,
            }
        )
    # Purpose, funding and unit come from one GROUP BY over their combinations, summed per dimension here.
    sums = {name: {"current": {}, "previous": {}} for name in ("purposes", "funding", "units")}
    for row in window.values(
        "window", "purpose", "funding", "unit_id", "unit__name_fa", "unit__name_en"
    ).annotate(trips=Count("id"), persons=Sum("persons_count")):
        keys = {
            "purposes": (
                row["purpose"],
                {"code": row["purpose"], "name": str(_choice(Purpose, row["purpose"]))},
            ),
            "funding": (
                row["funding"],
                {"code": row["funding"], "name": str(_choice(Funding, row["funding"]))},
            ),
            "units": (
                row["unit_id"],
                {
                    "id": row["unit_id"],
                    "name": _label(row["unit__name_fa"], row["unit__name_en"]),
                    "name_fa": row["unit__name_fa"],
                    "name_en": row["unit__name_en"],
                },
            ),
        }
        for name, (key, identity) in keys.items():
            entry = sums[name][row["window"]].setdefault(key, {**identity, "trips": 0, "persons": 0})
            entry["trips"] += row["trips"]
            entry["persons"] += row["persons"] or 0
    for name, windows in sums.items():
        result[name] = {window_name: list(entries.values()) for window_name, entries in windows.items()}
    return {name: {w: _ranked(rows) for w, rows in windows.items()} for name, windows in result.items()}


def _choice(choices, value):
    try:
        return choices(value).label
    except ValueError:
        return value


def _series_entry(series, period, today, **identity):
    elapsed = period.clipped(today)
    return {**identity, "period": period.as_dict(), **period_figures(series, period, months_period=elapsed)}


def council_report(start, end, *, today=None):
    """The council report for the period start..end (Gregorian dates, both days included).

    `today` decides which planned ends and report deadlines have passed (default: the local date).
    Returns plain data (numbers, strings, None for a rate with nothing to divide by), ready for JSON.
    Runs a constant number of queries, however many requests there are.
    """
    today = today or timezone.localdate()
    current = Period(start, end)
    previous = previous_period(current)
    series = _load_series(today)
    figures = period_figures(series, current)
    before = period_figures(series, previous)
    parts = breakdowns(current, previous)

    report = {"period": current.as_dict(), "today": today.isoformat(), **figures}
    for name in ("destinations", "cities", "purposes", "funding", "units"):
        report[name] = parts[name]["current"]
    report["previous"] = {
        "period": previous.as_dict(),
        **before,
        **{
            name: parts[name]["previous"]
            for name in ("destinations", "cities", "purposes", "funding", "units")
        },
    }
    report["changes"] = changes(figures, before)
    report["by_year"] = [
        _series_entry(series, year_period(year), today, year=year) for year in years_touched(current)
    ]
    last_year = max(jalali_year_of(today), jalali_year_of(current.end))
    report["yearly"] = [
        _series_entry(series, year_period(year), today, year=year)
        for year in range(FIRST_COMPARISON_YEAR, last_year + 1)
    ]
    report["by_term"] = [
        _series_entry(
            series,
            Period(term.start_date, term.end_date),
            today,
            term={"id": term.pk, "name": str(term), "name_fa": term.name_fa, "name_en": term.name_en},
        )
        for term in ManagementTerm.objects.order_by("start_date")
    ]
    return report


def term_period(term_id):
    term = ManagementTerm.objects.get(pk=term_id)
    return Period(term.start_date, term.end_date)


def default_period(today=None):
    """The current Jalali year so far."""
    today = today or timezone.localdate()
    return Period(year_period(jalali_year_of(today)).start, today)


def period_from_params(params, today=None):
    """The period a page, API call or command asks for: `year`, `term`, or `from`/`to` (Jalali or ISO).

    Raises InvalidDate naming what is wrong; without any of them, the current Jalali year so far.
    """
    if params.get("term"):
        try:
            return term_period(int(params["term"]))
        except (ValueError, ManagementTerm.DoesNotExist):
            raise InvalidDate(f"term: {params['term']!r} is not a configured management term") from None
    if params.get("year"):
        try:
            return year_period(int(to_latin_digits(params["year"])))
        except (ValueError, InvalidDate):
            raise InvalidDate(f"year: {params['year']!r} is not a Jalali year") from None
    start, end = params.get("from"), params.get("to")
    if not start and not end:
        return default_period(today)
    if not start or not end:
        raise InvalidDate("give both from and to")
    return parse_period(start, end)
