"""Passing mentions on a page are no partners: menus, datelines, the list of other stories, footers.
Every example is invented."""

import pytest

from citydiplomacy.newsengine import NewsItem, process_item
from citydiplomacy.newsengine.partners import other_news_start
from citydiplomacy.newsengine.topics import topics

LEAD_FA = "شهردار اراک با سفیر شیلی در محل شهرداری دیدار کرد و دو طرف درباره همکاری‌های فرهنگی گفت‌وگو کردند."
LEAD_EN = "The mayor of Arak met the ambassador of Chile, Carlos Mendoza, to discuss cultural exchanges and tourism."


def record(text):
    return process_item(NewsItem(id="x", text=text))


@pytest.mark.parametrize(
    "text",
    [
        # the list of other stories after its heading, in both languages
        LEAD_FA + "\nاخبار مرتبط\nسفر شهردار استانبول به باکو برای امضای تفاهم‌نامه همکاری با شهرداری باکو",
        LEAD_FA + "\nخبرهای مرتبط:\nبرگزاری نمایشگاه گردشگری در شهر دوحه قطر با حضور هیئت‌های منطقه",
        LEAD_FA + "\nپربازدیدترین‌ها\nدیدار شهردار استانبول با شهردار باکو در حاشیه اجلاس",
        LEAD_EN
        + "\nRelated stories:\nMayor of Istanbul visits Baku to sign a cooperation agreement with the city",
        LEAD_EN + "\nMost read\nDoha hosts a regional tourism fair with delegations from Oman and Bahrain",
        # a link line to another story
        LEAD_EN + "\nRead more: Mayor of Istanbul visits Baku to sign a cooperation agreement with the city",
        LEAD_FA + "\nبیشتر بخوانید: سفر شهردار استانبول به باکو برای امضای تفاهم‌نامه همکاری",
        LEAD_EN + "\nRelated news: Istanbul metro extension opens | Baku hosts a regional tourism fair",
        LEAD_FA + "\nاخبار مرتبط: افتتاح خط جدید مترو استانبول | برگزاری نمایشگاه گردشگری در باکو",
        # a menu line of bars or bullets
        LEAD_EN + "\nOur offices: London | Dubai | Istanbul | New York | Baku\nContact us",
        "Home • World • Istanbul • Baku • Doha • Sport\n" + LEAD_EN,
        # a dateline: the agency's seat
        "ISTANBUL, March 3 (Anadolu) - " + LEAD_EN,
        "به گزارش خبرگزاری آناتولی از استانبول، " + LEAD_FA,
    ],
)
def test_passing_mentions_on_a_page_are_no_partners(text):
    r = record(text)
    assert not {"Istanbul", "Baku", "Doha", "London", "Dubai", "New York"} & set(r.cities)
    assert not {"Turkey", "Azerbaijan", "Qatar", "Oman", "Bahrain"} & set(r.countries)
    assert "Chile" in r.countries


def test_the_other_stories_people_and_topics_are_not_the_storys():
    text = (
        LEAD_EN
        + "\nRelated stories\nMayor of Istanbul Ekrem Aydin opens a new metro line and a football stadium"
    )
    r = record(text)
    assert [p["name"] for p in r.people] == ["Carlos Mendoza"]
    assert not {"transport", "sport"} & set(topics(text))


def test_a_heading_before_the_story_does_not_cut_it():
    text = "Related\nNews\n" + LEAD_EN + " The mayor of Lipetsk also joined the talks on a sister city link."
    assert other_news_start(text) == len(text)
    assert "Lipetsk" in record(text).cities


def test_a_dateline_city_in_the_storys_own_sentence_counts():
    r = record(
        "The mayor of Arak flew to ISTANBUL, where he met the mayor of Istanbul on a sister city link."
    )
    assert "Istanbul" in r.cities


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Zanjan, who flew to Lima via Istanbul, met the mayor of Lima about a twinning plan.",
        "شهردار زنجان که از طریق استانبول به لیما سفر کرده بود با شهردار لیما دیدار کرد.",
        "شهردار زنجان با توقف در استانبول به لیما رفت و با شهردار لیما دیدار کرد.",
    ],
)
def test_a_city_passed_through_on_the_way_is_no_partner(text):
    r = record(text)
    assert r.cities == ["Lima"] and "Turkey" not in r.countries


@pytest.mark.parametrize(
    "text,city",
    [
        (
            "The mayor of Zanjan met the mayor of Lima. Ana Ruiz, Consul General of Peru in Istanbul, also attended.",
            "Istanbul",
        ),
        (
            "The mayor of Zanjan met the mayor of Lima; the Peruvian ambassador to Ankara joined them.",
            "Ankara",
        ),
        ("شهردار زنجان با شهردار لیما دیدار کرد و سرکنسول پرو در استانبول نیز حضور داشت.", "Istanbul"),
        ("شهردار زنجان با شهردار لیما دیدار کرد و سفیر کره جنوبی در آنکارا نیز حضور داشت.", "Ankara"),
    ],
)
def test_a_diplomats_post_is_no_partner(text, city):
    r = record(text)
    assert city not in r.cities and "Lima" in r.cities


def test_a_diplomats_post_named_again_as_a_partner_counts():
    r = record(
        "The mayor of Zanjan met the ambassador of Turkey in Zanjan and then met the mayor of Istanbul."
    )
    assert r.cities == ["Istanbul"]
