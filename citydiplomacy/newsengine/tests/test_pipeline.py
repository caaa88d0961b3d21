from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citydiplomacy.newsengine import NewsItem, process_item, process_many
from citydiplomacy.newsengine.htmltext import extract

PAGE = """<html lang="fa"><head><title>دیدار شهردار</title>
<meta property="article:published_time" content="2025-10-16T10:00:00Z"></head><body>
<nav><a href="/">خانه</a><a href="/a">اخبار</a></nav>
<div class="content"><h1>دیدار شهردار تهران با سفیر ترکیه</h1>
<p>شهردار تهران در دیدار با سفیر ترکیه در تهران بر گسترش همکاری‌های شهری در حوزه حمل و نقل عمومی تأکید کرد.</p>
<p>در این دیدار دو طرف درباره تفاهم‌نامه خواهرخواندگی تهران و استانبول گفت‌وگو کردند و قرار شد کمیته مشترک تشکیل شود.</p>
</div>
<div class="related-news"><ul><li><a href="/x">خبر مرتبط یک درباره چیز دیگری که طولانی است</a></li></ul></div>
<footer>کلیه حقوق محفوظ است</footer></body></html>"""


def test_html_main_text_keeps_zwnj_and_drops_boilerplate():
    page = extract(PAGE)
    assert "همکاری‌های" in page.text
    assert "خبر مرتبط" not in page.text and "حقوق محفوظ" not in page.text
    assert page.lang == "fa"


def test_record_fields():
    r = process_item(NewsItem(id="1", html=PAGE.encode("utf-8")))
    assert r.error is None
    assert r.published == "2025-10-16"
    assert r.home_city == "Tehran"
    assert "Turkey" in r.countries and "Iran" in r.countries
    assert "Istanbul" in r.cities
    assert r.is_city_diplomacy
    assert "transport" in r.topics
    assert r.surface_forms["Tehran"] == ["تهران"]


def test_windows_1256_page():
    data = PAGE.replace("<head>", '<head><meta charset="windows-1256">').encode("cp1256", errors="replace")
    r = process_item(NewsItem(id="w", html=data))
    assert r.error is None and r.home_city == "Tehran"


def test_bad_inputs_give_records_and_the_batch_continues():
    items = [
        NewsItem(id="empty", html=b""),
        NewsItem(id="junk", html=bytes(range(256)) * 50),
        NewsItem(
            id="malformed", html=b"<html><body><p>Mayor of Tehran met <b>the mayor of Moscow<div></table>"
        ),
        NewsItem(id="none"),
        NewsItem(id="ok", text="شهردار تهران با سفیر روسیه دیدار کرد."),
    ]
    recs = process_many(items)
    assert [r.id for r in recs] == ["empty", "junk", "malformed", "none", "ok"]
    assert recs[1].error and "binary" in recs[1].error
    assert recs[2].error is None and recs[2].home_city == "Tehran"
    assert recs[4].error is None and recs[4].is_city_diplomacy


def test_a_50_mb_page():
    para = "<p>" + "شهرداری تهران و شهرداری مسکو همکاری می‌کنند. " * 40 + "</p>\n"
    html = (
        "<html><body><div class='content'>"
        + para * (50 * 1024 * 1024 // len(para.encode()))
        + "</div></body></html>"
    ).encode()
    assert len(html) > 49 * 1024 * 1024
    r = process_item(NewsItem(id="big", html=html))
    assert r.error is None or "too large" in r.error


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000)))
def test_any_input_gives_a_record(data):
    item = NewsItem(id="h", html=data) if isinstance(data, bytes) else NewsItem(id="h", text=data)
    r = process_item(item)
    assert r.id == "h"
    assert r.event_type in {
        "outbound_visit",
        "inbound_visit",
        "agreement",
        "membership",
        "event_hosted",
        "event_attended",
        "meeting",
        "virtual_meeting",
        "statement_or_report",
        "other",
    }
    assert r.error is None or isinstance(r.error, str)


def test_people_transliterated_names_after_a_cue_before_a_role():
    from citydiplomacy.newsengine import NewsItem, process_item

    r = process_item(
        NewsItem(id="p1", text="شهردار شیراز با ایگور سمیونوف، سرکنسول روسیه در شیراز دیدار کرد.")
    )
    assert "ایگور سمیونوف" in {p["name"] for p in r.people}


def test_people_apposition_after_role_and_place():
    from citydiplomacy.newsengine import NewsItem, process_item

    r = process_item(NewsItem(id="p2", text="سفیر بلاروس در تهران، پاول لبدف، با شهردار تهران دیدار کرد."))
    assert {p["name"] for p in r.people} == {"پاول لبدف"}


def test_people_no_phrase_before_a_role_is_a_name():
    from citydiplomacy.newsengine import NewsItem, process_item

    r = process_item(NewsItem(id="p3", text="مجمع با ارسال نامه‌ای شهردار سمنان را دعوت کرد."))
    assert r.people == []


def test_people_english_splits_places_and_drops_institutions():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = (
        "Deputy Mayor of Minsk Lukas Brandt met Almaty Mayor Olena Petrenko. The tour ends at "
        "the White House, said President Tomas Varga from Cedar Hills."
    )
    names = {p["name"] for p in process_item(NewsItem(id="p4", text=text)).people}
    assert names == {"Lukas Brandt", "Olena Petrenko", "Tomas Varga"}


def test_cities_listed_in_a_sister_city_sentence_are_kept():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = (
        "شهردار یزد با سفیر آلمان دیدار کرد. شهرداری یزد خواهرخواندگی با شهرهای "
        "مونیخ، هامبورگ، کازان و باکو را پیگیری می‌کند."
    )
    r = process_item(NewsItem(id="l1", text=text))
    assert {"Hamburg", "Kazan", "Baku"} <= set(r.cities)


def test_cities_listed_outside_a_cooperation_sentence_are_dropped():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = "شهردار یزد با سفیر آلمان دیدار کرد. پروازهای هامبورگ، کازان و باکو لغو شد."
    r = process_item(NewsItem(id="l2", text=text))
    assert not {"Hamburg", "Kazan", "Baku"} & set(r.cities)


def test_persian_story_home_is_the_iranian_municipality():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = (
        "سفیر ایران در اسپانیا هنگام ملاقات با شهردار والنسیا، همکاری والنسیا و کرمان را "
        "پیشنهاد کرد. شهردار والنسیا آن را پذیرفت. شهردار کرمان گفت: این همکاری سودمند است."
    )
    r = process_item(NewsItem(id="h1", text=text))
    assert r.home_city == "Kerman"


def test_foreign_ambassador_coming_to_a_city_is_an_inbound_visit_but_meeting_in_the_capital_is_a_meeting():
    """Embassies sit in the capital: an ambassador meeting the capital's mayor shows no travel (a meeting, as a
    consul's meeting in the consulate's city); the same ambassador received in another city has come there."""
    from citydiplomacy.newsengine import NewsItem, process_item

    capital = "سفیر سوئد در تهران با شهردار تهران ملاقات کرد و از همکاری شهری سخن گفت."
    assert process_item(NewsItem(id="e1", text=capital)).event_type == "meeting"
    english = "Sweden's ambassador to Iran met the Mayor of Tehran at City Hall to discuss urban cooperation."
    assert process_item(NewsItem(id="e1b", text=english)).event_type == "meeting"
    elsewhere = "سفیر سوئد در تهران در سفر به شیراز با شهردار شیراز ملاقات کرد و از همکاری شهری سخن گفت."
    assert process_item(NewsItem(id="e1c", text=elsewhere)).event_type == "inbound_visit"
    consul = "سرکنسول ترکیه در تبریز با شهردار تبریز دیدار و درباره همکاری‌های شهری گفت‌وگو کرد."
    assert process_item(NewsItem(id="e1d", text=consul)).event_type == "meeting"


def test_a_visitor_named_only_in_reported_words_has_not_come():
    from citydiplomacy.newsengine.gazetteer import default_gazetteer
    from citydiplomacy.newsengine.signals import Sentence, Side, foreign_visitor

    gaz = default_gazetteer()
    said = (
        "سرکنسول ارمنستان در دیدار با شهردار تبریز اظهار داشت: نشست مشترک با حضور وزیر اقتصاد ارمنستان "
        "در ایروان برگزار خواهد شد."
    )
    s = Sentence.of(said, gaz.find(said), 1.0)
    assert foreign_visitor(s, Side("Tabriz", "IR")) == 0.0
    came = "وزیر اقتصاد ارمنستان در دیدار با شهردار تبریز گفت: همکاری دو شهر گسترش می‌یابد."
    s = Sentence.of(came, gaz.find(came), 1.0)
    assert foreign_visitor(s, Side("Tabriz", "IR")) > 0


def test_iranian_ambassador_abroad_is_not_an_inbound_visit():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = "سفیر ایران در اتریش با شهردار وین دیدار کرد و شهردار تهران از این دیدار استقبال کرد."
    assert process_item(NewsItem(id="e2", text=text)).event_type != "inbound_visit"


def test_mayor_speaking_at_a_session_is_a_statement():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = (
        "شهردار کرمان در همایش مدیریت شهری گفت: همکاری با شهرهای خواهرخوانده مانند کازان "
        "و آلماتی ادامه می‌یابد. سفیر قزاقستان هم در این همایش بود."
    )
    assert process_item(NewsItem(id="e3", text=text)).event_type == "statement_or_report"


def test_people_after_mr_or_mrs_without_a_role():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = "شهردار تبریز با هیئت آلمانی دیدار کرد. آقای هوفمان گفت: همکاری ادامه دارد."
    names = {p["name"] for p in process_item(NewsItem(id="p5", text=text)).people}
    assert "هوفمان" in names


def test_delegation_from_a_foreign_city_arriving_is_an_inbound_visit():
    from citydiplomacy.newsengine import NewsItem, process_item

    text = "هیئتی از شهر کازان به سرپرستی معاون شهردار کازان وارد شیراز شد و با شهردار شیراز دیدار کرد."
    r = process_item(NewsItem(id="e4", text=text))
    assert (r.home_city, r.event_type) == ("Shiraz", "inbound_visit")


def test_countries_of_listed_participants_are_kept():
    text = (
        "شهرداری یزد میزبان همایش گردشگری شهری بود.\n"
        "در این همایش سفیران شیلی، کوبا، ژاپن و مغولستان حضور داشتند."
    )
    r = process_item(NewsItem(id="l3", text=text))
    assert {"Chile", "Cuba", "Japan", "Mongolia"} <= set(r.countries)


def test_countries_listed_as_mere_facts_are_dropped():
    text = "شهردار یزد با سفیر آلمان دیدار کرد. صادرات به شیلی، کوبا، ژاپن و مغولستان کم شد."
    r = process_item(NewsItem(id="l4", text=text))
    assert not {"Chile", "Cuba", "Japan"} & set(r.countries)


def test_a_list_of_members_separated_by_semicolons_is_a_list():
    text = (
        "The mayor of Graz met the mayor of Almaty to discuss trams.\n"
        "The network's members include Lyon, France; Porto, Portugal; Turin, Italy; and Seville, Spain."
    )
    r = process_item(NewsItem(id="l5", text=text))
    assert "Almaty" in r.cities
    assert not {"Lyon", "Porto", "Turin", "Seville"} & set(r.cities)


def test_a_predicate_before_a_role_line_is_no_name():
    text = "یزد شهری برای گفت‌وگو با جهان و دریاست\n\nرئیس اداره گردشگری یزد از تاریخ این شهر سخن گفت."
    assert process_item(NewsItem(id="p6", text=text)).people == []


def test_a_citys_own_site_reports_its_own_diplomacy():
    from citydiplomacy.newsengine.classify import site_of

    assert site_of("https://en-2019.yazd.ir/news/1") == "yazd"
    assert site_of("https://www.example-news.com/a") == "example-news"
    text = (
        "A letter of Kazan's mayor reached the mayor of Yazd.\n"
        "The mayor of Kazan wrote to the mayor of Yazd about tram lines; Kazan's mayor expects a reply."
    )
    assert process_item(NewsItem(id="u1", text=text, url="https://en.yazd.ir/n/5")).home_city == "Yazd"
    assert process_item(NewsItem(id="u2", text=text, url="https://news.example.com/n/5")).home_city == "Kazan"


def test_a_surname_alone_before_its_role_in_apposition_is_a_person():
    text = "The delegation of Almaty met the mayor of Graz.\nKeller, Graz mayor, said the parks plan goes on."
    names = {p["name"] for p in process_item(NewsItem(id="p7", text=text)).people}
    assert "Keller" in names
    text = "The delegation met the mayor.\nGraz, the mayor said, keeps its parks."
    assert "Graz" not in {p["name"] for p in process_item(NewsItem(id="p8", text=text)).people}


def test_a_readiness_offered_is_no_event_of_the_story():
    """'Ready to hold a festival in X' offers an event; the story is the meeting where it was offered."""
    from citydiplomacy.newsengine import NewsItem, process_item

    en = (
        "The Mayor of Kazan met the Consul General of Turkey in Kazan on Monday.\n"
        "The mayor said the city is ready to hold a Kazan culture week in Bursa next year."
    )
    assert process_item(NewsItem(id="r1", text=en)).event_type == "meeting"
    fa = (
        "شهردار شیراز با سرکنسول ترکیه در تبریز دیدار کرد.\n"
        "شهردار شیراز آمادگی شهرداری را برای برگزاری هفته فرهنگی شیراز در ازمیر اعلام کرد."
    )
    assert process_item(NewsItem(id="r2", text=fa)).event_type != "event_attended"


def test_a_report_on_the_trips_made_is_a_report_not_a_trip():
    from citydiplomacy.newsengine import NewsItem, process_item

    fa = (
        "جزئیات سفرهای خارجی مدیران شهرداری شیراز در پاییز منتشر شد.\n"
        "دو تن از مدیران شهرداری شیراز مهر ماه به مدت چهار روز به ارمنستان سفر کرده‌اند. "
        "در سفر دوم، معاون حمل و نقل شهرداری برای شرکت در نمایشگاه مترو به مالزی رفته است."
    )
    assert process_item(NewsItem(id="t1", text=fa)).event_type == "statement_or_report"
    en = (
        "Foreign trips of Isfahan municipality officials published\n"
        "The municipality of Isfahan published the foreign trips of its managers for the spring. "
        "Two deputies traveled to Armenia for four days, and the head of the metro company went to Malaysia."
    )
    assert process_item(NewsItem(id="t2", text=en)).event_type == "statement_or_report"
    one_trip = "شهردار شیراز برای دیدار با شهردار ایروان به ارمنستان سفر کرد و درباره همکاری‌ها گفت‌وگو کرد."
    assert process_item(NewsItem(id="t3", text=one_trip)).event_type == "outbound_visit"
