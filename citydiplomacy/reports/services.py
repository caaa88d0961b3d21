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

from django.utils import timezone
from django.utils.translation import get_language, ngettext

from citydiplomacy.lib.jalali import InvalidDate, jalali_year_of
from citydiplomacy.lib.persian import to_latin_digits, to_persian_digits
from citydiplomacy.missions.destinations import parse_set
from citydiplomacy.missions.models import Funding, Mode, Purpose, Status

from . import queries
from .models import ManagementTerm
from .periods import (
    EARLIEST_YEAR,
    FIRST_COMPARISON_YEAR,
    LATEST_YEAR,
    Period,
    check_bounds,
    parse_period,
    previous_period,
    year_period,
    years_touched,
)
from .side_by_side import side_by_side

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


def ratio(numerator, denominator, digits=4):
    """numerator / denominator rounded, or None when there is nothing to divide by."""
    if not denominator:
        return None
    return round(numerator / denominator, digits)


class DailySeries:
    """Counts per bucket of one kind of event; `total(period)` sums the buckets inside any period.

    Each row is (first day of its bucket, *counts). The buckets are elementary intervals between the report's
    boundaries (see `_boundaries`), so every period the report asks about is a whole number of buckets.
    """

    def __init__(self, rows, width):
        buckets = defaultdict(lambda: [0] * width)
        for day, *values in rows:
            if day is None:
                continue
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


def _boundaries(periods):
    """The sorted first days of the elementary intervals: each period's start and the day after its end."""
    days = set()
    for period in periods:
        days.add(period.start)
        days.add(period.end + dt.timedelta(days=1))
    return sorted(days)


def _load_series(today, boundaries, request_rows, decision_rows):
    """Every series the figures sum, from the rows of the two GROUP BY queries (requests, decisions)
    bucketed by `boundaries` (which include `today`, see `council_report`)."""
    parts = {"submitted": [], "due": [], "trips": [], "reports": []}
    # Each request counts in up to four series, each by its own date: one scan (see the query).
    for (
        submitted_day,
        end_day,
        trip_day,
        report_day,
        status,
        mode,
        mayor,
        report_state,
        count,
        persons,
    ) in request_rows:
        parts["submitted"].append((submitted_day, count))
        if status in queries.PASSED_APPROVAL and end_day is not None and end_day < today:
            # approved missions whose planned end has passed: due to have taken place (or been cancelled)
            parts["due"].append((end_day, count, 0 if status == Status.REALIZED else count))
        if status != Status.REALIZED:
            continue
        if mode == Mode.IN_PERSON:
            parts["trips"].append((trip_day, count, 0, persons or 0, count if mayor else 0))
        else:
            parts["trips"].append((trip_day, 0, count, 0, 0))
        # A report not yet due counts only once it is in (it cannot have failed yet).
        is_due = report_state != 0 or (report_day is not None and report_day < today)
        parts["reports"].append(
            (
                report_day,
                count if is_due else 0,
                count if report_state else 0,
                count if report_state == 1 else 0,
            )
        )
    return {
        "submitted": DailySeries(parts["submitted"], 1),
        "decisions": DailySeries(decision_rows, len(queries.DECISION_KINDS)),
        "due": DailySeries(parts["due"], 2),
        "trips": DailySeries(parts["trips"], 4),
        "reports": DailySeries(parts["reports"], 3),
    }


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


def _label(fa, en):
    return en if (get_language() or "fa").startswith("en") and en else fa


def _ranked(rows):
    return sorted(rows, key=lambda row: (-row["trips"], row.get("name") or row.get("code") or ""))


def breakdowns(current, previous, rows):
    """Trips per country, city, purpose, funding source and unit, for the period and the one before.

    From the rows of `queries.breakdown_rows` (per unit, purpose and funding source, and per destination
    set) and one query for the names of the countries, cities and units found. A request with two
    destination countries is one trip to each of them, as it is one trip in each of their rows in the
    Council's tables.
    """
    counts = {name: defaultdict(lambda: [0, 0]) for name in ("country", "city", "unit", "purpose", "funding")}

    def add(dimension, window, place, trips, persons):
        tally = counts[dimension][(window, place)]
        tally[0] += trips
        tally[1] += persons or 0

    for window, grouping, unit, purpose, funding, place_set, trips, persons in rows:
        if grouping == "profile":
            add("unit", window, unit, trips, persons)
            add("purpose", window, purpose, trips, persons)
            add("funding", window, funding, trips, persons)
        else:
            for place in parse_set(place_set or ""):
                add(grouping, window, place, trips, persons)
    names = {
        (dimension, pk): (iso2, name_fa, name_en)
        for dimension, pk, iso2, name_fa, name_en in queries.place_names(
            *({place for _window, place in counts[d]} for d in ("country", "city", "unit"))
        )
    }
    sections = {"country": "destinations", "city": "cities", "unit": "units", "purpose": "purposes",
                "funding": "funding"}  # fmt: skip
    result = {name: {"current": [], "previous": []} for name in sections.values()}
    for dimension, tallies in counts.items():
        for (window, place), (trips, persons) in tallies.items():
            if dimension in ("country", "city", "unit"):
                if (dimension, place) not in names:
                    continue  # deleted since (its requests' sets are refreshed on delete)
                iso2, name_fa, name_en = names[(dimension, place)]
                entry = {"iso2": iso2} if dimension == "country" else {"id": place}
                if dimension == "city":
                    entry["country"] = iso2
                entry.update(name=_label(name_fa, name_en), name_fa=name_fa, name_en=name_en)
            else:
                choices = Purpose if dimension == "purpose" else Funding
                entry = {"code": place, "name": str(_choice(choices, place))}
            entry.update(trips=trips, persons=persons)
            result[sections[dimension]][window].append(entry)
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
    terms = list(ManagementTerm.objects.order_by("start_date"))
    term_periods = [Period(term.start_date, term.end_date) for term in terms]
    last_year = max(jalali_year_of(today), jalali_year_of(current.end))
    years = {year: year_period(year) for year in range(FIRST_COMPARISON_YEAR, last_year + 1)}
    years.update((year, year_period(year)) for year in years_touched(current))
    # Every period shown is known now, so the series are counted per interval between their boundaries.
    # `today` among them too: whether a request ended (or its report fell due) before today is then known
    # from its bucket. Splitting a bucket in two changes no period's sum.
    boundaries = _boundaries([current, previous, *years.values(), *term_periods])
    boundaries = sorted({*boundaries, today})
    # The two scans of the requests at the same time where that is safe (see side_by_side.py).
    request_rows, (breakdown_rows, (decision_rows, undated_withdrawals)) = side_by_side(
        lambda: queries.request_series_rows(boundaries),
        lambda: (queries.breakdown_rows(current, previous), queries.decision_series_rows(boundaries)),
    )
    series = _load_series(today, boundaries, request_rows, decision_rows)
    figures = period_figures(series, current)
    before = period_figures(series, previous)
    parts = breakdowns(current, previous, breakdown_rows)

    report = {"period": current.as_dict(), "today": today.isoformat(), **figures}
    # Withdrawals imported from history without their date are in no period's count: the notes say so.
    report["undated_withdrawals"] = undated_withdrawals
    report["notes"] = report_notes(report)
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
        _series_entry(series, years[year], today, year=year) for year in years_touched(current)
    ]
    report["yearly"] = [
        _series_entry(series, years[year], today, year=year)
        for year in range(FIRST_COMPARISON_YEAR, last_year + 1)
    ]
    report["by_term"] = [
        _series_entry(
            series,
            period,
            today,
            term={"id": term.pk, "name": str(term), "name_fa": term.name_fa, "name_en": term.name_en},
        )
        for term, period in zip(terms, term_periods, strict=True)
    ]
    return report


def report_notes(report):
    """Lines the council reads under the figures (in the active language)."""
    notes = []
    if report.get("undated_withdrawals"):
        count = report["undated_withdrawals"]
        shown = to_persian_digits(str(count)) if (get_language() or "fa").startswith("fa") else str(count)
        notes.append(
            ngettext(
                "{n} withdrawn request has no date of withdrawal (imported from history); it is counted in no "
                "period.",
                "{n} withdrawn requests have no date of withdrawal (imported from history); they are counted "
                "in no period.",
                count,
            ).format(n=shown)
        )
    return notes


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
            return check_bounds(term_period(int(to_latin_digits(params["term"]))))
        except (ValueError, OverflowError, ManagementTerm.DoesNotExist):
            raise InvalidDate(f"term: {params['term']!r} is not a configured management term") from None
    if params.get("year"):
        try:
            return check_bounds(year_period(int(to_latin_digits(params["year"]))))
        except (ValueError, InvalidDate):
            raise InvalidDate(
                f"year: {params['year']!r} is not a Jalali year from {EARLIEST_YEAR} to {LATEST_YEAR}"
            ) from None
    start, end = params.get("from"), params.get("to")
    if not start and not end:
        return default_period(today)
    if not start or not end:
        raise InvalidDate("give both from and to")
    return check_bounds(parse_period(start, end))
