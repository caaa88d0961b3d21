import pytest

from citydiplomacy.newsengine.dates import find_dates, to_iso
from citydiplomacy.newsengine.normalize import ZWNJ, match_key, normalize_text


def test_arabic_letter_forms_become_persian():
    assert normalize_text("شهرداري كرج") == "شهرداری کرج"


def test_digits_are_unified():
    assert normalize_text("۱۴۰۴/۰۷/۲۴ و ١٤٠٤") == "1404/07/24 و 1404"


def test_zwnj_is_cleaned_and_restored():
    assert normalize_text("می رود") == "می" + ZWNJ + "رود"
    assert normalize_text("کتاب" + ZWNJ + ZWNJ + " ها") == "کتاب‌ها".replace("‌", ZWNJ)
    assert ZWNJ not in normalize_text(ZWNJ + "سلام" + ZWNJ)


def test_match_key_keeps_length():
    s = normalize_text("آستاراخان تفاهم‌نامه Tehran")
    assert len(match_key(s)) == len(s)
    assert match_key(s).startswith("استاراخان تفاهم نامه")


@pytest.mark.parametrize(
    "text,iso",
    [
        ("۰۹ خرداد ۱۴۰۲", "2023-05-30"),
        ("1404/07/24", "2025-10-16"),
        ("پنج شنبه 24 مهر 1404", "2025-10-16"),
        ("۱۴ مهرماه ۱۴۰۴", "2025-10-06"),
        ("23 ربیع الثانی 1447", "2025-10-15"),
        ("2025 Oct 16", "2025-10-16"),
        ("2025-10-16", "2025-10-16"),
        ("October 16, 2025", "2025-10-16"),
        ("16 October 2025", "2025-10-16"),
        ("٢٤ مهر ١٤٠٤", "2025-10-16"),
        ("30 اسفند 1403", "2025-03-20"),  # 1403 is a leap year in the Solar Hijri calendar
        ("29 February 2024", "2024-02-29"),
    ],
)
def test_date_patterns(text, iso):
    assert to_iso(text) == iso


def test_impossible_dates_are_dropped():
    assert to_iso("30 اسفند 1402") is None  # 1402 is not a leap year
    assert to_iso("29 February 2023") is None
    assert to_iso("1404/13/01") is None


def test_dates_in_running_text():
    spans = find_dates(normalize_text("امروز دوشنبه ۱۴ مهرماه ۱۴۰۴ و سپس 2025-10-20 برگزار شد"))
    assert [d.iso for d in spans] == ["2025-10-06", "2025-10-20"]
    assert spans[0].calendar == "jalali"
