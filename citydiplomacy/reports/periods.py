"""Report periods: Jalali years, the previous period of equal length, lengths in months.

Plain dates in and out; the Jalali calendar comes from `citydiplomacy.lib.jalali`.
"""

import datetime as dt
from dataclasses import dataclass

from citydiplomacy.lib.jalali import (
    InvalidDate,
    format_jalali,
    jalali_year_bounds,
    jalali_year_of,
    parse_date,
)

# The mean Gregorian month (365.2425 / 12): a period's length in months is its days divided by this.
DAYS_PER_MONTH = 30.436875
# The council compares every year since the office started keeping these figures.
FIRST_COMPARISON_YEAR = 1392

__all__ = [
    "DAYS_PER_MONTH",
    "EARLIEST_YEAR",
    "LATEST_YEAR",
    "check_bounds",
    "FIRST_COMPARISON_YEAR",
    "InvalidDate",
    "Period",
    "jalali_year_bounds",
    "parse_period",
    "previous_period",
    "year_period",
    "years_touched",
]


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    def __post_init__(self):
        if self.end < self.start:
            raise InvalidDate(
                f"the period ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})"
            )

    @property
    def days(self):
        return (self.end - self.start).days + 1

    @property
    def months(self):
        return self.days / DAYS_PER_MONTH

    def clipped(self, today):
        """The part of the period up to today (a period in progress counts only its elapsed days)."""
        if self.start <= today < self.end:
            return Period(self.start, today)
        return self

    def as_dict(self):
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "from_jalali": format_jalali(self.start, persian_digits=False).replace("/", "-"),
            "to_jalali": format_jalali(self.end, persian_digits=False).replace("/", "-"),
            "days": self.days,
            "months": round(self.months, 4),
        }


def previous_period(period):
    """The period of equal length that ends the day before `period` starts."""
    end = period.start - dt.timedelta(days=1)
    return Period(end - dt.timedelta(days=period.days - 1), end)


# The years a report may cover (Gregorian 1921 to 2121): a period and the previous one stay in the calendar.
EARLIEST_YEAR, LATEST_YEAR = 1300, 1500


def check_bounds(period):
    """The period itself, or InvalidDate when it reaches outside the years a report may cover."""
    first, last = jalali_year_bounds(EARLIEST_YEAR)[0], jalali_year_bounds(LATEST_YEAR)[1]
    if period.start < first or period.end > last:
        raise InvalidDate(f"a report covers the Jalali years {EARLIEST_YEAR} to {LATEST_YEAR} only")
    return period


def year_period(year):
    return Period(*jalali_year_bounds(year))


def years_touched(period):
    return list(range(jalali_year_of(period.start), jalali_year_of(period.end) + 1))


def parse_period(start, end):
    """Two typed dates (Jalali like 1401-06-01 or ISO) → a Period; InvalidDate names the bad one."""
    try:
        first = parse_date(start)
    except InvalidDate as exc:
        raise InvalidDate(f"from: {exc}") from None
    try:
        last = parse_date(end)
    except InvalidDate as exc:
        raise InvalidDate(f"to: {exc}") from None
    return Period(first, last)
