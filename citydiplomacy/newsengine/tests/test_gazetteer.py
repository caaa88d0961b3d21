from citydiplomacy.newsengine.gazetteer import Gazetteer, default_gazetteer
from citydiplomacy.newsengine.normalize import ZWNJ, normalize_text


def names(text, gaz=None):
    gaz = gaz or default_gazetteer()
    return [(h.entry.kind, h.entry.canonical) for h in gaz.find(normalize_text(text))]


def test_countries_come_from_iso_in_both_languages():
    assert ("country", "Turkey") in names("ترکیه")
    assert ("country", "Turkey") in names("Türkiye")
    assert ("country", "South Korea") in names("کره جنوبی")
    assert ("country", "South Korea") in names("کره" + ZWNJ + "جنوبی")
    assert ("country", "South Korea") in names("کرهجنوبی")


def test_letter_forms_and_zwnj_do_not_matter():
    assert ("city", "Astrakhan") in names("آستاراخان")
    assert ("city", "Astrakhan") in names("استاراخان")
    assert ("organization", "Asian Mayors Forum") in names("مجمع شهرداران آسيايي")
    assert ("organization", "UN-Habitat") in names("UN Habitat")


def test_no_match_inside_words():
    assert names("ترکیبی") == []
    assert ("country", "India") not in names("هندوانه")
    assert names("گفت‌وگو") == []


def test_weekday_is_not_dushanbe():
    assert ("city", "Dushanbe") not in names("روز دوشنبه ۱۴ مهر")
    assert ("city", "Dushanbe") in names("خواهرخواندگی شهر تهران و دوشنبه پایتخت تاجیکستان")


def test_extend_at_run_time():
    g = Gazetteer.default()
    assert ("city", "Springfield") not in names("شهرداری اسپرینگفیلد", g)
    g.add("Springfield", ["اسپرینگفیلد"], kind="city", country="US")
    assert ("city", "Springfield") in names("شهرداری اسپرینگفیلد", g)
    assert g.country_of("Springfield") == "US"
