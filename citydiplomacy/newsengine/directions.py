"""Who moves where relative to the home city: cues of direction that ``signals`` (at its size limit) does not hold.

A trip's destination is not always a city the gazetteer knows: a small foreign town is written with its
country right after it ("به شهر X جمهوری آذربایجان سفر کرد", "travelled to X, Azerbaijan"). The country,
qualifying the unknown city, is then the destination: the home side goes abroad.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .gazetteer import Hit

S = L.S

# "... به شهر <name> <country>" / "به بندر <name> <country>": one or two words of an unlisted city's name
_TO_UNLISTED_CITY_FA = re.compile(r"(?:^|\s)به\s*(?:شهر|بندر)\s+(?:[\u0600-\u06FF\u200c]+\s+){1,2}$")
# the verb of the trip right after the country ("سفر کرد", "رفت", "عزیمت کرد")
_TRAVEL_AFTER_FA = re.compile(r"^\s*(?:\S+\s*){0,2}?(?:سفر|رفت|عزیمت|رسید)")
# "travelled to <Name>, <country>", "a visit to the town of <Name> in <country>"
_TO_UNLISTED_CITY_EN = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|trip|travell?(?:ed|ing|s)?|went|flew|headed|arrived)\s+(?:to|in)\s+"
    r"(?:the (?:city|town|port) of\s+)?[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?(?:,\s*|\s+in\s+)$"
)


def unlisted_city_destination(text: str, h: Hit) -> bool:
    """The country ``h`` qualifies a city the gazetteer does not know, written as the trip's destination."""
    if h.entry.kind != "country":
        return False
    before = text[max(0, h.start - 60) : h.start]
    if _TO_UNLISTED_CITY_FA.search(before):
        return _TRAVEL_AFTER_FA.match(text[h.end : h.end + 30]) is not None
    return _TO_UNLISTED_CITY_EN.search(before) is not None


# the home city's party: its delegation, its mayor or deputy, its council or its officials
_HOME_PARTY = re.compile(
    r"\b(?:delegation|delegates|mayor|deputy|council(?:lors?|lor)?|officials?|municipality)\b"
    r"|هی[ئی]?[اأ]?ت|شهردار|شورای|معاون",
    re.I,
)
# "<party> in <city>" right before the city; "... is in <city>" after the party's clause
_PARTY_IN = re.compile(r"(?:\bin|(?:^|\s)در)\s+(?:the\s+)?(?:(?:city|capital) of\s+)?(?:شهر\s+)?$", re.I)
_IS_IN = re.compile(
    r"\b(?:is|are|was|were|stays?|stayed|remains?)\s+(?:now\s+|currently\s+)?in\s+(?:the\s+)?(?:(?:city|capital) of\s+)?$",
    re.I,
)


def home_party_in(text: str, hits: list[Hit], h: Hit, is_home) -> bool:
    """The home city's delegation or official is placed in the foreign city ``h``: "Tehran council delegation
    in Beijing", "a delegation of the X City Council, headed by ..., is in Beijing", «معاون شهرداری اصفهان در
    هرات». The home city is named in the party's words, with no sentence break between them and the place."""
    if h.entry.kind != "city" or not _PARTY_IN.search(text[max(0, h.start - 30) : h.start]):
        return False
    reach = 160 if _IS_IN.search(text[max(0, h.start - 40) : h.start]) else 45
    start = max(0, h.start - reach)
    for home in hits:
        if not (start <= home.start < h.start and is_home(home)):
            continue
        between = text[home.start : h.start]
        if re.search(r"[.:؛;!?؟]|(?:^|\s)(?:از|from)\s", between):
            continue
        if _HOME_PARTY.search(text[max(0, home.start - 40) : h.start]):
            return True
    return False
