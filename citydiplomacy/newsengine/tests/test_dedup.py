"""Story grouping, on small invented articles (the evaluation files' names and sentences stay out)."""

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citydiplomacy.newsengine import NewsItem, NewsRecord, group_stories, process_many
from citydiplomacy.newsengine.dedup import GROUP_SPAN, _buckets, _components, containment, same_event
from citydiplomacy.newsengine.storyfacts import (
    Facts,
    counterpart,
    dates_agree,
    facts,
    kinds_compatible,
    mirrored,
    same_partner,
    same_person,
    shared_people,
)

# Two rewrites of one invented event (a delegation of an invented city at a water forum) and a
# third article about another event of the same trip.
VISIT_1 = (
    "هیئت شهرداری دریاکنار به سرپرستی معاون شهردار برای شرکت در همایش جهانی مدیریت آب وارد شهر "
    "آبگیر شد. این هیئت در فرودگاه از سوی کنسول کشورمان استقبال شد. همایش دو روز با حضور "
    "شهرداران شهرهای ساحلی برگزار می‌شود و موضوع آن بازیافت آب و فاضلاب شهری و باغ‌های عمومی است."
)
VISIT_2 = (
    "هیات شهرداری دریاکنار به سرپرستی معاون شهردار به منظور شرکت در همایش جهانی مدیریت آب وارد شهر "
    "آبگیر شد. هیات در فرودگاه مورد استقبال کنسول کشورمان قرار گرفت. این همایش دو روز با حضور "
    "شهرداران شهرهای ساحلی برگزار خواهد شد و موضوع آن بازیافت آب و فاضلاب شهری و باغ‌های عمومی است."
)
SIGNING = (
    "شهردار دریاکنار و شهردار آبگیر در حاشیه همایش تفاهم‌نامه همکاری در زمینه قطار شهری امضا کردند. "
    "بر اساس این تفاهم‌نامه دو شهر در ساخت ایستگاه‌های تازه و آموزش رانندگان همکاری خواهند کرد."
)


def rec(id, **kw):
    base = dict(
        lang="fa",
        text=f"text of article {id}",
        is_city_diplomacy=True,
        event_type="outbound_visit",
        home_city="Tehran",
        cities=["Vienna"],
        countries=["Iran", "Austria"],
    )
    base.update(kw)
    return NewsRecord(id=id, **base)


def test_rewrites_of_one_report_are_one_story_and_a_different_text_is_not():
    recs = process_many(
        [NewsItem(id="a", text=VISIT_1), NewsItem(id="b", text=VISIT_2), NewsItem(id="c", text=SIGNING)]
    )
    assert recs[0].cluster is not None and recs[0].cluster == recs[1].cluster
    assert recs[2].cluster is None


def test_persian_and_english_reports_of_one_visit_are_one_story():
    fa = rec("fa", published="2025-05-04", text="گزارش فارسی سفر")
    en = rec("en", lang="en", published="2025-05-05", text="An English report of the trip")
    assert group_stories([fa, en]) == [[0, 1]]


def test_two_visits_of_the_same_mayor_a_month_apart_are_two_stories():
    people = [{"name": "Jane Example", "role": "mayor"}]
    first = rec("v1", lang="en", people=people, published="2025-03-01", text="The mayor flew to Vienna")
    again = rec("v2", lang="en", people=people, published="2025-04-02", text="The mayor is in Vienna again")
    assert group_stories([first, again]) == []


def test_a_report_in_another_language_with_other_partners_stays_apart():
    fa = rec("fa", published="2025-05-04")
    en = rec("en", lang="en", published="2025-05-04", cities=["Prague"], countries=["Iran", "Czechia"])
    assert group_stories([fa, en]) == []


def test_articles_of_two_home_cities_are_never_one_story_however_alike():
    a = rec("a", text=VISIT_1, published="2025-05-04")
    b = rec("b", text=VISIT_1, published="2025-05-04", home_city="Mashhad")
    assert group_stories([a, b]) == []


def test_same_outlet_template_does_not_join_two_kinds_of_event_without_dates():
    shared = " ".join(f"menu{i} section{i} archive{i}" for i in range(10))

    def body(word):
        return " " + " ".join(f"{word}{i}" for i in range(20))

    visit = rec("a", lang="en", event_type="inbound_visit", text=shared + body("delegation"))
    congrats = rec("b", lang="en", event_type="agreement", text=shared + body("congratulation"))
    assert group_stories([visit, congrats]) == []
    same_kind = rec("c", lang="en", event_type="inbound_visit", text=shared + body("guests"))
    assert group_stories([visit, congrats, same_kind]) == [[0, 2]]


def test_shared_person_and_partner_join_moderately_alike_reports_without_dates():
    people = [{"name": "Ali Rezaei Example", "role": "mayor"}, {"name": "Olga Sample", "role": "consul"}]
    shorter = [{"name": "Ali Example", "role": "mayor"}, {"name": "Olga Sample", "role": "consul"}]
    a = rec("a", lang="en", event_type="meeting", people=people, text="Mayor met the consul on trade")
    b = rec("b", lang="en", event_type="meeting", people=shorter, text="Consul and mayor discuss trade")
    assert group_stories([a, b]) == [[0, 1]]


def test_errors_and_empty_texts_are_never_grouped():
    recs = [NewsRecord(id=str(i), error="bad") for i in range(3)] + [NewsRecord(id="e", text="")]
    assert group_stories(recs) == []


def test_a_manual_merge_and_a_manual_split_are_kept():
    fa = rec("fa", published="2025-05-04")
    en = rec("en", lang="en", published="2025-05-05")
    other = rec("x", published="2025-09-01", cities=["Prague"], countries=["Czechia"])
    assert group_stories([fa, en, other], apart=[(0, 1)]) == []
    assert group_stories([fa, en, other], together=[(0, 2)]) == [[0, 1, 2]]


def test_apart_holds_across_a_chain_of_similar_articles():
    # a ~ b ~ c by the facts; a person said a and c differ: one of the links must give way
    recs = [rec(x, published="2025-05-04") for x in ("a", "b", "c")]
    groups = group_stories(recs, apart=[(0, 2)])
    assert not any(0 in g and 2 in g for g in groups)
    assert len(groups) == 1


def test_a_group_is_not_stretched_over_weeks_through_an_undated_link():
    # a ~ b and b ~ c, b undated: a and c, four weeks apart, are two visits, not one story
    day = [700_000, -1, 700_028]
    assert _components(3, ["a", "b", "c"], [(0, 1), (1, 2)], (), (), day) == [[0, 1]]
    # within the span the chain holds; a link a person made (together) keeps its own span
    near = [700_000, -1, 700_000 + GROUP_SPAN]
    assert _components(3, ["a", "b", "c"], [(0, 1), (1, 2)], (), (), near) == [[0, 1, 2]]
    assert _components(3, ["a", "b", "c"], [(1, 2)], [(0, 2)], (), day) == [[0, 1, 2]]
    # one text published again weeks later still joins its first publication
    assert _components(3, ["a", "b", "c"], [(0, 1), (1, 2)], (), (), day, {(1, 2)}) == [[0, 1, 2]]


def test_one_text_published_again_a_month_later_is_one_story():
    first = NewsRecord(id="a", text=VISIT_1, lang="fa", home_city="Tehran", published="2025-05-02")
    again = NewsRecord(id="b", text=VISIT_1, lang="fa", home_city="Tehran", published="2025-06-01")
    assert group_stories([first, again]) == [[0, 1]]


# -- the signals ---------------------------------------------------------------------------------------
def test_home_country_is_not_a_shared_counterpart():
    a = facts(rec("a", cities=[], countries=["Iran", "Denmark"]))
    b = facts(rec("b", cities=[], countries=["Iran", "Armenia"]))
    assert a.countries == frozenset({"denmark"})
    assert not (a.countries & b.countries)


def test_dates_agree_by_the_closest_of_event_and_publication_dates():
    a = facts(rec("a", event_date="2025-01-10", published="2025-01-20"))
    b = facts(rec("b", published="2025-01-12"))
    assert dates_agree(a, b, 3) is True
    assert dates_agree(a, facts(rec("c", published="2025-02-20")), 3) is False
    assert dates_agree(a, facts(rec("d")), 3) is None


def test_kinds_of_event_that_can_be_one_event():
    visit, signing = facts(rec("a")), facts(rec("b", event_type="agreement"))
    report = facts(rec("c", event_type="statement_or_report"))
    assert kinds_compatible(visit, signing)
    assert not kinds_compatible(visit, report)
    assert kinds_compatible(report, report)


def test_a_name_matches_its_shorter_and_reordered_forms():
    full = facts(rec("a", people=[{"name": "Sara Maria Example"}])).people[0]
    assert same_person(full, facts(rec("b", people=[{"name": "Sara Example"}])).people[0])
    assert same_person(full, facts(rec("c", people=[{"name": "Example Sara Maria"}])).people[0])
    assert not same_person(full, facts(rec("d", people=[{"name": "Sara Otherton"}])).people[0])


def test_each_person_counts_once_whichever_article_comes_first():
    a = facts(rec("a", people=[{"name": "Reza Sample"}, {"name": "Reza Sample Junior"}]))
    b = facts(rec("b", people=[{"name": "Reza Sample"}]))
    assert shared_people(a, b) == shared_people(b, a) == 1
    c = facts(rec("c", people=[{"name": "Ali Example"}, {"name": "Ali Example Long"}]))
    d = facts(rec("d", people=[{"name": "Ali Example Long"}, {"name": "Ali Example"}]))
    assert shared_people(c, d) == shared_people(d, c) == 2


def test_copies_are_one_story_whatever_the_extracted_kinds():
    a = Facts("fa", "tehran", "meeting", (), frozenset(), frozenset(), ())
    b = Facts("fa", "tehran", "statement_or_report", (), frozenset(), frozenset(), ())
    assert same_event(a, b, copy=0.8, words=0.8)
    assert not same_event(a, b, copy=0.3, words=0.8)


def test_lsh_buckets_hold_exactly_the_records_whose_band_rows_are_equal():
    band = np.array([[1, 2, 3], [9, 9, 9], [1, 2, 3], [1, 2, 4], [9, 9, 9], [1, 2, 3]], dtype=np.uint64)
    ids = np.array([10, 11, 12, 13, 14, 15])
    assert sorted(_buckets(band, ids)) == [[10, 12, 15], [11, 14]]
    assert _buckets(band[:1], ids[:1]) == []
    assert _buckets(np.array([[1, 2, 3], [1, 2, 4]], dtype=np.uint64), np.array([0, 1])) == []


# -- independence of input order ------------------------------------------------------------------------
TEXTS = [VISIT_1, VISIT_2, SIGNING, "A short English note on a visit to Vienna by the mayor", ""]
_record = st.builds(
    lambda text, lang, home, cities, kind, day, people, countries, url: dict(
        text=text,
        url=url,
        lang=lang,
        home_city=home,
        cities=cities,
        countries=["Iran", *countries],
        event_type=kind,
        is_city_diplomacy=True,
        published=None if day is None else f"2025-03-{day:02d}",
        people=[{"name": p} for p in people],
    ),
    st.sampled_from(TEXTS),
    st.sampled_from(["fa", "en"]),
    st.sampled_from(["Tehran", "Mashhad", None]),
    # a story without a home city may name another's home among its cities (``with_home``)
    st.lists(st.sampled_from(["Vienna", "Prague", "Kazan", "Tehran", "Mashhad"]), max_size=3, unique=True),
    st.sampled_from(
        ["outbound_visit", "agreement", "meeting", "event_hosted", "statement_or_report", "other"]
    ),
    st.one_of(st.none(), st.integers(1, 28)),
    st.lists(st.sampled_from(["Ali Example", "Ali Reza Example", "Olga Sample"]), max_size=2),
    st.lists(st.sampled_from(["Austria", "Japan"]), max_size=2, unique=True),
    # two pages of one outlet (``one_outlet``), another outlet's, or no URL
    st.sampled_from([None, "https://one.example/a", "https://www.one.example/b", "https://two.example/a"]),
)


def _as_sets(records, groups):
    return {frozenset(records[i].id for i in g) for g in groups}


@settings(max_examples=60, deadline=None)
@given(st.lists(_record, min_size=2, max_size=10), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_input_order(rows, rnd):
    records = [NewsRecord(id=f"r{i}", **row) for i, row in enumerate(rows)]
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert _as_sets(records, group_stories(records)) == _as_sets(shuffled, group_stories(shuffled))


@settings(max_examples=40, deadline=None)
@given(st.lists(_record, min_size=3, max_size=8), st.randoms(use_true_random=False))
def test_grouping_with_a_manual_split_does_not_depend_on_input_order(rows, rnd):
    records = [NewsRecord(id=f"r{i}", **row) for i, row in enumerate(rows)]
    shuffled = list(records)
    rnd.shuffle(shuffled)
    where = {r.id: i for i, r in enumerate(shuffled)}
    first = group_stories(records, apart=[(0, 1)])
    second = group_stories(shuffled, apart=[(where["r0"], where["r1"])])
    assert _as_sets(records, first) == _as_sets(shuffled, second)
    assert not any(0 in g and 1 in g for g in first)


def test_across_languages_dates_in_common_stand_for_a_partner_the_other_report_missed():
    fa = rec("fa", published="2025-05-04", cities=["Vienna", "Graz"])
    en = rec("en", lang="en", published="2025-05-05")
    undated = rec("en2", lang="en", cities=["Vienna", "Linz"])
    assert group_stories([fa, en]) == [[0, 1]]
    assert group_stories([fa, undated]) == []


def test_stories_without_a_home_city_are_grouped_by_their_wording_only():
    words = " ".join(f"provincial{i}" for i in range(30))
    a = rec("a", home_city=None, is_city_diplomacy=False, event_type="other", text=words + " one")
    b = rec("b", home_city=None, is_city_diplomacy=False, event_type="other", text=words + " two")
    c = rec("c", home_city=None, is_city_diplomacy=False, event_type="other", text="unrelated words here")
    assert group_stories([a, b, c]) == [[0, 1]]


def test_a_shared_mayor_and_partner_do_not_join_two_kinds_of_event_without_dates():
    mayor = [{"name": "Nima Example", "role": "mayor"}]
    shared = " ".join(f"menu{i} section{i}" for i in range(8))

    def body(word):
        return shared + " " + " ".join(f"{word}{i}" for i in range(40))

    visit = rec("a", lang="en", event_type="outbound_visit", people=mayor, text=body("trip"))
    letter = rec("b", lang="en", event_type="agreement", people=mayor, text=body("letter"))
    assert group_stories([visit, letter]) == []
    dated = [rec(r.id, lang="en", event_type=r.event_type, people=mayor, text=r.text, published="2025-06-01")
             for r in (visit, letter)]  # fmt: skip
    assert group_stories(dated) == [[0, 1]]


def test_grouping_folds_text_as_the_match_key_does():
    from citydiplomacy.newsengine.dedup import fold
    from citydiplomacy.newsengine.normalize import match_key

    text = "هیأت شهرداری با آیین‌نامه‌ای تازه به إسلام‌آباد رفت. The Mayor SAID"
    assert fold(text) == match_key(text)


def test_lines_an_outlet_repeats_on_its_pages_do_not_make_them_alike():
    from citydiplomacy.newsengine.dedup import own_texts

    menu = "\n".join(f"Home news{i} sport{i} weather{i}" for i in range(30))

    def page(id, url, word):
        body = " ".join(f"{word}{i}" for i in range(30))
        return rec(id, lang="en", event_type="meeting", url=url, text=menu + "\n" + body)

    a = page("a", "https://www.site.example/1", "budget")
    b = page("b", "https://site.example/2", "football")
    assert group_stories([a, b]) == []
    assert own_texts([a, b], [0, 1])[0].startswith("budget0")
    # on two different sites the same lines are the article's own words
    c = page("c", "https://other.example/3", "football")
    assert own_texts([a, c], [0, 1])[0].startswith("Home news0")
    assert group_stories([a, c]) == [[0, 1]]


def test_a_page_that_is_all_template_keeps_its_text():
    from citydiplomacy.newsengine.dedup import own_texts

    menu = "Home\nNews\nSport"
    a = rec("a", url="https://site.example/1", text=menu + "\nshort")
    b = rec("b", url="https://site.example/2", text=menu + "\nbrief")
    assert own_texts([a, b], [0, 1]) == {0: a.text, 1: b.text}


@settings(max_examples=200, deadline=None)
@given(_record, _record, st.floats(0, 1), st.floats(0, 1))
def test_the_decision_is_symmetric(one, two, copy, words):
    a, b = facts(NewsRecord(id="a", **one)), facts(NewsRecord(id="b", **two))
    assert same_event(a, b, copy, words) == same_event(b, a, copy, words)


# -- across languages and scripts ------------------------------------------------------------------------
# One invented visit told by the hosts' Persian press and by the visitors' English press.
HOSTS_FA = (
    "تبریز - شهردار بورسا ترکیه کمال آیدین‌اوغلو در رأس هیئتی ۱۲ نفره روز دوشنبه ۱۲ خرداد ۱۴۰۴ وارد "
    "تبریز شد و با شهردار تبریز دیدار کرد.\nدر این دیدار دو طرف درباره همکاری در حمل و نقل عمومی، "
    "گردشگری و برگزاری نمایشگاه مشترک صنایع دستی گفت‌وگو کردند."
)
VISITORS_EN = (
    "Bursa Mayor Kemal Aydinoglu arrives in Tabriz\nJune 2, 2025 - A twelve-member delegation led by "
    "the Mayor of Bursa, Kemal Aydınoğlu, arrived in Tabriz, Iran, on Monday and met the Mayor of "
    "Tabriz. The two sides discussed public transport, tourism and a joint handicrafts exhibition."
)


def test_a_visit_told_by_the_hosts_in_persian_and_the_visitors_in_english_is_one_story():
    recs = process_many([NewsItem(id="fa", text=HOSTS_FA), NewsItem(id="en", text=VISITORS_EN)])
    assert recs[0].cluster is not None and recs[0].cluster == recs[1].cluster


def mirror_pair(fa_day, en_day, **en):
    fa = rec(
        "fa",
        home_city="Tabriz",
        cities=["Bursa"],
        countries=["Iran", "Turkey"],
        event_type="inbound_visit",
        people=[{"name": "کمال آیدین‌اوغلو"}],
        published=fa_day,
    )
    base = dict(
        lang="en",
        home_city="Bursa",
        cities=["Tabriz"],
        countries=["Turkey", "Iran"],
        event_type="outbound_visit",
        people=[{"name": "Kemal Aydınoğlu"}],
        published=en_day,
    )
    base.update(en)
    return fa, rec("en", **base)


def test_two_home_cities_each_the_others_partner_are_one_event_when_the_facts_agree():
    fa, en = mirror_pair("2025-06-02", "2025-06-03")
    assert mirrored(facts(fa), facts(en))
    assert group_stories([fa, en]) == [[0, 1]]
    # undated: the visiting mayor named in both scripts stands for the date
    fa, en = mirror_pair(None, None)
    assert group_stories([fa, en]) == [[0, 1]]
    fa, en = mirror_pair(None, None, people=[{"name": "Ayşe Demirtaş"}])
    assert group_stories([fa, en]) == []


def test_the_same_mayors_two_visits_a_month_apart_are_two_stories_in_any_language():
    fa, en = mirror_pair("2025-06-02", "2025-07-05")
    assert group_stories([fa, en]) == []
    other_fa = rec("fa2", home_city="Tabriz", cities=["Bursa"], countries=["Iran", "Turkey"],
                   event_type="inbound_visit", people=[{"name": "کمال آیدین‌اوغلو"}], published="2025-07-04")  # fmt: skip
    assert _as_sets([fa, en, other_fa], group_stories([fa, en, other_fa])) == {frozenset({"en", "fa2"})}


def test_a_third_city_is_not_a_mirror():
    fa, en = mirror_pair("2025-06-02", "2025-06-02", home_city="Konya")
    assert not mirrored(facts(fa), facts(en))
    assert group_stories([fa, en]) == []


def test_a_person_is_matched_across_scripts_with_the_home_and_partner_of_one_visit():
    mayor_fa = [{"name": "رستم نظروف"}, {"name": "علیرضا قاسمی‌نژاد"}]
    mayor_en = [{"name": "Rustam Nazarov"}, {"name": "Alireza Ghaseminejad"}]
    fa = rec(
        "fa", event_type="agreement", people=mayor_fa, cities=["Dushanbe"], countries=["Iran", "Tajikistan"]
    )
    en = rec("en", lang="en", event_type="inbound_visit", people=mayor_en, cities=["Dushanbe"],
             countries=["Iran", "Tajikistan"])  # fmt: skip
    assert shared_people(facts(fa), facts(en)) == 2
    # no date in either: two people in common and the same partners make a visit and its signing one
    assert group_stories([fa, en]) == [[0, 1]]
    one = rec("en1", lang="en", event_type="inbound_visit", people=mayor_en[:1], cities=["Dushanbe"],
              countries=["Iran", "Tajikistan"])  # fmt: skip
    assert group_stories([fa, one]) == []


def test_partners_compare_by_canonical_name_and_unknown_names_by_skeleton():
    # the gazetteer's names in two scripts give one canonical name
    assert counterpart("city", "استانبول")[0] == counterpart("city", "Istanbul")[0] == "city:istanbul"
    # a town no list has, in Persian and in Latin letters
    assert same_partner(counterpart("city", "زلنوبورسک"), counterpart("city", "Zelenoborsk"))
    # two known cities are never one by their skeleton
    assert not same_partner(counterpart("city", "Karaj"), counterpart("city", "Karachi"))


def test_a_short_report_retold_inside_a_longer_page_is_one_story():
    body = " ".join(f"detail{i}" for i in range(40))
    extra = " ".join(f"more{i}" for i in range(160))
    short = rec("s", event_type="meeting", text=body)
    long = rec("l", event_type="meeting", text=body + " " + extra, url="https://b.example/1")
    j = 40 / 200
    assert containment(np.array([j]), np.array([40.0]), np.array([200.0]))[0] == pytest.approx(1.0)
    assert group_stories([short, long]) == [[0, 1]]
    tiny = rec("t", event_type="meeting", text=" ".join(f"detail{i}" for i in range(12)))
    assert group_stories([tiny, long]) == []  # too short to tell


def test_event_dates_read_from_the_text_alone_do_not_keep_two_reports_apart():
    a = facts(rec("a", event_date="2025-03-01"))
    b = facts(rec("b", event_date="2025-03-20"))
    assert dates_agree(a, b, 3) is None
    c = facts(rec("c", published="2025-03-01"))
    d = facts(rec("d", published="2025-03-20"))
    assert dates_agree(c, d, 3) is False


def test_alike_wording_on_the_same_days_is_one_event_whatever_kinds_the_engine_gave():
    words = [f"ceremony{i}" for i in range(40)]  # the same words in another order: no copy
    a = rec("a", event_type="meeting", text=" ".join(words), published="2025-04-01")
    b = rec("b", event_type="statement_or_report", text=" ".join(reversed(words)), published="2025-04-02")
    assert group_stories([a, b]) == [[0, 1]]
    undated = [rec(r.id, event_type=r.event_type, text=r.text) for r in (a, b)]
    assert group_stories(undated) == []


_NAMES = [["Kemal Aydınoğlu"], ["کمال آیدین‌اوغلو"], ["Rustam Nazarov", "Olga Petrova"], ["رستم نظروف"], []]
_cross = st.builds(
    lambda lang, home, partner, kind, day, people: dict(
        text=f"report {lang} {home} {partner}",
        lang=lang,
        home_city=home,
        cities=[partner] if partner else [],
        countries=["Iran", "Turkey"],
        event_type=kind,
        is_city_diplomacy=True,
        published=None if day is None else f"2025-06-{day:02d}",
        people=[{"name": p} for p in people],
    ),
    st.sampled_from(["fa", "en"]),
    st.sampled_from(["Tabriz", "Bursa", "Tehran"]),
    st.sampled_from(["Tabriz", "Bursa", "بورسا", "تبریز", None]),
    st.sampled_from(["inbound_visit", "outbound_visit", "meeting", "statement_or_report"]),
    st.one_of(st.none(), st.integers(1, 20)),
    st.sampled_from(_NAMES),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_cross, min_size=2, max_size=9), st.randoms(use_true_random=False))
def test_grouping_across_languages_does_not_depend_on_input_order(rows, rnd):
    records = [NewsRecord(id=f"r{i}", **row) for i, row in enumerate(rows)]
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert _as_sets(records, group_stories(records)) == _as_sets(shuffled, group_stories(shuffled))


@settings(max_examples=150, deadline=None)
@given(_cross, _cross, st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_the_decision_across_languages_is_symmetric(one, two, copy, words, contained):
    a, b = facts(NewsRecord(id="a", **one)), facts(NewsRecord(id="b", **two))
    assert same_event(a, b, copy, words, 3, contained) == same_event(b, a, copy, words, 3, contained)


def test_many_copies_of_one_story_are_one_group_in_any_order_and_the_work_is_counted():
    from citydiplomacy.newsengine.dedup import SMALL_BUCKET

    words = " ".join(f"wire{i}" for i in range(60))
    copies = [
        rec(f"c{i:02d}", text=f"{words} outlet{i}", published="2025-02-02") for i in range(SMALL_BUCKET + 9)
    ]
    towns = ["Prague", "Kazan", "Lyon", "Minsk", "Osaka"]  # each its own event
    others = [
        rec(f"o{i}", text=f"unrelated{i} " * 30, home_city="Qom", cities=[t]) for i, t in enumerate(towns)
    ]
    records = copies + others
    stats = {}
    groups = group_stories(records, stats=stats)
    assert _as_sets(records, groups) == {frozenset(r.id for r in copies)}
    assert stats["links"] >= len(copies) - 1 and stats["candidates"] >= stats["weighed"]
    shuffled = records[::-1]
    assert _as_sets(shuffled, group_stories(shuffled)) == {frozenset(r.id for r in copies)}


_ONE_SITE = dict(
    text=VISIT_1,
    lang="fa",
    home_city="Tehran",
    cities=["Vienna"],
    countries=["Iran"],
    event_type="meeting",
    is_city_diplomacy=True,
    published="2025-03-02",
    url="https://one.example/a",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_record, _cross), min_size=2, max_size=9))
# two pages of one outlet, alike, on one day, one home and partner and kind: no shortcut joins them
@example([_ONE_SITE, {**_ONE_SITE, "text": VISIT_2, "url": "https://one.example/b"}])
# alike, one home and partner, two kinds two days apart: no date in common (``_dated_together``)
@example(
    [
        {**_ONE_SITE, "url": None},
        {
            **_ONE_SITE,
            "text": VISIT_2,
            "url": None,
            "event_type": "agreement",
            "published": "2025-03-04",
        },
    ]
)
# a copy naming only a country, two days apart: dated apart, only the same text again joins them
@example(
    [
        {**_ONE_SITE, "url": None, "cities": [], "countries": ["Iran", "Austria"]},
        {
            **_ONE_SITE,
            "text": VISIT_1.replace("باغ‌های عمومی", "پارک‌های شهری"),
            "url": None,
            "cities": [],
            "countries": ["Iran", "Austria"],
            "published": "2025-03-04",
        },
    ]
)
def test_the_vectorized_shortcuts_decide_as_the_named_signals_do(rows):
    """``_decide`` accepts copies, alike reports and date conflicts without calling ``same_event``:
    on every pair its links are exactly the pairs ``same_event`` accepts."""
    from itertools import combinations

    from citydiplomacy.newsengine.dedup import _decide, containment, own_texts, signatures

    records = [NewsRecord(id=f"r{i}", **row) for i, row in enumerate(rows)]
    texts = own_texts(records, range(len(records)))
    signed = [signatures(texts[i]) for i in range(len(records))]
    sigs, words = np.stack([s[0] for s in signed]), np.stack([s[1] for s in signed])
    sizes = np.array([float(s[2]) for s in signed])
    info = [facts(r) for r in records]
    pairs = np.array(list(combinations(range(len(records)), 2)), dtype=np.intp)
    links = set(_decide(pairs, info, (sigs, words, sizes), 0.3, 3, []))
    expected = set()
    for x, y in pairs.tolist():
        copy, alike = float((sigs[x] == sigs[y]).mean()), float((words[x] == words[y]).mean())
        inside = float(containment(np.array([alike]), sizes[[x]], sizes[[y]])[0])
        inside = inside if min(sizes[x], sizes[y]) >= 30 else 0.0
        if same_event(info[x], info[y], copy, alike, 3, inside):
            expected.add((x, y))
    assert links == expected


def test_a_short_item_inside_the_weeks_round_up_is_not_the_round_up():
    body = " ".join(f"detail{i}" for i in range(40))
    roundup = " ".join(f"item{i}" for i in range(160))
    short = rec("s", event_type="meeting", text=body, published="2025-05-05")
    week = rec("w", event_type="statement_or_report", text=f"{body} {roundup}", published="2025-05-05")
    assert group_stories([short, week]) == []


@given(st.lists(st.integers(0, 2**63 - 1), max_size=50))
def test_distinct_is_numpys_unique(values):
    from citydiplomacy.newsengine.dedup import distinct

    x = np.array(values, dtype=np.uint64)
    assert np.array_equal(distinct(x), np.unique(x))
