"""Direction cues of ``directions`` on invented sentences: a trip to a town the gazetteer does not know,
written with its country after it."""

from citydiplomacy.newsengine import signals as Sg
from citydiplomacy.newsengine.gazetteer import default_gazetteer
from citydiplomacy.newsengine.normalize import normalize_text

YAZD = Sg.Side("Yazd", "IR")
GRAZ = Sg.Side("Graz", "AT")


def sent(text, weight=1.0):
    text = normalize_text(text)
    return Sg.Sentence.of(text, default_gazetteer().find(text), weight)


def test_a_trip_to_an_unlisted_town_followed_by_its_country_goes_abroad():
    fa = "شهردار یزد روز دوشنبه همراه هیئتی از مدیران شهری به شهر زرین‌دشتک ترکیه سفر کرد و با شهردار آن دیدار کرد."
    assert Sg.goes_abroad(sent(fa), YAZD) == 1.0
    assert Sg.comes_home(sent(fa), YAZD) < 1.0  # a guess at most: the trip told outright wins
    en = "The mayor of Graz travelled to Novo Brdoslav, Serbia on Monday and met its council."
    assert Sg.goes_abroad(sent(en), GRAZ) == 1.0


def test_a_country_named_only_as_a_qualifier_without_a_trip_is_no_destination():
    # the country after an unlisted town, but nobody travels: not a destination
    assert Sg.goes_abroad(sent("شهردار یزد گفت شهر زرین‌دشتک ترکیه به فرش یزد علاقه دارد."), YAZD) == 0.0


def test_the_home_citys_party_placed_in_a_foreign_city_has_gone_abroad():
    assert Sg.goes_abroad(sent("Graz council delegation in Ljubljana to study bike sharing"), GRAZ) > 0.5
    en = "A delegation of the Graz City Council, led by councillor Eva Lindner, is in Ljubljana to study its buses."
    assert Sg.goes_abroad(sent(en), GRAZ) > 0.5
    assert (
        Sg.goes_abroad(sent("معاون حمل‌ونقل شهرداری یزد در کازان: همکاری در مترو را گسترش می‌دهیم"), YAZD) > 0.5
    )


def test_a_foreign_party_or_a_foreign_city_named_apart_places_no_home_party_abroad():
    # the party is the guests', from the foreign city, and the home city is where they are
    assert Sg.goes_abroad(sent("A delegation from Ljubljana is in Graz to study its trams."), GRAZ) == 0.0
    # the home city's name and the foreign city in separate clauses
    assert Sg.goes_abroad(sent("The Graz mayor said: prices in Ljubljana are high."), GRAZ) == 0.0
