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
