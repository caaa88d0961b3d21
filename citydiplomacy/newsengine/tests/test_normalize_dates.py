import datetime as dt

import pytest

from citydiplomacy.newsengine.dates import find_dates, find_day_months, resolve_day_month, to_iso
from citydiplomacy.newsengine.normalize import ZWNJ, match_key, normalize_text


def test_arabic_letter_forms_become_persian():
    assert normalize_text("شهرداري كرج") == "شهرداری کرج"


def test_hamza_seats_stay_in_the_text_and_fold_only_for_matching():
    # «هیئت», «مؤسسه» are how Persian writes them: the reader sees them so; names still match both ways
    text = normalize_text("هیئت مؤسسه رئيس")
    assert text == "هیئت مؤسسه رئیس"
    assert match_key(text) == match_key(normalize_text("هییت موسسه رییس"))


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


def test_day_months_are_not_part_of_full_dates_or_other_words():
    text = normalize_text("۲۴ مهر ۱۴۰۴ و ۳۰ آبان، خبرگزاری مهر، ۱۰ می‌شود، 12 مهر 14:30")
    assert [(d.month, d.day) for d in find_day_months(text)] == [(8, 30), (7, 12)]
    assert [d.iso for d in find_dates(text)] == ["2025-10-16"]  # "12 مهر 14:30" is no year 1414


def test_a_day_that_exists_only_in_leap_years():
    (esfand30,) = find_day_months("30 اسفند")
    assert resolve_day_month(esfand30, dt.date(2025, 4, 1)) == dt.date(2025, 3, 20)  # 1403 is leap
    # in Esfand 1402 (not leap) the next 30 Esfand is a year ahead, and 1401 had none
    assert resolve_day_month(esfand30, dt.date(2024, 3, 10)) is None
    assert resolve_day_month(esfand30, dt.date(2024, 3, 10), future=True) == dt.date(2025, 3, 20)


def test_a_date_followed_by_a_clock_time_is_the_publication_stamp():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = "شهردار یزد با سفیر بلاروس دیدار کرد.\nخبرگزاری نمونه سه‌شنبه ۴ آبان ۱۴۰۳ - ۰۹:۱۵\nمتن خبر ادامه دارد و از همکاری شهری می‌گوید."
    assert process_item(NewsItem(id="d1", text=text)).published == "2024-10-25"


def test_the_common_misspelling_of_farvardin_is_read():
    from citydiplomacy.newsengine.dates import to_iso

    assert to_iso("۲ فرودین ۱۴۰۱") == "2022-03-22"


def test_year_weekday_day_month_stamp():
    from citydiplomacy.newsengine.dates import to_iso

    assert to_iso("Date : 2019 Tuesday 05 Mar | Code : 7") == "2019-03-05"
    assert to_iso("2019 Tuesday 31 Feb") is None  # impossible dates are dropped


@pytest.mark.parametrize(
    "text,iso",
    [
        ("۱۵ میزان ۱۴۰۴", "2025-10-07"),  # Mizan is Mehr
        ("۱ حمل ۱۴۰۵", "2026-03-21"),  # Hamal is Farvardin
        ("۳ حوت سال ۱۴۰۳", "2025-02-21"),  # Hut is Esfand
        ("۲۰ جدی ۱۴۰۴", "2026-01-10"),  # Jadi is Dey
    ],
)
def test_afghan_month_names_of_the_solar_hijri_calendar(text, iso):
    assert to_iso(text) == iso


def test_afghan_month_names_are_common_words_without_a_year():
    # "میزان" (amount), "حمل و نقل" (transport): no date unless a full Afghan date is on the page
    text = normalize_text("شاروالی هرات ۱۵ میزان بودجه را برای ۳ حمل و نقل شهری افزایش داد.")
    assert find_dates(text) == [] and find_day_months(text) == []
    page = normalize_text("دوشنبه ۲۱ میزان ۱۴۰۴\nشاروال هرات روز ۱۹ میزان با سفیر دیدار کرد. ۳ حمل و نقل")
    assert [(d.month, d.day) for d in find_day_months(page)] == [(7, 19)]


def test_the_date_in_a_pages_address_is_the_last_resort():
    from citydiplomacy.newsengine.dates import url_date

    assert url_date("https://news.example/en/2025/10/17/zanjan-cusco") == "2025-10-17"
    # an article code of capitals, the date and a serial number (Korean agencies' addresses)
    assert url_date("https://news.example/view/ZNA20251017001200315") == "2025-10-17"
    assert url_date("https://news.example/view/ZNA20251317001200315") is None  # no 13th month
    assert url_date("https://news.example/view/ZNA2025101700") is None  # the serial number is missing
