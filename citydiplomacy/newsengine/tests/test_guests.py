"""Cues of ``guests`` on invented sentences: guests who attend an event."""

from citydiplomacy.newsengine import events as Ev
from citydiplomacy.newsengine import signals as Sg
from citydiplomacy.newsengine.classify import decide_event_type
from citydiplomacy.newsengine.gazetteer import default_gazetteer
from citydiplomacy.newsengine.normalize import normalize_text

YAZD = Sg.Side("Yazd", "IR")
GRAZ = Sg.Side("Graz", "AT")


def sent(text, weight=1.0):
    text = normalize_text(text)
    return Sg.Sentence.of(text, default_gazetteer().find(text), weight)


# -- (2) guests who attend an event: the home city holds it -----------------------------------------------
def test_guests_from_other_cities_attending_is_evidence_of_hosting():
    s = sent(
        "Some 40 mayors and planners from 30 cities took part in the prize ceremony; a jury gave three prizes."
    )
    assert Ev.attends_event(s, GRAZ) == 0.0
    assert Ev.hosts_event(s, GRAZ) == 1.0
    fa = sent("شهرداران و نمایندگانی از ۱۸ شهر و ۹ کشور در این جشنواره شرکت کردند.")
    assert Ev.attends_event(fa, YAZD) == 0.0
    assert Ev.hosts_event(fa, YAZD) == 1.0


def test_a_hosting_story_whose_guests_attended_later_stays_hosted():
    story = [
        sent("Graz hosted the ceremony of its green-streets prize at the Old Town theatre on Tuesday."),
        sent(
            "Some 40 mayors and planners from 30 cities took part in the prize ceremony; a jury gave three prizes.",
            0.9,
        ),
    ]
    assert decide_event_type(story, GRAZ, True)[0] == "event_hosted"


def test_our_side_among_those_attending_or_an_event_placed_abroad_is_attended():
    # the home side attends: not guests
    s = sent("The mayor of Graz and mayors from 30 other cities attended the summit in Almaty.")
    assert Ev.hosts_event(s, GRAZ) == 0.0
    assert Ev.attends_event(s, GRAZ) > 0
    # guests attending an event told abroad: no hosting
    assert Ev.hosts_event(sent("Mayors from 30 cities attended the forum in Almaty on Monday."), GRAZ) == 0.0
