"""Meetings of an international body's organs: an event of many member cities, not two sides' talks.

A network's council, general assembly or executive committee meets ("Kazan hosts the ABC-Asia Council
meeting", "gathered for a meeting of the network's Council", "نشست شورای ... سازمان ...") and the city holds
or attends a gathering of its members. The organ must belong to an international organization the sentence
names: a city council's meeting ("the city council meeting", "جلسه شورای شهر") is the municipality's own.
"""

from __future__ import annotations

import re

from . import lexicon as L

S = L.S

_ORGAN_EN = r"(?:council|general assembly|executive committee|governing board|board)"
# "<organ> meeting/session", "a meeting/session of (the) ... <organ>" (not a city's or municipal council)
_ORGAN_MEETING = re.compile(
    r"\b" + _ORGAN_EN + r" (?:meeting|session)s?\b"
    r"|\b(?:meeting|session)s? of (?:the )?(?:[\w-]+ ){0,4}?" + _ORGAN_EN + r"\b"
    r"|(?:نشست|جلسه|اجلاس)" + S + r"(?:شورای|مجمع|کمیته" + S + r"اجرایی)(?!" + S + r"(?:شهر|اسلامی))",
    re.I,
)
_OWN_COUNCIL = re.compile(r"\b(?:city|municipal|town|local|islamic|district) council\b", re.I)


def organ_meeting(text: str, hits) -> bool:
    """The sentence tells a meeting of an organ of an international organization it names."""
    m = _ORGAN_MEETING.search(text)
    if m is None:
        return False
    if _OWN_COUNCIL.search(text[max(0, m.start() - 40) : m.end() + 10]):
        return False
    return any(h.entry.kind == "organization" for h in hits)
