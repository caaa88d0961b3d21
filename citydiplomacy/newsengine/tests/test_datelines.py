"""Lines above the lead: a dateline is no headline; a weekday's name one goes to is a city."""

from citydiplomacy.newsengine import NewsItem, process_item
from citydiplomacy.newsengine.classify import _is_dateline
from citydiplomacy.newsengine.normalize import normalize_text

# 1404/07/25 is Friday 17 October 2025
FRIDAY = "1404/07/25"


def test_a_place_date_and_agency_line_is_a_dateline():
    assert _is_dateline("Graz, May 4, 2026, APA")
    assert _is_dateline(normalize_text("۲۰ مهر ۱۴۰۴ / خراسان رضوی"))


def test_a_headline_with_a_weekday_or_more_words_is_no_dateline():
    assert not _is_dateline("Graz joins the Metropolis board")
    assert not _is_dateline("شهردار یزد: هفته آینده به دوشنبه می‌رویم")
    assert not _is_dateline("Graz and Yazd sign a culture pact on May 4, 2026 in Yazd")


def test_the_headline_above_a_dateline_decides_the_event():
    text = (
        "Graz joins the Metropolis board\n"
        "Graz, May 4, 2026, APA\n"
        "The city of Graz has been elected a member of the board of Metropolis, the city hall said.\n"
    )
    rec = process_item(NewsItem(id="x", text=text))
    assert rec.event_type == "membership"


def test_going_to_dushanbe_is_no_monday():
    text = "شهردار یزد گفت: هفته آینده به دوشنبه می‌رویم و با شهردار آن شهر دیدار می‌کنیم."
    rec = process_item(NewsItem(id="x", text=text, published=FRIDAY))
    assert rec.event_date is None
