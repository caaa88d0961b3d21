"""``bodies``: a meeting of an international body's organ is an event of its members, not two sides' talks."""

from citydiplomacy.newsengine import events as Ev
from citydiplomacy.newsengine import signals as Sg
from citydiplomacy.newsengine.gazetteer import default_gazetteer
from citydiplomacy.newsengine.normalize import normalize_text


def sent(text, weight=1.0):
    text = normalize_text(text)
    return Sg.Sentence.of(text, default_gazetteer().find(text), weight)


def test_a_meeting_of_a_networks_council_is_an_event():
    assert Ev.is_event(sent("Graz hosts the Metropolis Council meeting"))
    assert Ev.is_event(sent("Mayors came to Graz on Monday for a session of the ICLEI governing board."))
    assert Ev.is_event(sent("نشست شورای سازمان متروپلیس امروز در یزد آغاز شد."))


def test_a_city_councils_meeting_is_no_event():
    assert not Ev.is_event(sent("The city council meeting in Graz discussed ties with Metropolis."))
    assert not Ev.is_event(sent("جلسه شورای شهر یزد درباره همکاری با متروپلیس برگزار شد."))


def test_a_council_meeting_with_no_international_body_named_is_no_event():
    assert not Ev.is_event(sent("The council meeting on Monday discussed the new parks."))
