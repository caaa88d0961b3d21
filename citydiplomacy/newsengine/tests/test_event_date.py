"""The event date of a story: stated in it, or anchored to its publication date."""

import pytest

from citydiplomacy.newsengine import NewsItem, process_item

# 1404/07/25 is Friday 17 October 2025
FRIDAY = "1404/07/25"


def event_date(text: str, published: str | None = FRIDAY, title: str | None = None) -> str | None:
    return process_item(NewsItem(id="x", text=text, published=published, title=title)).event_date


# (what the text says, the event date), the article published on Friday 1404/07/25
ANCHORED = {
    # relative days count from the publication date
    "yesterday": ("شهردار تهران دیروز با سفیر روسیه دیدار کرد.", "2025-10-16"),
    "today": ("شهردار تهران امروز با سفیر روسیه دیدار کرد.", "2025-10-17"),
    "this morning (Friday)": ("شهردار تهران صبح امروز (جمعه) با سفیر روسیه دیدار کرد.", "2025-10-17"),
    "last night": ("شهردار تهران شب گذشته با سفیر روسیه دیدار کرد.", "2025-10-16"),
    "tomorrow": ("شهردار تهران فردا با سفیر روسیه دیدار می‌کند.", "2025-10-18"),
    "the day after tomorrow": ("شهردار تهران پس فردا با سفیر روسیه دیدار می‌کند.", "2025-10-19"),
    "en yesterday": ("The mayor of Tehran met the Russian ambassador yesterday.", "2025-10-16"),
    "en today": ("The mayor of Tehran meets the Russian ambassador today.", "2025-10-17"),
    # a day and month without the year take the year of the publication
    "Tuesday 22 Mehr": ("شهردار تهران روز سه‌شنبه ۲۲ مهر با سفیر روسیه دیدار کرد.", "2025-10-14"),
    "22 Mehrmah": ("شهردار تهران ۲۲ مهرماه با سفیر روسیه دیدار کرد.", "2025-10-14"),
    "20 October, a few days ahead": ("تفاهم‌نامه همکاری روز ۲۰ اکتبر امضا شد.", "2025-10-20"),
    "en 16 October": ("The mayor of Tehran met the Russian ambassador on 16 October.", "2025-10-16"),
    "en Oct. 16": ("The mayor of Tehran met the Russian ambassador on Oct. 16 in Tehran.", "2025-10-16"),
    # a weekday is the latest such day not after publication
    "Tuesday": ("شهردار تهران روز سه‌شنبه با سفیر روسیه دیدار کرد.", "2025-10-14"),
    "Tuesday, spaced": ("شهردار تهران روز سه شنبه با سفیر روسیه دیدار کرد.", "2025-10-14"),
    "Friday, the publication day": ("شهردار تهران روز جمعه با سفیر روسیه دیدار کرد.", "2025-10-17"),
    "Saturday": ("شهردار تهران روز شنبه با سفیر روسیه دیدار کرد.", "2025-10-11"),
    "en Tuesday": ("The mayor of Tehran met the Russian ambassador on Tuesday.", "2025-10-14"),
}


@pytest.mark.parametrize("text,iso", list(ANCHORED.values()), ids=list(ANCHORED))
def test_dates_anchored_to_the_publication_date(text, iso):
    assert event_date(text) == iso


def test_a_day_of_last_year_when_the_article_is_early_in_the_new_year():
    # published 10 Farvardin 1404; "25 Esfand" is three weeks earlier, in 1403
    assert event_date("شهردار مشهد روز ۲۵ اسفند با سفیر عراق دیدار کرد.", "1404/01/10") == "2025-03-15"


def test_a_day_months_ahead_is_last_years_unless_the_sentence_is_about_the_future():
    said = "The mayor recalled what happened on March 10 in the old town."
    assert event_date(said, "2025-11-18") == "2025-03-10"
    assert event_date("The summit will be held on March 10 in Tehran.", "2025-11-18") == "2026-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "اجلاس شهرداران روز چهارشنبه در مسکو برگزار می‌شود.",
        "اجلاس شهرداران روز چهارشنبه در مسکو برگزار میشود.",  # ZWNJ lost
        "شهردار تهران روز چهارشنبه به مسکو سفر خواهد کرد.",
        "The mayors' conference will take place Wednesday at the city hall.",
    ],
)
def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one(text):
    assert event_date(text) == "2025-10-22"


def test_the_tense_is_read_in_the_clause_of_the_weekday():
    text = "The house will become a police station, the minister said on Tuesday."
    assert event_date(text) == "2025-10-14"


def test_a_stated_full_date_wins_over_words_in_the_same_sentence():
    text = "شهردار تهران عصر امروز دوشنبه ۱۴ مهرماه ۱۴۰۴ با سفیر روسیه دیدار کرد."
    assert event_date(text) == "2025-10-06"


def test_the_first_day_of_a_range():
    assert event_date("اجلاس شهرداران آسیایی از ۲۰ تا ۲۳ آبان ۱۴۰۴ در مشهد برگزار می‌شود.") == "2025-11-11"
    assert event_date("The forum runs 10-13 November 2025 in Tehran.") == "2025-11-10"


def test_the_date_of_the_event_sentence_comes_before_dates_of_the_lead():
    text = (
        "پیش از این در ۱۰ مهر ۱۴۰۴ گفت‌وگوهایی میان دو شهر انجام شده بود.\n"
        "شهردار تبریز و شهردار کازان روز سه‌شنبه تفاهم‌نامه همکاری امضا کردند."
    )
    assert event_date(text) == "2025-10-14"


def test_dushanbe_the_city_is_no_monday():
    text = "هیئتی از شهر دوشنبه پایتخت تاجیکستان به تهران آمد و با شهردار تهران دیدار کرد."
    assert event_date(text) is None


def test_the_publication_line_is_not_the_event_date():
    text = "تاریخ انتشار: ۲۵ مهر ۱۴۰۴\nشهردار تهران با سفیر روسیه دیدار کرد."
    record = process_item(NewsItem(id="x", text=text))
    assert record.published == "2025-10-17"
    assert record.event_date is None


def test_a_full_date_years_away_from_publication_is_background():
    text = "The mayor of Tehran, pictured on Monday, Nov. 13, 2017, met the Russian ambassador."
    assert event_date(text, "2025-10-17") is None


def test_without_a_publication_date_only_a_full_date_is_given():
    assert event_date("شهردار تهران دیروز با سفیر روسیه دیدار کرد.", None) is None
    assert event_date("شهردار تهران روز ۲۲ مهر با سفیر روسیه دیدار کرد.", None) is None
    assert event_date("شهردار تهران روز ۲۲ مهر ۱۴۰۴ با سفیر روسیه دیدار کرد.", None) == "2025-10-14"


def test_a_date_in_the_title():
    assert (
        event_date("متن خبر بدون تاریخ.", title="دیدار شهردار تهران با سفیر روسیه در روز ۲۲ مهر")
        == "2025-10-14"
    )


PAGE_MENUS = "صفحه اصلی\nاخبار\nسیاسی\nاقتصادی\nبین‌الملل\nکد خبر: ۴۴۵۵۶۶\nتاریخ انتشار: ۲۵ مهر ۱۴۰۴ - ۱۰:۲۰\n"


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "سفر شهردار قزوین به باتومی\nشهردار قزوین در رأس هیئتی به گرجستان سفر کرد.\nخبرگزاری ما:\n"
            "شهردار قزوین در حاشیه این سفر صبح امروز با شهردار باتومی دیدار و گفت‌وگو کرد.",
            "2025-10-17",
        ),
        (
            "Tabriz hosts heritage seminar\nHome > News\nThe seminar on historic bazaars opened in Tabriz, the "
            "municipality said in a statement.\nIt was attended by experts from Turkey and Italy on Tuesday.",
            "2025-10-14",
        ),
    ],
    ids=["fa-date-below-the-menus", "en-date-in-the-second-sentence"],
)
def test_the_date_is_looked_for_in_the_lead_below_a_pages_menus(story, expected):
    """The lead starts below the page's menus and date lines: its sentences are where the date is."""
    assert event_date(PAGE_MENUS + story) == expected


def test_the_weekday_of_the_pages_date_line_is_not_the_events():
    # the date line's weekday (Friday) names the publication; the event is Wednesday's
    text = "جمعه ۲۵ مهر ۱۴۰۴ / ۱۰:۱۵\n\nدیدار در زنجان\n\nبه گزارش ایسنا، شهردار زنجان روز چهارشنبه با سفیر ارمنستان دیدار کرد."
    assert event_date(text, published=None) == "2025-10-15"
    text = "Friday, 17 October 2025 9:40 AM\n\nZanjan mayor meets envoy\n\nThe mayor of Zanjan met the envoy of Armenia on Wednesday."
    assert event_date(text, published=None) == "2025-10-15"


def test_an_agencys_dateline_in_the_body_is_the_publication_not_the_event():
    text = (
        "Mehr News Agency\nOct 17, 2025, 9:00 AM\n\nZanjan, Yerevan hold online talks\n\n"
        "ZANJAN, Oct. 17 (MNA) – Officials of Zanjan and Yerevan held an online meeting on Wednesday."
    )
    assert event_date(text, published=None) == "2025-10-15"


def test_a_labelled_date_line_with_its_weekday_is_the_publication_not_the_event():
    # "تاریخ انتشار: جمعه ..." is the page's stamp: the meeting was the day before it
    text = "تاریخ انتشار: جمعه ۲۵ مهر ۱۴۰۴ - ۱۰:۲۰\nدیدار در زنجان\nشهردار زنجان روز گذشته با سفیر ارمنستان دیدار کرد."
    record = process_item(NewsItem(id="x", text=text))
    assert record.published == "2025-10-17"
    assert record.event_date == "2025-10-16"


def test_the_weekday_before_a_slash_of_the_date_line_is_the_dates():
    # "شنبه / ۲۶ مهر ۱۴۰۴": the weekday names the page's date, the visit is the day before
    text = "ایسنا / زنجان\nشنبه / ۲۶ مهر ۱۴۰۴\nدیدار در زنجان\nشهردار زنجان دیروز با سفیر ارمنستان دیدار کرد."
    record = process_item(NewsItem(id="x", text=text))
    assert record.published == "2025-10-18"
    assert record.event_date == "2025-10-17"


def test_a_line_of_dates_in_three_calendars_is_the_publication_not_the_event():
    line = "جمعه ۲۵ مهر ۱۴۰۴ - ۲۳ ربیع‌الثانی ۱۴۴۷ - ۱۷ اکتبر ۲۰۲۵\nشهری > بین‌الملل\n"
    assert event_date(line + "شهردار زنجان با سفیر پرو دیدار کرد.", published=None) is None
    assert event_date(line + "شهردار زنجان دیروز با سفیر پرو دیدار کرد.", published=None) == "2025-10-16"


def test_a_day_word_before_the_name_makes_it_monday_even_in_dushanbe():
    # the city and the weekday share a name: "روز دوشنبه" is the day, "شهر دوشنبه" the city
    text = "شهردار زنجان روز دوشنبه در سفر به دوشنبه با رئیس شهر دوشنبه دیدار کرد."
    assert event_date(text) == "2025-10-13"
    assert event_date("هیئتی از شهر دوشنبه صبح دوشنبه به زنجان رسید.") == "2025-10-13"


@pytest.mark.parametrize(
    "text,iso",
    [
        # the day a work ends is a deadline: the visit of the sentence after it is today's
        (
            "ساخت پل عابر زنجان تا ۲۰ آبان به پایان می‌رسد.\nشهردار امروز از این پروژه بازدید کرد.",
            "2025-10-17",
        ),
        ("هفته فرهنگی زنجان در کوسکو گشایش یافت و تا یکشنبه آینده ادامه دارد.", None),
        ("The Zanjan crafts week opened in Cusco and runs until Sunday.", None),
        # the end of a range of days is still read as the range
        ("هفته فرهنگی زنجان از ۲۰ تا ۲۳ آبان در کوسکو برگزار می‌شود.", "2025-11-11"),
    ],
)
def test_a_day_something_lasts_until_is_no_event_date(text, iso):
    assert event_date(text) == iso


def test_today_of_the_statement_gives_way_to_the_events_weekday():
    # the award was received on Tuesday; "today" dates the statement that tells it
    text = "The prize was received by the mayor of Zanjan in Cusco on Tuesday, the city said in a statement today."
    assert event_date(text) == "2025-10-14"
    # with no other day in the sentence, the statement's day is still the best one
    assert event_date("The mayor of Zanjan won the prize, the city said today.") == "2025-10-17"


def test_a_stamp_with_a_clock_time_is_the_publication_not_the_event():
    # "Oct 17, 2025, 09:15 AM | ..." and "... / 09:15 / ...": the page's stamp; the talks were on Wednesday
    for stamp in ("Oct 17, 2025, 09:15 AM | Item 4411", "جمعه ۲۵ مهر ۱۴۰۴ / ۰۹:۱۵ / شماره: ۴۴۱۱"):
        text = (
            stamp
            + "\nZanjan and Cusco talk trade\nThe mayors of Zanjan and Cusco held talks on Wednesday in Zanjan."
        )
        record = process_item(NewsItem(id="x", text=text))
        assert record.published == "2025-10-17"
        assert record.event_date == "2025-10-15"


@pytest.mark.parametrize(
    "dateline",
    [
        "Zanjan, ZNA – Oct 17, 2025 – ",  # the agency before the date
        "ZANJAN, 17.10.2025 /ZNA/. ",  # the agency after it, between slashes
    ],
)
def test_an_agency_dateline_is_the_publication_and_the_event_its_day_before(dateline):
    text = (
        "Zanjan news\nZanjan and Cusco sign plan\n"
        + dateline
        + "The mayor of Zanjan met a Cusco delegation yesterday."
    )
    record = process_item(NewsItem(id="x", text=text))
    assert record.published == "2025-10-17"
    assert record.event_date == "2025-10-16"


def test_today_the_source_told_the_agency_gives_way_to_the_days_of_the_quote():
    # "امروز به ... گفت": the day of the interview; the talks of the quote were the day before
    text = "مدیر روابط بین‌الملل شهرداری زنجان امروز به خبرنگار ما گفت: گفت‌وگوی ما با شهردار کوسکو دیروز انجام شد."
    assert event_date(text) == "2025-10-16"
    text = "شهردار زنجان امروز در گفت‌وگو با خبرنگاران از سفر شب گذشته هیئت کوسکو خبر داد."
    assert event_date(text) == "2025-10-16"
    # with no other day in the sentence, the interview's day is still the best one
    assert event_date("شهردار زنجان امروز به خبرنگار ما گفت: با کوسکو تفاهم‌نامه امضا شد.") == "2025-10-17"


def test_a_relative_day_in_a_quote_counts_from_the_day_the_source_spoke():
    # the interview was on 20 Mehr (12 October); the talks it tells of, "the day before", on 11 October
    text = (
        "شهردار زنجان روز ۲۰ مهر ۱۴۰۴ در گفت‌وگو با خبرنگاران گفت: نشست با شهردار کوسکو روز گذشته برگزار شد."
    )
    assert event_date(text) == "2025-10-11"
    # a date with no relative day after it is the event's own
    assert event_date("شهردار زنجان روز ۲۰ مهر ۱۴۰۴ با شهردار کوسکو دیدار کرد.") == "2025-10-12"


def test_a_weekday_name_as_the_place_of_an_agency_dateline_is_the_city():
    # "دوشنبه- ..." opening the story with the agency between dashes is the city of Dushanbe
    text = "دوشنبه- خبرگزاری پامیر- شهردار زنجان با رئیس شهر دوشنبه دیدار کرد.\nاین دیدار دیروز برگزار شد."
    assert event_date(text) == "2025-10-16"
    # a weekday opening a sentence with no dashes after it is still the day
    assert event_date("دوشنبه شهردار زنجان با سفیر پرو دیدار کرد.") == "2025-10-13"
