"""Who the story's meeting is with: a foreign official met at home, cues that ``signals`` (at its size limit) does not hold.

An ambassador, a consul or a foreign mayor who meets the city's officials at home makes the story that
meeting, whatever is said or proposed in it: "the Venezuelan ambassador met the council's chairman and
proposed sister-city ties", «سرکنسول ... در دیدار با شهردار پیشنهاد کرد ...» are meetings whose content is
the proposal, the invitation or the words exchanged, not statements. A meeting placed abroad ("the
Iranian ambassador in Greece met the mayor of Patras and proposed ...") has no guest of the city: what
the city's official reports of it stays a statement.
"""

from __future__ import annotations

from . import lexicon as L
from . import signals as Sg

_OFFICIALS = frozenset(Sg.VISITOR_ROLES) | {"Ambassador", "Consul", "Consul General"}


def foreign_official(s: Sg.Sentence, side: Sg.Side) -> bool:
    """The sentence names a foreign official ("Venezuela's ambassador", «سرکنسول جمهوری آذربایجان») before
    any words it reports."""
    speech = Sg.speech_start(s)
    for r in s.hits:
        if r.entry.kind != "role" or r.entry.canonical not in _OFFICIALS or r.start >= speech:
            continue
        place = Sg.role_place(s, r)
        if place is not None and Sg.is_foreign(place, side):
            return True
    return False


def meets_at_home(s: Sg.Sentence, side: Sg.Side) -> bool:
    """The sentence tells a meeting between two sides ("met", «دیدار») not placed away from the home city
    nor at the end of a trip abroad ("travelled to Batumi and met its mayor"), and is no interview or report."""
    return (
        Sg.has(L.BILATERAL, s.text)
        and not Sg.has(L.REPORT, s.text)
        and not Sg.elsewhere(s, side)
        and not any(Sg.is_foreign(h, side) for h in Sg.destinations(s))
    )


def guest_met_at_home(lead: list[Sg.Sentence], side: Sg.Side) -> bool:
    """The lead tells a meeting at home and names a foreign official: the city's guest was met."""
    return any(meets_at_home(s, side) for s in lead) and any(foreign_official(s, side) for s in lead)
