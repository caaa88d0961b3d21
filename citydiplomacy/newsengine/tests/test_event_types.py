"""The event type of whole stories, through the public pipeline, on invented examples.

Each example is a title and a short lead written for this test in the style of Iranian municipal
news agencies and of English city press (no sentence of the evaluation files). They cover every
event type and the confusions the engine is known to make: who moves where (our officials abroad vs
guests at home), an event attended vs hosted vs a meeting with no travel, an agreement signed in
the story vs only recalled, planned or discussed, membership, online meetings, statements and
reports.
"""

import pytest

from citydiplomacy.newsengine import NewsItem, process_item

from .event_stories import STORIES


def _case(s):
    if hasattr(s, "marks"):  # a pytest.param with marks
        return pytest.param(*s.values[1:], id=s.values[0], marks=s.marks)
    return pytest.param(*s[1:], id=s[0])


@pytest.mark.parametrize(("title", "lead", "expected"), [_case(s) for s in STORIES])
def test_event_type_of_an_invented_story(title, lead, expected):
    r = process_item(NewsItem(id="x", text=title + "\n" + lead))
    assert r.error is None
    assert r.event_type == expected, (r.event_type, r.evidence)
    if expected not in ("other",):
        assert r.evidence  # every decision keeps its evidence sentence


# A page as a search index stores it: menus before the story, other stories' titles after it. The
# other stories (a signing, a trip, an ambassador) must not decide this story's type.
FA_MENU = (
    "صفحه اصلی\nاخبار\nسیاسی\nاقتصادی\nبین‌الملل\nعکس\nمصاحبه\nگزارش\nکد خبر: 123456\n1402/05/12 - 10:30\n"
)
FA_RELATED = (
    "\nاخبار مرتبط\nامضای تفاهم‌نامه همکاری میان شهرداری‌های دو کشور\nسفر هیئت اقتصادی استان به ترکیه\n"
    "برگزاری همایش بین‌المللی گردشگری در کیش\nدیدار سفیر چین با استاندار\nنظرات\n"
)
EN_MENU = "Home\nNews\nPolitics\nEconomy\nInterview\nReports\nOpinion\nPhotos\n"
EN_RELATED = (
    "\nRelated news\nMayors sign memorandum on urban transport\nProvincial delegation visits Istanbul trade "
    "fair\nForeign minister meets Chinese ambassador\nComments\n"
)


def _in_a_page(s):
    sid, title, lead, expected = s.values if hasattr(s, "marks") else s
    fa = any("\u0600" <= c <= "\u06ff" for c in title)
    text = (FA_MENU if fa else EN_MENU) + title + "\n" + lead + (FA_RELATED if fa else EN_RELATED)
    return pytest.param(text, expected, id=sid, marks=getattr(s, "marks", ()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [_in_a_page(s) for s in STORIES if (s.values if hasattr(s, "marks") else s)[3] != "other"],
)
def test_event_type_of_an_invented_story_in_a_page(text, expected):
    r = process_item(NewsItem(id="x", text=text))
    assert r.event_type == expected, (r.event_type, r.evidence)


def test_an_envoy_in_the_list_of_other_stories_makes_no_domestic_story_international():
    # a city's own works, and below the story the page's list of other stories with an ambassador in it
    text = (
        "شهرداری کرمان\nپل روگذر میدان آزادی کرمان افتتاح شد\n"
        "پل روگذر میدان آزادی با حضور شهردار کرمان و اعضای شورای اسلامی شهر امروز به بهره‌برداری رسید.\n"
        "معاون فنی شهرداری کرمان گفت: این پل بار ترافیکی خیابان شریعتی را تا نیمی کم می‌کند.\n"
        "اخبار مرتبط\n- دیدار سفیر بلغارستان با استاندار\n- آغاز لایروبی قنات‌های شهر\n"
    )
    r = process_item(NewsItem(id="x", text=text))
    assert (r.is_city_diplomacy, r.event_type) == (False, "other")
