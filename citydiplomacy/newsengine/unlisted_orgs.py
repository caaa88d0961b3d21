"""Organizations no list has, caught by the shape of their English names: a capitalised name with a
body's head word and a word for its members ("the Eurasian Union of Capital Cities", "Silk Road
Mayors Alliance (SRMA)"). The name, or the acronym written after it in brackets, is the canonical
name; such a body is a city network. A Persian name counts only with a Latin acronym in brackets
after it («اتحادیه شهرهای ساحلی خزر (CCCU)»): the record wants English names.
"""

from __future__ import annotations

import re

from .gazetteer import Entry, Hit

_CAP = r"[A-Z][A-Za-z'’\-]+"
_LINK = r"(?:of|and|for|the|&)"
# two to nine capitalised words, with "of", "and", "for", "the" between them
_NAME = re.compile(f"\\b{_CAP}(?: (?:{_LINK} )*{_CAP}){{1,8}}(?: \\(([A-Z][A-Za-z0-9+\\-]{{1,10}})\\))?")
_HEAD = {
    "Association",
    "Union",
    "League",
    "Federation",
    "Alliance",
    "Network",
    "Forum",
    "Organization",
    "Organisation",
    "Council",
    "Assembly",
    "Platform",
    "Coalition",
    "Partnership",
    "Congress",
}
_MEMBERS = {
    "Cities",
    "Mayors",
    "Municipalities",
    "Towns",
    "Capitals",
    "Metropolises",
    "Governments",
    "Regions",
}
# words that make a name a country's own body, or no body at all
_NOT_INTERNATIONAL = {
    "Iran",
    "Iranian",
    "Islamic Republic",
    "Ministry",
    "Province",
    "Provincial",
    "City Council",
}
_LEADING = {"The", "A", "An", "In", "At", "On", "By", "From", "With", "And", "Its", "Their", "This", "Both"}


def unlisted_organizations(text: str, hits: list[Hit]) -> list[Hit]:
    """City networks named in English that the gazetteer does not know."""
    if not any(w in text for w in _MEMBERS) or not any(w in text for w in _HEAD):
        return unlisted_persian_organizations(text, hits)
    covered = bytearray(len(text) + 1)
    for h in hits:
        if h.entry.kind == "organization":
            covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    out: list[Hit] = []
    for m in _names_around_members(text):
        words = m.group(0).split(" (")[0].split()
        while words and words[0] in _LEADING:
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or not (_HEAD & set(words)) or not (_MEMBERS & set(words)):
            continue
        if any(w in name for w in _NOT_INTERNATIONAL):
            continue
        start = m.start() + m.group(0).index(name)
        if covered.find(1, start, m.end()) >= 0:
            continue  # a known body's name, or one inside it
        if _named_after_a_place(hits, start, start + len(name)):
            continue  # "the Union of Lakeside Municipalities" of one city or country: a local body
        canonical = m.group(1) or name
        out.append(Hit(start, m.end(), m.group(0)[m.group(0).index(name) :], _entry(canonical)))
    return out


def _named_after_a_place(hits: list[Hit], start: int, end: int) -> bool:
    """A city's or a country's name inside the body's name: the body of that place's own
    municipalities ("Union of Tyre Municipalities"), not an international one."""
    return any(h.entry.kind in ("city", "country") and start <= h.start and h.end <= end for h in hits)


_MEMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(_MEMBERS)) + r")\b")


def _names_around_members(text: str):
    """The capitalised names that hold a member word, read only around each member word (the name
    regex over a whole page costs more than the rest of this step)."""
    done = -1
    for w in _MEMBER_WORD.finditer(text):
        if w.start() < done:
            continue
        lo = max(text.rfind("\n", 0, w.start()) + 1, w.start() - 150)
        hi = text.find("\n", w.end())
        hi = min(hi if hi >= 0 else len(text), w.end() + 120)
        for m in _NAME.finditer(text, lo, hi):
            if m.start() <= w.start() and w.end() <= m.end():
                done = m.end()
                yield m
                break


# «سازمان/اتحادیه/مجمع/شبکه/انجمن ... شهرهای/شهرداران ... (ACRONYM)»
_FA_NAME = re.compile(
    r"(?:سازمان|اتحادیه|مجمع|شبکه|انجمن|فدراسیون|ائتلاف|شورای|پیمان)"
    r"[ \u200c](?:[\u0600-\u06ff\u200c]+ ){0,3}"
    r"(?:شهرهای|شهرها|شهرداران|شهرداری[ \u200c]?های|شهرداری[ \u200c]?ها|کلان[ \u200c]?شهرهای|پایتخت[ \u200c]?های|دولت[ \u200c]?های[ \u200c]محلی)"
    r"(?:[ \u200c][\u0600-\u06ff\u200c]+){0,5}?\s*\(([A-Z][A-Za-z0-9+\-]{1,10})\)"
)


def unlisted_persian_organizations(text: str, hits: list[Hit]) -> list[Hit]:
    """City networks named in Persian with their Latin acronym in brackets, which the gazetteer lacks."""
    if "(" not in text:
        return []
    known = {h.entry.canonical for h in hits if h.entry.kind == "organization"}
    spans = [(h.start, h.end) for h in hits if h.entry.kind == "organization"]
    out = []
    for m in _FA_NAME.finditer(text):
        acr = m.group(1)
        if acr in known or any(a < m.end() and m.start() < b for a, b in spans) or "ایران" in m.group(0):
            continue
        out.append(Hit(m.start(), m.end(), m.group(0), _entry(acr)))
    return out


def _entry(canonical: str) -> Entry:
    return Entry(canonical, "organization", "", frozenset({"city_network", "unlisted"}))
