import datetime as dt

import pytest

from citydiplomacy.lib.jalali import (
    InvalidDate,
    format_jalali,
    gregorian_to_jalali,
    is_leap,
    jalali_to_gregorian,
    jalali_year_bounds,
    month_length,
    parse_date,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1401-06-15", dt.date(2022, 9, 6)),
        ("۱۴۰۱/۰۶/۱۵", dt.date(2022, 9, 6)),
        ("١٤٠١/٠٦/١٥", dt.date(2022, 9, 6)),
        (" 1401/6/15 ", dt.date(2022, 9, 6)),
        ("1404-07-24", dt.date(2025, 10, 16)),
        ("1404-01-01", dt.date(2025, 3, 21)),
        ("2025-10-16", dt.date(2025, 10, 16)),
    ],
)
def test_typed_dates_are_read_in_either_calendar(text, expected):
    assert parse_date(text) == expected


def test_leap_years_have_a_thirtieth_of_esfand():
    assert is_leap(1403) and not is_leap(1401) and not is_leap(1404)
    assert parse_date("1403-12-30") == dt.date(2025, 3, 20)
    assert month_length(1403, 12) == 30 and month_length(1401, 12) == 29


def test_impossible_dates_say_what_is_wrong():
    with pytest.raises(InvalidDate, match="Esfand 1401"):
        parse_date("1401-12-30")
    with pytest.raises(InvalidDate, match="month 13"):
        parse_date("1401-13-01")
    with pytest.raises(InvalidDate, match="does not exist"):
        parse_date("1402-07-31")  # Mehr has 30 days
    with pytest.raises(InvalidDate):
        parse_date("2023-02-29")
    with pytest.raises(InvalidDate, match="not a date"):
        parse_date("tomorrow")


def test_month_ends():
    assert jalali_to_gregorian(1401, 6, 31) == dt.date(2022, 9, 22)
    assert jalali_to_gregorian(1401, 7, 1) == dt.date(2022, 9, 23)
    assert gregorian_to_jalali(dt.date(2023, 3, 20)) == (1401, 12, 29)
    assert gregorian_to_jalali(dt.date(2023, 3, 21)) == (1402, 1, 1)


def test_year_bounds():
    assert jalali_year_bounds(1401) == (dt.date(2022, 3, 21), dt.date(2023, 3, 20))
    assert jalali_year_bounds(1403) == (dt.date(2024, 3, 20), dt.date(2025, 3, 20))


def test_formatting_uses_persian_digits_and_month_names():
    assert format_jalali(dt.date(2022, 9, 6)) == "۱۴۰۱/۰۶/۱۵"
    assert format_jalali(dt.date(2022, 9, 6), month_names=True) == "۱۵ شهریور ۱۴۰۱"
    assert format_jalali(dt.date(2022, 9, 6), persian_digits=False) == "1401/06/15"
