"""The page's publication date (dates.published_date): bylines, labels and datelines in the three
calendars; a date in a sentence is the event's, not the page's. Every example is invented."""

import pytest

from citydiplomacy.newsengine import NewsItem, process_item


def published(text):
    return process_item(NewsItem(id="x", text=text)).published


@pytest.mark.parametrize(
    "text,iso",
    [
        # Jalali bylines, Persian digits, with a clock time or a news code
        (
            "خبرگزاری شهر\nکد خبر: ۴۴۲۱۰\n۱۰ آذر ۱۴۰۵ - ۱۲:۳۰\nشهردار زنجان با سفیر پرو دیدار کرد.",
            "2026-12-01",
        ),
        ("۱۰ آذر ۱۴۰۵، ۱۲:۳۰\nشهردار زنجان با سفیر پرو دیدار کرد.", "2026-12-01"),
        ("۱۰ آذرماه ۱۴۰۵\nشهردار زنجان با سفیر پرو دیدار کرد.", "2026-12-01"),
        ("یکشنبه ۲۵ شهریور ۱۴۰۲ - ۰۹:۱۵\nشهردار اراک با شهردار شهر لیپتسک دیدار کرد.", "2023-09-16"),
        (
            "شهردار اراک با سفیر کوبا دیدار کرد.\nتاریخ انتشار: سه‌شنبه ۱۴ فروردین ۱۴۰۳ ساعت ۱۰:۲۵",
            "2024-04-02",
        ),
        # numeric stamps in both digit sets, with slashes, dashes and spaced slashes
        ("۱۴۰۲/۰۶/۲۵ ۰۹:۱۵\nشهردار اراک با شهردار شهر لیپتسک دیدار کرد.", "2023-09-16"),
        ("1402/06/25 - 09:15\nشهردار اراک با شهردار شهر لیپتسک دیدار کرد.", "2023-09-16"),
        ("1403-08-12 10:00\nشهردار اراک با سفیر کوبا دیدار کرد.", "2024-11-02"),
        ("تاریخ: ۱۲ / ۰۸ / ۱۴۰۳\nشهردار اراک با سفیر کوبا دیدار کرد.", "2024-11-02"),
        # Hijri lunar, in Persian and Arabic spellings
        ("شهردار قم با شهردار کربلا دیدار کرد.\nانتشار: ۱۵ ربیع‌الاول ۱۴۴۶", "2024-09-18"),
        ("الاثنين 12 ربيع الأول 1446 هـ\nشهردار قم با شهردار کربلا دیدار کرد.", "2024-09-15"),
        # Gregorian, English
        ("Published: 14 March 2024 - 10:25\nThe mayor of Arak met the ambassador of Cuba.", "2024-03-14"),
        ("March 14, 2024 | 10:25 AM\nThe mayor of Arak met the mayor of Lipetsk.", "2024-03-14"),
        ("Posted on 2024-03-14\nThe mayor of Arak met the mayor of Lipetsk.", "2024-03-14"),
        ("Thursday 14 March 2024 10:25 GMT\nThe mayor of Arak met the mayor of Lipetsk.", "2024-03-14"),
        ("The mayor of Arak met the mayor of Lipetsk.\nUpdated: 14/03/2024", "2024-03-14"),
    ],
)
def test_a_pages_stamp_in_every_calendar_and_digit_set(text, iso):
    assert published(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        # an event's date in the lead's sentence ("در تاریخ ...", "on ..."), no stamp on the page
        "شهردار اراک در سفر ده روزه به پرو در تاریخ ۱۰ آذر ۱۴۰۵ با شهردار لیما دیدار کرد.",
        "The mayor of Arak will travel on 14 March 2024 to Lima.",
        # an English dateline without a year shows no publication date
        "ARAK, March 14 (IRNA) - The mayor of Arak met the mayor of Lipetsk.",
    ],
)
def test_a_date_in_a_sentence_or_without_a_year_is_no_stamp(text):
    assert published(text) is None


@pytest.mark.parametrize(
    "url,iso",
    [
        ("https://news.example.com/2024/03/14/mayor-visit", "2024-03-14"),
        ("https://news.example.com/en/2024-03-14/mayor-visit.html", "2024-03-14"),
        ("https://news.example.com/20240314/mayor-visit", "2024-03-14"),
        ("https://shahr.example.ir/1403/08/12/news", "2024-11-02"),
        ("https://news.example.com/news/123456/mayor-visit", None),
    ],
)
def test_the_pages_address_when_the_text_shows_no_date(url, iso):
    text = "The mayor of Arak met the mayor of Lipetsk."
    assert process_item(NewsItem(id="x", url=url, text=text)).published == iso


def test_the_texts_stamp_wins_over_the_address():
    text = "Published: 15 March 2024\nThe mayor of Arak met the mayor of Lipetsk."
    item = NewsItem(id="x", url="https://news.example.com/2024/03/14/visit", text=text)
    assert process_item(item).published == "2024-03-15"


@pytest.mark.parametrize(
    "text,iso",
    [
        # Jalali months in Latin letters, on Iranian sites' English pages
        ("Aban 12, 1403 - 10:30\nThe mayor of Arak met the mayor of Lipetsk.", "2024-11-02"),
        ("12 Aban 1403\nThe mayor of Arak met the mayor of Lipetsk.", "2024-11-02"),
        # Arabic Gregorian month names, Egyptian and Levantine, with Arabic-Indic digits
        ("الاثنين 16 سبتمبر 2024\nاستقبل محافظ كربلاء وفدا من مدينة قم.", "2024-09-16"),
        ("١٥ كانون الثاني ٢٠٢٤ - ١٠:٣٠\nاستقبل محافظ كربلاء وفدا من مدينة قم.", "2024-01-15"),
        ("2 تشرين الأول 2023\nاستقبل محافظ كربلاء وفدا من مدينة قم.", "2023-10-02"),
    ],
)
def test_latin_jalali_and_arabic_gregorian_month_names(text, iso):
    assert published(text) == iso


def test_a_latin_jalali_month_name_without_a_date_is_no_date():
    assert published("Mehr news agency reported that the mayor of Arak met the mayor of Lipetsk.") is None


def test_a_line_of_dates_in_three_calendars_is_the_pages_date():
    text = (
        "روزنامه شهر زنجان | اخبار شهری | بین‌الملل\n"
        "جمعه ۲۵ مهر ۱۴۰۴ - ۲۳ ربیع‌الثانی ۱۴۴۷ - ۱۷ اکتبر ۲۰۲۵\n"
        "شهردار زنجان با سفیر پرو دیدار کرد."
    )
    assert published(text) == "2025-10-17"


def test_a_dateline_with_a_place_in_mixed_case_opens_the_story():
    text = (
        "CITY OF ZANJAN\nHome > Press\n\nZANJAN AND CUSCO SIGN MOU\n\n"
        "Zanjan, 17 October 2025 – The City of Zanjan and Cusco today signed a memorandum."
    )
    assert published(text) == "2025-10-17"


def test_a_date_after_a_place_and_comma_inside_a_sentence_is_no_dateline():
    text = "Home\n\nThe mayor said the talks held in Cusco, 17 October 2025, went well."
    assert published(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "تاریخ انتشار: یکشنبه / ۹ آذر ۱۴۰۵ / ۰۸:۴۵",
        "تاریخ نشر: یکشنبه، ۹ آذر ۱۴۰۵",
        "Yusuf Demir |30.11.2026 - Update : 30.11.2026",
    ],
)
def test_a_label_then_the_weekday_or_an_update_stamp_is_the_pages_date(line):
    # the label of a byline may be followed by the weekday before the date, or be an update stamp
    text = f"روزنامه شهر زنجان | اخبار\n{line}\nشهردار زنجان دیروز با شهردار شهر کوسکو در زنجان دیدار کرد."
    assert published(text) == "2026-11-30"


def test_a_dari_page_with_afghan_month_names():
    text = "آژانس خبری هرات\nتاریخ نشر: دوشنبه ۲۱ میزان ۱۴۰۴\nشاروال هرات دیروز با شاروال مشهد در هرات دیدار کرد."
    record = process_item(NewsItem(id="x", text=text))
    assert record.published == "2025-10-13"
    assert record.event_date == "2025-10-12"
