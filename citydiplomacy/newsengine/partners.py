"""The story's partners: counterpart cities, the home and counterpart countries, the organizations
acting in it, and its topics.

A name in a list of three or more ("برزیل، روسیه، هند و چین") is a passing mention unless it also
stands outside a list, or the list's sentence is about the counterparts themselves (sister cities,
an agreement, cooperation, or the places a story's participants come from). A city of the home
country is not a partner of an Iranian municipality, and a city known only by the Persian name the
text gives is not reported (the record's cities are English names); the home city's and every
partner city's country count. An organization's seat, a page's footer and short lines (menus, links) name no
partner, and a list of a body's members is no list of partners. A name shared by a country and its
capital is the city only in a city's context. An organization acts in the story when it is a city
network or a UN urban body, is named in the lead, or is named again. Topics come from cue words, with
officials' titles, the pandemic as a time and a page's short lines left out.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from . import lexicon as L
from .gazetteer import Hit

IRAN = "IR"
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
# a line of fewer words is a page's menu, heading or link, not the story's sentence
_MIN_LINE_WORDS = 6
_LIST_SEP = re.compile(
    r"^\s*(?:[،,/;؛]|و|and|&)\s*$|^\s*[،,;؛]\s*(?:و|and)\s*$|^\s*[،,]\s*(?:\S+\s*){1,2}[،,]\s*$"
)


class Partners(NamedTuple):
    cities: list[str]
    countries: list[str]
    organizations: list[str]  # acting in the story
    mentioned_organizations: list[str]  # every organization named outside a list


def in_enumeration(text: str, hits: list[Hit]) -> set[int]:
    """Indexes of place/organization hits inside lists of three or more ("برزیل، روسیه، هند و چین")."""
    ents = [(i, h) for i, h in enumerate(hits) if h.entry.kind != "role"]
    out: set[int] = set()
    run = [ents[0]] if ents else []
    for prev, cur in zip(ents, ents[1:], strict=False):
        gap = text[prev[1].end : cur[1].start]
        if prev[1].start == cur[1].start:
            run.append(cur)
            continue
        if _LIST_SEP.match(gap) or gap.strip() in ("", "،", ","):
            run.append(cur)
        else:
            if len({h.start for _, h in run}) >= 3:
                out.update(i for i, _ in run)
            run = [cur]
    if len({h.start for _, h in run}) >= 3:
        out.update(i for i, _ in run)
    return out


def sentence_at(sents: list[tuple[int, str]], pos: int) -> str:
    """The sentence at ``pos``; one that starts inside a list ("، X، Y و Z") is joined to the one
    before it, which a stray full stop cut off ("رام ا...، منامه")."""
    for k, (start, s) in enumerate(sents):
        if start <= pos < start + len(s):
            if k and s.lstrip()[:1] in ("،", ","):
                return sents[k - 1][1] + " " + s
            return s
    return ""


# An organization's seat is where it sits, not a partner: "based in Seoul, South Korea",
# "its headquarters will be in Vienna", «مقر این سازمان در ژنو», «به مرکزیت استانبول»
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:based|headquartered|seated|hosted) in|\bheadquarters\b(?: \S+){0,6} in|\bsecretariat\b(?: \S+){0,4} in"
    r"|مقر(?: \S+){0,5} در|دفتر[ \u200c]مرکزی(?: \S+){0,5} در|دبیرخانه(?: \S+){0,4} در|به[ \u200c]مرکزیت)"
    r"(?: (?:the )?city of| شهر)?\s*$",
    re.I,
)
# a page's footer: "Copyright © 2024 ...", «کلیه حقوق ... محفوظ است»
_FOOTER_LINE = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|(?:کلیه|تمامی)[ \u200c]حقوق|حقوق.{0,30}محفوظ", re.I
)
# a list of a body's members is no list of partners: "member states, including ...", «کشورهای عضو ... شامل»
_MEMBERS_BEFORE = re.compile(
    r"(?:\bmembers?\b|\bmember (?:states|countries|cities)\b|عضو|اعضای)[^.؟!\n]{0,60}$", re.I
)


def _passing(text: str, hits: list[Hit]) -> set[int]:
    """Indexes of hits that name no partner: an organization's seat (and the seat's country right
    after it), and whatever stands in a page's copyright line or on a short line (a menu, a link)."""
    out: set[int] = set()
    seat_end = -1
    for i, h in enumerate(hits):
        if h.entry.kind == "role":
            continue
        line_start = text.rfind("\n", 0, h.start) + 1
        line_end = text.find("\n", h.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _FOOTER_LINE.search(line) or (line_start > 0 and len(line.split()) < _MIN_LINE_WORDS):
            out.add(i)
        elif h.entry.kind == "city" and _SEAT_BEFORE.search(text[max(0, h.start - 60) : h.start]):
            out.add(i)
            seat_end = h.end
        elif (
            h.entry.kind == "country"
            and seat_end >= 0
            and re.fullmatch(r"[\s,،(]*", text[seat_end : h.start])
        ):
            out.add(i)
    return out


_CITY_BEFORE = re.compile(
    r"(?:\b(?:mayors?|municipalit(?:y|ies)|city|cities) of(?: the)?|(?:^|[^\u0600-\u06FF])(?:شهر|شهرهای|شهردار|"
    r"شهرداری|شهرداران|کلان[ \u200c]?شهر|کلان[ \u200c]?شهرهای))\s*$",
    re.I,
)
# the cities' mayors or municipalities named before a list: "the mayors of A, B and C", «شهرداران الف، ب و ج»
_MAYORS_BEFORE = re.compile(
    r"(?:\b(?:mayors?|municipalit(?:y|ies)) of(?: the)?|(?:^|[^\u0600-\u06FF])(?:شهرداران|شهرداری[ \u200c]?های|شهردار))\s*$",
    re.I,
)
_CITY_AFTER = re.compile(r"^(?:['’]s)?\s*(?:mayor|municipality|city council|city hall)\b", re.I)


def _country_not_city(text: str, hits: list[Hit]) -> set[int]:
    """A name that is a country's and its capital's ("Kuwait", «کویت», "Singapore") names the city only
    after a city word ("mayor of Kuwait", «شهرداری کویت») or next to other cities in a list."""
    country_at = {h.start for h in hits if h.entry.kind == "country"}
    ents = [(i, h) for i, h in enumerate(hits) if h.entry.kind != "role"]
    out: set[int] = set()
    for n, (i, h) in enumerate(ents):
        if h.entry.kind != "city" or h.start not in country_at:
            continue
        if _CITY_BEFORE.search(text[max(0, h.start - 30) : h.start]) or _CITY_AFTER.match(
            text[h.end : h.end + 30]
        ):
            continue
        neighbours = [ents[m][1] for m in (n - 1, n + 1) if 0 <= m < len(ents)]
        if any(
            o.entry.kind == "city"
            and o.start not in country_at
            and _LIST_SEP.match(text[min(o.end, h.end) : max(o.start, h.start)])
            for o in neighbours
        ):
            continue
        out.add(i)
    return out


def _named(text: str, hits: list[Hit], sents: list[tuple[int, str]]) -> Counter:
    """(kind, canonical) of every entity named outside a list, or in a list about the partners."""
    enum = in_enumeration(text, hits)
    passing = _passing(text, hits) | _country_not_city(text, hits)
    outside: Counter = Counter()
    for i, h in enumerate(hits):
        if h.entry.kind != "role" and i not in enum and i not in passing:
            outside[(h.entry.kind, h.entry.canonical)] += 1
    # places listed in a sentence about sister cities, agreements or cooperation are the
    # counterparts themselves ("sister cities of Yazd: Kazan, Baku and Hamburg"), and so are the
    # places a story's participants come from ("envoys of Chile, Cuba and Japan took part")
    # ... unless the list is a body's members ("the member states, including X, Y and Z")
    list_start = -1
    for i in sorted(enum):
        h = hits[i]
        if i - 1 not in enum:
            list_start = h.start
        if h.entry.kind in ("city", "country") and (h.entry.kind, h.entry.canonical) not in outside:
            sent = sentence_at(sents, h.start)
            if _MEMBERS_BEFORE.search(text[max(0, list_start - 60) : list_start]):
                continue
            mayors_of = _MAYORS_BEFORE.search(text[max(0, list_start - 30) : list_start])
            if L.PARTICIPANTS.search(sent) or (
                h.entry.kind == "city"
                and (mayors_of or L.COOPERATION.search(sent) or L.AGREEMENT_NOUN.search(sent))
            ):
                outside[(h.entry.kind, h.entry.canonical)] += 1
    return outside


def partners(
    text: str,
    hits: list[Hit],
    sents: list[tuple[int, str]],
    lead_end: int,
    home: str | None,
    gaz,
    lang: str | None = None,
) -> Partners:
    """Counterpart cities, countries (home first when known) and organizations of the story."""
    home_cc = gaz.country_of(home) if home else ""
    cities, countries, orgs = [], [], []
    for (kind, name), _n in _named(text, hits, sents).items():
        if kind == "city" and name != home:
            if _PERSIAN.search(name):
                continue  # a city known only by the Persian name the text gives: the record wants English names
            cc = gaz.country_of(name)
            if home_cc and cc == home_cc and (home_cc == IRAN or cc == IRAN):
                continue
            cities.append(name)
        elif kind == "country":
            countries.append(name)
        elif kind == "organization":
            orgs.append(name)
    for c in [home, *cities]:
        if c:
            cn = gaz.country_name(gaz.country_of(c))
            if cn and cn not in countries:
                countries.append(cn)
    if lang == "fa" and not home and countries and gaz.country_name(IRAN) not in countries:
        countries.insert(0, gaz.country_name(IRAN))
    org_count = Counter(h.entry.canonical for h in hits if h.entry.kind == "organization")
    org_lead = {h.entry.canonical for h in hits if h.entry.kind == "organization" and h.start < lead_end}
    acting = [
        o
        for o in orgs
        if o in org_lead
        or org_count[o] >= 2
        or gaz.by_canonical[("organization", o)].tags & {"city_network", "urban_un"}
    ]
    return Partners(cities, countries, acting, orgs)
