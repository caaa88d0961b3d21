"""An event only possible or proposed in talks ("a possible film week in ...") is a topic, not an event held."""

from citydiplomacy.newsengine import events as Ev
from citydiplomacy.newsengine import signals as Sg
from citydiplomacy.newsengine.gazetteer import default_gazetteer
from citydiplomacy.newsengine.normalize import normalize_text


def sent(text, weight=1.0):
    text = normalize_text(text)
    return Sg.Sentence.of(text, default_gazetteer().find(text), weight)


def test_a_possible_or_proposed_event_is_no_event():
    assert not Ev.is_event(
        sent("They talked about parks in Graz, as well as a possible film week in Dushanbe.")
    )
    assert not Ev.is_event(sent("The mayors reviewed a proposed joint food festival in Graz."))


def test_an_event_told_plainly_is_still_one():
    assert Ev.is_event(sent("The mayors opened a film week in Dushanbe."))
