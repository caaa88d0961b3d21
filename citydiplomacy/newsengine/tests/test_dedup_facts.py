"""Story grouping by the facts of the event beyond its wording (kinds, people, partners, dates, outlets),
on small invented records; the wording and order properties are in ``test_dedup``."""

from citydiplomacy.newsengine import NewsItem, group_stories, process_many
from citydiplomacy.newsengine.dedup import same_event
from citydiplomacy.newsengine.storyfacts import (
    Facts,
    counterpart,
    facts,
)

from .test_dedup import rec


# -- signals of the event, beyond the wording -------------------------------------------------------------
def test_kinds_close_are_names_of_one_gathering_or_an_untold_kind():
    from citydiplomacy.newsengine.storyfacts import kinds_close

    visit, meeting = facts(rec("a", event_type="inbound_visit")), facts(rec("b", event_type="meeting"))
    hosted, attended = (
        facts(rec("c", event_type="event_hosted")),
        facts(rec("d", event_type="event_attended")),
    )
    signing, other = facts(rec("e", event_type="agreement")), facts(rec("f", event_type="other"))
    assert kinds_close(visit, meeting) and kinds_close(hosted, attended)
    assert kinds_close(other, signing) and kinds_close(signing, signing)
    assert not kinds_close(visit, signing)


def test_partners_overlap_when_one_report_names_one_more():
    from citydiplomacy.newsengine.storyfacts import counterparts_overlap

    two = facts(rec("a", cities=["Herat", "Kabul"], countries=["Afghanistan"]))
    one = facts(rec("b", cities=["Herat"], countries=["Afghanistan"]))
    none = facts(rec("c", cities=[], countries=["Afghanistan"]))
    many = facts(rec("d", cities=["Herat", "Kabul", "Kandahar"], countries=["Afghanistan"]))
    other = facts(rec("e", cities=["Kabul", "Kandahar"], countries=["Afghanistan"]))
    assert counterparts_overlap(two, one) and counterparts_overlap(one, none)
    assert not counterparts_overlap(none, many)  # a round-up names many partners
    assert not counterparts_overlap(one, other)


def test_ambassadors_of_two_countries_are_two_partners():
    from citydiplomacy.newsengine.storyfacts import partners_differ

    austria = facts(rec("a", cities=[], countries=["Iran", "Austria"]))
    japan = facts(rec("b", cities=[], countries=["Iran", "Japan"]))
    vienna = facts(rec("c", cities=["Vienna"], countries=["Iran", "Austria"]))
    assert partners_differ(austria, japan)
    assert not partners_differ(austria, vienna) and not partners_differ(japan, vienna)


def test_a_report_without_a_home_city_takes_the_others_home_it_names():
    from citydiplomacy.newsengine.storyfacts import with_home

    homed = facts(rec("a", home_city="Qom", cities=["Najaf"], countries=["Iran", "Iraq"]))
    both = facts(rec("b", home_city=None, cities=["Qom", "Najaf"], countries=["Iran", "Iraq"]))
    _, filled = with_home(homed, both)
    assert filled.home == "qom" and filled.counterparts == frozenset({"city:najaf"})
    assert filled.countries == frozenset({"iraq"})
    elsewhere = facts(rec("c", home_city=None, cities=["Najaf"], countries=["Iraq"]))
    assert with_home(homed, elsewhere)[1].home == ""


def test_a_template_sentence_with_other_dates_is_no_copy():
    from citydiplomacy.newsengine.dedup import _copied

    assert _copied(0.7, True) and _copied(0.7, None)
    assert not _copied(0.7, False)
    assert _copied(0.95, False)  # one text published again


def test_a_meeting_told_by_one_outlet_as_a_visit_is_one_event_on_the_same_days():
    # some wording in common, one home city and partner, two dates a day apart: close kinds are guesses
    a = Facts("en", "mashhad", "meeting", (_d("2024-08-18"),), frozenset({"city:karbala"}), frozenset(), ())
    b = Facts(
        "en", "mashhad", "outbound_visit", (_d("2024-08-19"),), frozenset({"city:karbala"}), frozenset(), ()
    )
    assert same_event(a, b, copy=0.02, words=0.22)
    assert not same_event(a, b, copy=0.02, words=0.16)  # what two reports of one city share anyway
    signing = Facts(
        "en", "mashhad", "agreement", (_d("2024-08-19"),), frozenset({"city:karbala"}), frozenset(), ()
    )
    assert not same_event(a, signing, copy=0.02, words=0.22)  # a visit and a signing: two news


def _d(text):
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_people_named_in_both_join_two_close_kinds_without_a_date():
    envoy = [{"name": "Viktor Samplov"}, {"name": "Behnam Example"}]
    visit = rec("a", lang="en", event_type="inbound_visit", people=envoy, cities=[], countries=["Belarus"])
    talks = rec("b", lang="en", event_type="meeting", people=envoy, cities=[], countries=["Belarus"])
    signing = rec("c", lang="en", event_type="agreement", people=envoy, cities=[], countries=["Belarus"])
    assert group_stories([visit, talks]) == [[0, 1]]
    assert group_stories([visit, signing]) == []
    # across languages one person suffices, with the same partners
    fa = rec("d", event_type="meeting", people=[{"name": "ویکتور سمپلوف"}], cities=[], countries=["Belarus"])
    assert group_stories([visit, fa]) == [[0, 1]]
    assert group_stories([signing, fa]) == []


def _board(lang, kind, day, cities, people=()):
    keys = frozenset(f"city:{c}" for c in cities) | {"org:uclg"}
    partners = tuple(sorted(counterpart("city", c) for c in cities)) + (counterpart("organization", "UCLG"),)
    named = tuple(p for p in (_person_of(n) for n in people) if p)
    return Facts(lang, "tabriz", kind, (_d(day),), keys, frozenset(), named, partners)


def _person_of(name):
    from citydiplomacy.newsengine.storyfacts import _person

    return _person(name)


GUESTS = ["bursa", "gaziantep", "erbil", "doha"]


def test_a_report_read_as_the_speeches_at_the_event_is_the_event():
    from citydiplomacy.newsengine.dedup import _speeches_at_the_event

    two = ["Behzad Kashefinia", "Selim Demirkan"]
    session = _board("en", "event_hosted", "2025-10-20", GUESTS, two)
    speeches = _board("en", "statement_or_report", "2025-10-21", GUESTS[:3], two)
    assert same_event(session, speeches, copy=0.01, words=0.1)
    assert _speeches_at_the_event(session, speeches, True)
    # one person in common: the mayor's words to the press, another story
    one = _board("en", "statement_or_report", "2025-10-21", GUESTS[:3], two[:1])
    assert not same_event(session, one, copy=0.01, words=0.1)
    # another week, or the round-up naming many more partners: other stories
    later = _board("en", "statement_or_report", "2025-11-04", GUESTS[:3], two)
    assert not same_event(session, later, copy=0.01, words=0.1)
    roundup = _board("en", "statement_or_report", "2025-10-21", [*GUESTS, "kazan", "izmir"], two)
    assert not same_event(
        _board("en", "meeting", "2025-10-21", ["bursa"], two), roundup, copy=0.01, words=0.1
    )
    # a membership is no action whose speeches are told
    joined = _board("en", "membership", "2025-10-20", GUESTS, two)
    assert not same_event(joined, speeches, copy=0.01, words=0.1)


def _forum(lang, kind, day, cities, people=()):
    partners = tuple(sorted(counterpart("city", c) for c in cities))
    named = tuple(p for p in (_person_of(n) for n in people) if p)
    return Facts(
        lang, "tabriz", kind, (_d(day),), frozenset(p[0] for p in partners), frozenset(), named, partners
    )


def test_each_outlet_quoting_its_own_speaker_at_a_gathering_of_several_guests_is_one_event():
    # the opening, read as the speeches made at it, and the next day's report quoting the council's
    # chairman: no person in common, but the same guest cities and some wording on the same days
    opening = _forum("fa", "statement_or_report", "2025-10-20", GUESTS[:3], ["Behzad Kashefinia"])
    closing = _forum("fa", "inbound_visit", "2025-10-21", GUESTS[:2], ["Parviz Example"])
    assert same_event(opening, closing, copy=0.01, words=0.22)
    assert same_event(closing, opening, copy=0.01, words=0.22)
    # what two reports of one city share anyway, one guest only, or another week: other stories
    assert not same_event(opening, closing, copy=0.01, words=0.15)
    one_guest = _forum("fa", "inbound_visit", "2025-10-21", GUESTS[:1], ["Parviz Example"])
    single = _forum("fa", "statement_or_report", "2025-10-20", GUESTS[:1], ["Behzad Kashefinia"])
    assert not same_event(single, one_guest, copy=0.01, words=0.22)
    later = _forum("fa", "inbound_visit", "2025-10-28", GUESTS[:2], ["Parviz Example"])
    assert not same_event(opening, later, copy=0.01, words=0.22)
    # a round-up naming many more partners: another story
    roundup = _forum("fa", "statement_or_report", "2025-10-21", [*GUESTS, "kazan", "izmir"], [])
    assert not same_event(closing, roundup, copy=0.01, words=0.22)


def test_the_guests_agency_and_the_hosts_portal_read_with_the_other_home_are_one_event():
    from citydiplomacy.newsengine.storyfacts import told_from

    # the hosts' portal: a visit received; the guests' agency, read as the speeches and with its own
    # city as home: each names the other's city, the same two officials, on the same day
    hosts = rec("h", lang="en", home_city="Kazan", cities=["Isfahan"], countries=["Russia", "Iran"],
                event_type="inbound_visit", people=[{"name": "Ilnur Example"}, {"name": "Reza Sample"}],
                published="2025-05-13")  # fmt: skip
    guests = rec("g", lang="en", home_city="Isfahan", cities=["Kazan"], countries=["Iran", "Russia"],
                 event_type="statement_or_report", published="2025-05-12",
                 people=[{"name": "Deputy Mayor Reza Sample"}, {"name": "Ilnur Example"}])  # fmt: skip
    h, g = facts(hosts), facts(guests)
    seen = told_from(h, g)
    assert seen.home == "kazan" and seen.counterparts == frozenset({"city:isfahan"})
    assert seen.countries == frozenset({"iran"})
    assert told_from(h, facts(rec("x", home_city="Kazan", cities=["Isfahan"]))).home == "kazan"
    assert same_event(h, g, copy=0.05, words=0.1) and same_event(g, h, copy=0.05, words=0.1)
    assert group_stories([hosts, guests]) == [[0, 1]]
    # one official in common, or a week apart: the agency's interview, another story
    one = rec("o", **{**_fields(guests), "people": [{"name": "Reza Sample"}]})
    assert not same_event(h, facts(one), copy=0.05, words=0.1)
    week = rec("w", **{**_fields(guests), "published": "2025-05-20"})
    assert not same_event(h, facts(week), copy=0.05, words=0.1)
    # a third city is no mirror
    third = rec("t", **{**_fields(guests), "home_city": "Shiraz"})
    assert not same_event(h, facts(third), copy=0.05, words=0.1)


def _fields(r):
    keep = ("lang", "home_city", "cities", "countries", "event_type", "people", "published")
    return {k: getattr(r, k) for k in keep}


# the same events as whole texts, with the facts as the engine may read them
FORUM_OPENING_FA = (
    "گشایش همایش شهرداران جاده ابریشم در مشهد\nمشهد - نخستین همایش شهرداران شهرهای جاده ابریشم صبح "
    "امروز در مشهد کار خود را آغاز کرد و شهرداران هرات، دوشنبه و عشق‌آباد در آن شرکت دارند. محمدرضا "
    "قلندرشریف شهردار مشهد در افتتاحیه گفت: خشکسالی، ترافیک و رشد حاشیه‌نشینی دغدغه مشترک شهرهای "
    "جاده ابریشم است و شهرها باید تجربه‌های خود را به اشتراک بگذارند. شهردار هرات نیز خواستار تشکیل "
    "کارگروه مشترک گردشگری زیارتی شد. همایش دو روزه است و بیانیه مشترک شهرها فردا منتشر می‌شود."
)
FORUM_CLOSING_FA = (
    "پایان همایش شهرداران جاده ابریشم در مشهد\nهمایش دو روزه شهرداران شهرهای جاده ابریشم که "
    "شهرداران هرات، دوشنبه و عشق‌آباد در آن حضور داشتند امروز با انتشار بیانیه مشترک در مشهد به "
    "پایان رسید. حسن مرادی‌پور رئیس شورای شهر مشهد گفت: مشهد آمادگی دارد دبیرخانه دائمی همایش شهرهای "
    "جاده ابریشم را میزبانی کند. به گفته وی شهرداران هرات و دوشنبه از تجربه مشهد در حمل و نقل زائران "
    "استقبال کردند و دور بعدی همایش سال آینده برگزار می‌شود."
)
GUESTS_AGENCY_EN = (
    "Shymkent officials in Tashkent to study the metro\nTASHKENT - Shymkent's Deputy Akim Nurlan "
    "Esembayev and a group of city engineers arrived in Tashkent on Wednesday for a look at the "
    "metro and at how the city renews its trams. Their host, Tashkent Deputy Khokim Bakhodir "
    'Rakhimov, walked them through the plans for the ring line. "We have the same climate and the '
    'same growing suburbs, so sharing what works is only sensible," Rakhimov told reporters. '
    "Esembayev said his city is drafting a light rail plan and would like its engineers trained in "
    "Tashkent."
)
HOSTS_PORTAL_EN = (
    "Tashkent receives Shymkent delegation\nDeputy Khokim Bakhodir Rakhimov received guests from "
    "the Shymkent akimat on 14 May. The talks covered underground construction, new trams and paid "
    "parking zones. Nurlan Esembayev, who led the visiting officials, praised the warm welcome and "
    "asked for a return visit of Tashkent experts. A working group on light rail will be formed by "
    "the end of the year."
)


def test_two_outlets_texts_of_one_forum_quoting_two_speakers_are_one_story():
    guests = ["Herat", "Dushanbe", "Ashgabat"]
    countries = ["Iran", "Afghanistan", "Tajikistan", "Turkmenistan"]
    opening = rec("o", text=FORUM_OPENING_FA, home_city="Mashhad", event_type="statement_or_report",
                  cities=guests, countries=countries, people=[{"name": "محمدرضا قلندرشریف"}],
                  published="2025-09-16")  # fmt: skip
    closing = rec("c", text=FORUM_CLOSING_FA, home_city="Mashhad", event_type="inbound_visit",
                  cities=guests[:2], countries=countries[:3], people=[{"name": "حسن مرادی‌پور"}],
                  published="2025-09-17")  # fmt: skip
    assert group_stories([opening, closing]) == [[0, 1]] == group_stories([closing, opening])
    week = rec("w", **{**_fields(closing), "text": FORUM_CLOSING_FA, "published": "2025-09-24"})
    assert group_stories([opening, week]) == []


def test_the_guests_agency_and_the_hosts_portal_texts_are_one_story():
    agency = rec("a", lang="en", text=GUESTS_AGENCY_EN, home_city="Shymkent", cities=["Tashkent"],
                 countries=["Kazakhstan", "Uzbekistan"], event_type="statement_or_report",
                 people=[{"name": "Deputy Akim Nurlan Esembayev"}, {"name": "Bakhodir Rakhimov"}],
                 published="2025-05-14")  # fmt: skip
    portal = rec("p", lang="en", text=HOSTS_PORTAL_EN, home_city="Tashkent", cities=["Shymkent"],
                 countries=["Uzbekistan", "Kazakhstan"], event_type="inbound_visit",
                 people=[{"name": "Bakhodir Rakhimov"}, {"name": "Nurlan Esembayev"}],
                 published="2025-05-15")  # fmt: skip
    assert group_stories([agency, portal]) == [[0, 1]] == group_stories([portal, agency])
    alone = rec(
        "x", **{**_fields(agency), "text": GUESTS_AGENCY_EN, "people": [{"name": "Bakhodir Rakhimov"}]}
    )
    assert group_stories([alone, portal]) == []


def test_a_short_item_naming_some_of_the_guests_is_the_fuller_report_across_languages():
    from citydiplomacy.newsengine.storyfacts import fewer_participants

    full = _board("en", "meeting", "2025-10-21", GUESTS, ["Behzad Kashefinia"])
    short = _board("fa", "event_hosted", "2025-10-20", ["bursa"])
    assert fewer_participants(full, short) and fewer_participants(short, full)
    assert same_event(full, short, copy=0.0, words=0.0)
    # a week later, a signing, or one partner only (the organization): other stories
    assert not same_event(full, _board("fa", "event_hosted", "2025-10-28", ["bursa"]), copy=0.0, words=0.0)
    assert not same_event(full, _board("fa", "agreement", "2025-10-20", ["bursa"]), copy=0.0, words=0.0)
    alone = _board("fa", "event_hosted", "2025-10-20", [])
    assert not fewer_participants(full, alone)
    assert not same_event(full, alone, copy=0.0, words=0.0)
    # a partner the fuller report does not name: not a part of it
    assert not fewer_participants(full, _board("fa", "event_hosted", "2025-10-20", ["bursa", "kazan"]))


def test_each_side_telling_its_own_city_travelled_is_a_visit_and_a_return_visit():
    from citydiplomacy.newsengine.storyfacts import opposite_trips

    def side(home, other, kind, day):
        dates = (_d(day),) if day else ()
        return Facts("en", home, kind, dates, frozenset({f"city:{other}"}), frozenset(), ())

    went = side("kazan", "isfahan", "outbound_visit", None)
    back = side("isfahan", "kazan", "outbound_visit", "2025-06-24")
    hosts = side("isfahan", "kazan", "inbound_visit", "2025-06-24")
    assert opposite_trips(went, back) and not opposite_trips(went, hosts)
    assert not same_event(went, back, copy=0.1, words=0.4)
    assert same_event(went, hosts, copy=0.1, words=0.4)
    # with dates in common, two received visits are one visit whose direction was misread on one side
    received = side("kazan", "isfahan", "inbound_visit", "2025-06-23")
    assert same_event(received, hosts, copy=0.1, words=0.1)
    # ... but two cities that each went to the other (a visit, a forum attended there) made two trips
    forum = side("kazan", "isfahan", "event_attended", "2025-06-23")
    assert not same_event(forum, back, copy=0.1, words=0.4)
    assert same_event(forum, hosts, copy=0.1, words=0.1)


# two press releases of one municipality's site on one day, about one foreign country: worded alike
# (the site's phrasing), two events
AMBASSADOR_FA = (
    "دیدار سفیر ترکیه با شهردار تهران\nبه گزارش روابط عمومی شهرداری تهران، سفیر ترکیه در تهران امروز با شهردار "
    "تهران دیدار کرد. در این دیدار که در ساختمان شهرداری برگزار شد، دو طرف درباره توسعه همکاری‌های شهری، برگزاری "
    "هفته فرهنگی ترکیه در تهران و تبادل تجربه در مدیریت بحران و زلزله گفت‌وگو کردند. شهردار تهران با اشاره به "
    "پیوندهای تاریخی دو ملت گفت: شهرداری تهران آماده است تجربه‌های خود را در زمینه مترو و مدیریت پسماند در اختیار "
    "شهرهای ترکیه قرار دهد. سفیر ترکیه نیز از میزبانی شهرداری تهران قدردانی کرد."
)
DELEGATION_FA = (
    "دیدار هیئت شهرداری استانبول با معاون شهردار تهران\nبه گزارش روابط عمومی شهرداری تهران، هیئتی از شهرداری "
    "استانبول به سرپرستی مدیرکل حمل و نقل این شهر امروز با معاون ترابری شهرداری تهران دیدار کرد و "
    "دو طرف در این نشست درباره توسعه همکاری‌های شهری در حمل و نقل عمومی، خطوط اتوبوس تندرو و سامانه‌های هوشمند "
    "کنترل ترافیک گفت‌وگو کردند. معاون شهردار تهران گفت: تهران و استانبول دو کلانشهر با مسائل مشابه هستند و "
    "تبادل تجربه میان آنها به نفع شهروندان است."
)


def test_an_outlets_second_page_in_one_language_is_another_event_unless_a_copy():
    from citydiplomacy.newsengine.storyfacts import one_outlet

    site = "https://www.tehran.example/fa/news/"

    def item(id, text, url):
        return NewsItem(id=id, text=text, url=url, published="2025-04-14")

    one_site = process_many([item("a", AMBASSADOR_FA, site + "1"), item("b", DELEGATION_FA, site + "2")])
    assert one_site[0].cluster is None and one_site[1].cluster is None
    # the same page published again on the site is one story
    again = process_many([item("a", AMBASSADOR_FA, site + "1"), item("c", AMBASSADOR_FA + " ", site + "3")])
    assert again[0].cluster is not None and again[0].cluster == again[1].cluster
    fa, en = facts(rec("x", url=site + "1")), facts(rec("y", url=site + "2"))
    assert one_outlet(fa, en) and fa.outlet == "tehran.example"
    assert not one_outlet(fa, facts(rec("z", lang="en", url=site + "2")))  # its page in another language
    assert not one_outlet(facts(rec("u")), facts(rec("v")))  # no URL: nothing is known


def test_two_kinds_of_event_two_days_apart_have_no_date_in_common():
    from citydiplomacy.newsengine.dedup import _dated_together

    def told(kind, day, lang="en"):
        return Facts(
            lang, "tabriz", kind, (_d(day),), frozenset({"city:baku"}), frozenset(), (), published=_d(day)
        )

    monday, wednesday = told("event_hosted", "2025-11-03"), told("agreement", "2025-11-05")
    assert _dated_together(monday, wednesday, 3) is None
    assert _dated_together(monday, told("agreement", "2025-11-04"), 3) is True  # a day late
    assert _dated_together(monday, told("event_hosted", "2025-11-06"), 3) is True  # the same kind, late
    assert _dated_together(monday, told("agreement", "2025-11-20"), 3) is False
    # across languages, where the facts alone decide: the signing a day later is the visit's signing
    assert not same_event(monday, told("agreement", "2025-11-05", "fa"), copy=0.0, words=0.0)
    assert same_event(monday, told("agreement", "2025-11-04", "fa"), copy=0.0, words=0.0)


def test_reports_naming_only_a_country_two_days_apart_are_dated_apart():
    from citydiplomacy.newsengine.dedup import _dated_together

    def told(day, lang="fa", cities=frozenset()):
        return Facts(
            lang, "tehran", "meeting", (_d(day),), cities, frozenset({"iraq"}), (), published=_d(day)
        )

    ambassador = told("2025-07-20")
    assert _dated_together(ambassador, told("2025-07-22", "en"), 3) is False  # the attaché, two days on
    assert _dated_together(ambassador, told("2025-07-21", "en"), 3) is True
    assert not same_event(ambassador, told("2025-07-22", "en"), copy=0.0, words=0.0)
    assert same_event(ambassador, told("2025-07-21", "en"), copy=0.0, words=0.0)
    # a partner city named: the same kind told two days late is still one event
    karbala = frozenset({"city:karbala"})
    assert _dated_together(told("2025-07-20", cities=karbala), told("2025-07-22", "en", karbala), 3) is True
