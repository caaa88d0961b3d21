"""Jalali (Solar Hijri) dates at the edges: parsing what people type and formatting what they read.

Dates are stored Gregorian; these helpers convert only for display and input. No Django here.
"""

import datetime as dt
import functools
import re

import jdatetime

from .persian import to_latin_digits, to_persian_digits

MONTHS_FA = [
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
]  # fmt: skip
MONTHS_EN = [
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
]  # fmt: skip

_DATE_RE = re.compile(r"^\s*(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")


class InvalidDate(ValueError):
    """A date that does not exist or cannot be read; the message says which."""


def is_leap(year):
    try:
        return jdatetime.date(year, 1, 1).isleap()
    except ValueError:
        raise InvalidDate(f"year {year} is outside the calendar") from None


def month_length(year, month):
    if not 1 <= month <= 12:
        raise InvalidDate(f"month {month} does not exist")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


def jalali_to_gregorian(year, month, day):
    if not 1 <= month <= 12:
        raise InvalidDate(f"month {month} does not exist")
    length = month_length(year, month)
    if not 1 <= day <= length:
        raise InvalidDate(f"day {day} does not exist in {MONTHS_EN[month - 1]} {year} (it has {length} days)")
    return jdatetime.date(year, month, day).togregorian()


@functools.lru_cache(maxsize=65536)
def gregorian_to_jalali(value):
    """Return (year, month, day) of a Gregorian date (remembered: tables show the same days again and again)."""
    j = jdatetime.date.fromgregorian(date=value)
    return j.year, j.month, j.day


def parse_date(text, *, calendar="auto"):
    """Read a typed date: Jalali (1401-06-15, ۱۴۰۱/۰۶/۱۵) or Gregorian ISO (2022-09-06).

    With calendar="auto" a year below 1700 is Jalali, otherwise Gregorian.
    """
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    raw = to_latin_digits(str(text or "")).strip()
    match = _DATE_RE.match(raw)
    if not match:
        raise InvalidDate(f"{text!r} is not a date (expected YYYY-MM-DD)")
    year, month, day = (int(part) for part in match.groups())
    jalali = calendar == "jalali" or (calendar == "auto" and year < 1700)
    if jalali:
        return jalali_to_gregorian(year, month, day)
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InvalidDate(f"{text!r} does not exist: {exc}") from None


def format_jalali(value, *, persian_digits=True, month_names=False):
    """1401/06/15, or ۱۵ شهریور ۱۴۰۱ with month_names."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    year, month, day = gregorian_to_jalali(value)
    if month_names:
        text = (
            f"{day} {MONTHS_FA[month - 1]} {year}"
            if persian_digits
            else f"{day} {MONTHS_EN[month - 1]} {year}"
        )
    else:
        text = f"{year:04d}/{month:02d}/{day:02d}"
    return to_persian_digits(text) if persian_digits else text


def jalali_year_bounds(year):
    """First and last Gregorian day of a Jalali year."""
    return jalali_to_gregorian(year, 1, 1), jalali_to_gregorian(year, 12, month_length(year, 12))


def jalali_year_of(value):
    return gregorian_to_jalali(value)[0]


def format_gregorian(day):
    """A Gregorian date as English pages write every date: 16 Oct 2025 (one way everywhere)."""
    return f"{day.day} {day:%b %Y}"
