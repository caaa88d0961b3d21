"""The story's partners: counterpart cities, the home and counterpart countries and the organizations
acting in it (its topics are in ``topics``).

A name in a list of three or more ("برزیل، روسیه، هند و چین") is a passing mention unless it also
stands outside a list, or the list's sentence is about the counterparts themselves (sister cities,
an agreement, cooperation, or the places a story's participants come from). A city of the home
country is not a partner (of an Iranian municipality or any other), and a city known only by the Persian name the
text gives is not reported (the record's cities are English names); the home city's and every
partner city's country count. An organization's seat, a page's footer and short lines (menus, links) name no
partner, nor do a landmark named after a city («بازار قیصریه»), a route's ends, a firm's name or a body's
regional office; a list of a body's members is no list of partners. A name shared by a country and its
capital is the city only in a city's context. An organization acts in the story when it is a city
network or a UN urban body, is named in the lead, or is named again. Topics come from cue words, with
officials' titles, the pandemic as a time and a page's short lines left out.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
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
        if "\n" not in gap and (_LIST_SEP.match(gap) or gap.strip() in ("", "،", ",")):
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
    r"(?:\b(?:based|headquartered|seated|hosted) in|\bheadquarters\b(?: \S+){0,6} in|\bsecretariat\b(?: \S+){0,7} in"
    r"|\b(?:regional|country|liaison|representative|field) office(?: \S+){0,4} in"
    r"|مقر(?: \S+){0,5} در|دفتر[ \u200c](?:مرکزی|منطقه[ \u200c]?ای|نمایندگی)(?: \S+){0,5} در|دبیرخانه(?: \S+){0,7} در|به[ \u200c]مرکزیت)"
    r"(?: (?:the )?city of| شهر)?\s*$",
    re.I,
)
# what joins two cities of one seat: "in Geneva and Vienna", "in Geneva, in Vienna", «در ژنو و وین»
_SEAT_CHAIN = re.compile(r"\s*(?:[,،]|and|or|in|و|یا|در)?\s*(?:(?:and|or|و|یا)\s+)?(?:in|در)?\s*")
# a page's footer: "Copyright © 2024 ...", «کلیه حقوق ... محفوظ است»
_FOOTER_LINE = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|(?:کلیه|تمامی)[ \u200c]حقوق|حقوق.{0,30}محفوظ", re.I
)
# a list of a body's members is no list of partners: "member states, including ...", «کشورهای عضو ... شامل»
_MEMBERS_BEFORE = re.compile(
    r"(?:\bmembers?\b|\bmember (?:states|countries|cities)\b|عضو|اعضای)[^.؟!\n]{0,60}$", re.I
)


# The heading of a page's list of other stories: what follows it is other news, not the story's
_OTHER_NEWS_HEAD = re.compile(
    r"^\s*(?:related(?: news| stories| articles| posts| content)?|read more|more news|more stories|see also"
    r"|you may also like|most (?:read|viewed|popular)|latest news|recommended|tags"
    r"|(?:اخبار|خبرهای|مطالب|مقالات)[ \u200c](?:مرتبط|پیشنهادی|دیگر|مشابه)|سایر[ \u200c]اخبار|بیشتر[ \u200c]بخوانید"
    r"|پربازدیدترین(?:[ \u200c]?ها)?|پربحث[ \u200c]?ترین(?:[ \u200c]?ها)?|آخرین[ \u200c]اخبار|برچسب[ \u200c]?ها)"
    r"\s*[:：]?\s*(?:\n|$)",
    re.I | re.M,
)
# a line that is a link to another story: "Read more: ...", «بیشتر بخوانید: ...»
_OTHER_NEWS_LINE = re.compile(
    r"^\s*(?:read more|see also|related(?: news| stories| articles| posts| content| links?)?"
    r"|(?:اخبار|خبرهای|مطالب)[ \u200c](?:مرتبط|مشابه)|بیشتر[ \u200c]بخوانید|بخوانید)\s*:",
    re.I,
)
# a line of items separated by bars or bullets is a menu: "London | Dubai | Istanbul"
_MENU_SEPS = re.compile(r" [|•·] ")
# the news agency's seat in a dateline: "MOSCOW, March 3 (TASS) -", «به گزارش خبرگزاری ... از آنکارا،»
_DATELINE_FA = re.compile(r"به[ \u200c]گزارش[^،,.\n]{0,50}\sاز\s*$")


# a place passed through on the way: "flew to Lima via Istanbul", «از طریق استانبول به لیما»
_TRANSIT_BEFORE = re.compile(
    r"(?:\bvia|\bstopover in|\btransit(?:ing)? (?:in|through)|از[ \u200c]طریق|با[ \u200c]توقف[ \u200c]در)\s*$",
    re.I,
)


# a country named as the sides' enemy or rival is no counterpart: «دشمن مشترک دو کشور (آمریکا)», "their rival, X"
_RIVAL_BEFORE = re.compile(
    r"(?:دشمن|دشمنان|رقیب|رقبای|\benem(?:y|ies)\b|\brivals?\b|\bcompetitors?\b)[^.؟!\n،,]{0,30}[\s(،,:]*$",
    re.I,
)
# a firm's or a plant's site is no partner: "built at a shipyard in X", "the factory in X", «کارخانه ... در X»
# (a workshop, «کارگاه», is also a meeting, whose host city may be a partner)
_SITE_BEFORE = re.compile(
    r"(?:\b(?:factory|factories|plant|shipyard|mill|depot|warehouse|assembly line|production line)"
    r"(?: \S+){0,2} (?:in|at)|(?:کارخانه|کارخانجات|کشتی[ \u200c]?سازی|خط[ \u200c]تولید)"
    r"(?:[ \u200c][\u0600-\u06ff\u200c]+){0,3}[ \u200c]در)(?:\s+(?:the )?city of|[ \u200c]+شهر)?\s*$",
    re.I,
)
# a name a city shares with its state, after that word: «ایالت پنانگ», "the state of Penang", "Penang State":
# the state, not the city (a province is left alone: Herat's governor speaks for the city's region too)
_REGION_BEFORE = re.compile(r"(?:(?:^|[^\u0600-\u06ff])ایالت|\b[Ss]tate of(?: the)?)\s*$")
_REGION_AFTER = re.compile(r"^\s+[Ss]tate\b(?! [A-Z])")  # "Kazan State University" is a body's name
# a landmark named after a city is no partner: «بازار قیصریه», «خیابان استانبول», «دروازه دولت»
_LANDMARK_BEFORE = re.compile(
    r"(?:^|[^\u0600-\u06ff\u200c])(?:بازار|بازارچه|سردر|میدان|خیابان|بلوار|چهارراه|کوچه|کاروانسرای|کاروانسرا"
    r"|دروازه|محله|گذر|پل|تیمچه|سرای)[ \u200c]$"
)
# "Istanbul Avenue", "Baghdad Street", "the Kabul Gate": the street, not the city
_LANDMARK_AFTER = re.compile(r"^ (?:Street|Avenue|Boulevard|Square|Bazaar|Gate|Road)\b")
# where transit goes on to is no partner: "traffic through Armenia toward Georgia", «از طریق ارمنستان به سوی گرجستان»
_ONWARD_BEFORE = re.compile(
    r"(?:\b(?:through|via) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:toward|towards|onward to|on to)"
    r"|(?:از[ \u200c]طریق|از[ \u200c]مسیر)[ \u200c][\u0600-\u06ff\u200c]+[ \u200c](?:به[ \u200c]سوی|به[ \u200c]سمت))\s*$"
)
# the ends of a route are no partners: «مسیر نجف به کربلا», «جاده الف - ب», "the road from A to B"
_ROUTE_BEFORE = re.compile(
    r"(?:(?:^|[^\u0600-\u06ff\u200c])(?:مسیر|جاده|بزرگراه|آزادراه|راه[ \u200c]?آهن|خط[ \u200c]ریلی)(?:[ \u200c]پیاده[ \u200c]?روی)?"
    r"|\b(?:road|highway|motorway|railway|rail line|route|corridor) (?:from|between))\s*$",
    re.I,
)
# a firm's name holding a city: "CRRC Changchun Railway Vehicles", "Harbin Electric Company"
_FIRM_AFTER = re.compile(
    r"^(?: [A-Z][\w&-]+){0,3} (?:Co\.?|Company|Corporation|Corp\.?|Group|Ltd\.?|Limited|Inc\.?|Industries"
    r"|Vehicles|Motors|Holdings?|Airlines|Airways|Shipyards?|Engineering|Machinery|Electric)\b"
)
# "a Minsk-based manufacturer", "a Paris-based group": the city is where something sits
_BASED_AFTER = re.compile(r"^[-‐–]based\b", re.I)


# a diplomat's post: "Consul General of Iran in Istanbul", "the Iranian ambassador to Ankara",
# «سرکنسول ایران در استانبول»: the city where the mission sits, not a partner
_POST_BEFORE = re.compile(
    r"(?:\b(?:ambassador|consul(?:[ -]general)?|consulate(?:[ -]general)?|embassy|envoy|chargé d'affaires)"
    r"(?: of(?: the)? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})? (?:in|to)"
    r"|(?:سفیر|سرکنسول|کنسول|سفارت|سرکنسولگری|کنسولگری|کاردار|نماینده)(?:[ \u200c]کشور)?(?:[ \u200c][\u0600-\u06ff\u200c]+){1,2}[ \u200c]در)"
    r"\s*$",
    re.I,
)


@lru_cache(maxsize=4)
def other_news_start(text: str) -> int:
    """Where a page's list of other stories begins (its heading, after a line of the story), or the
    text's length."""
    for m in _OTHER_NEWS_HEAD.finditer(text):
        before = text[: m.start()]
        if any(len(line.split()) >= 12 for line in before.split("\n")):
            return m.start()
    return len(text)


def _dateline_seat(text: str, line_start: int, h: Hit) -> bool:
    """The place is the dateline's, where the agency reports from ("MOSCOW, March 3 (TASS) –")."""
    if h.start == line_start and h.surface.isupper() and len(h.surface) > 2:
        return bool(re.match(r"\s*[,(–—-]", text[h.end : h.end + 3]))
    if not re.match(r"\s*[،,]", text[h.end : h.end + 3]):
        return False
    before = text[max(0, h.start - 70) : h.start]
    return "گزارش" in before and _DATELINE_FA.search(before) is not None


_ROUTE_TO = re.compile(r"^\s*(?:به|تا|[-–—]|to|and)\s*$")


def _route_end(text: str, hits: list[Hit], i: int) -> bool:
    """The second end of a route: the city after «مسیر الف به» / "the road from A to"."""
    prev = next((hits[k] for k in range(i - 1, -1, -1) if hits[k].entry.kind != "role"), None)
    return bool(
        prev
        and prev.entry.kind == "city"
        and _ROUTE_TO.match(text[prev.end : hits[i].start])
        and _ROUTE_BEFORE.search(text[max(0, prev.start - 40) : prev.start])
    )


def _passing(text: str, hits: list[Hit]) -> set[int]:
    """Indexes of hits that name no partner: an organization's seat (and the seat's country right
    after it), the agency's seat in a dateline, and whatever stands in a page's copyright line, on a
    short line or a menu line (a menu, a link), or in the page's list of other stories."""
    out: set[int] = set()
    seat_end = -1
    other_news = other_news_start(text)
    line_is_furniture: dict[int, bool] = {}  # by the line's start: each line is read once
    for i, h in enumerate(hits):
        if h.entry.kind == "role":
            continue
        line_start = text.rfind("\n", 0, h.start) + 1
        if line_start not in line_is_furniture:
            line_end = text.find("\n", h.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            line_is_furniture[line_start] = bool(
                _FOOTER_LINE.search(line)
                or (line_start > 0 and len(line.split()) < _MIN_LINE_WORDS)
                or len(_MENU_SEPS.findall(line)) >= 2
                or _OTHER_NEWS_LINE.match(line)
            )
        city_before = text[max(0, h.start - 60) : h.start] if h.entry.kind == "city" else ""
        if (
            h.start >= other_news
            or line_is_furniture[line_start]
            or _dateline_seat(text, line_start, h)
            or (city_before and _TRANSIT_BEFORE.search(city_before[-25:]))
            or (city_before and _POST_BEFORE.search(city_before))
            or (city_before and _SITE_BEFORE.search(city_before))
            or (city_before and _REGION_BEFORE.search(city_before[-20:]))
            or (h.entry.kind == "city" and _REGION_AFTER.match(text[h.end : h.end + 30]))
            or (h.entry.kind == "city" and _BASED_AFTER.match(text[h.end : h.end + 8]))
            or (city_before and _LANDMARK_BEFORE.search(city_before[-12:]))
            or (h.entry.kind == "city" and _LANDMARK_AFTER.match(text[h.end : h.end + 12]))
            or (city_before and _ROUTE_BEFORE.search(city_before[-40:]))
            or (h.entry.kind == "city" and _route_end(text, hits, i))
            or _ONWARD_BEFORE.search(text[max(0, h.start - 50) : h.start])
            or (h.entry.kind == "city" and _FIRM_AFTER.match(text[h.end : h.end + 50]))
            or (h.entry.kind == "country" and _RIVAL_BEFORE.search(text[max(0, h.start - 45) : h.start]))
        ):
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
        elif h.entry.kind == "city" and seat_end >= 0 and _SEAT_CHAIN.fullmatch(text[seat_end : h.start]):
            out.add(i)  # "based in Geneva and Vienna": each city of the seat
            seat_end = h.end
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


_IN_BEFORE = re.compile(r"(?:\bin|(?:^|[^\u0600-\u06ff])در)\s+$")


def _country_not_city(text: str, hits: list[Hit]) -> set[int]:
    """A name that is a country's and its capital's ("Kuwait", «کویت», "Singapore") names the city only
    after a city word ("mayor of Kuwait", «شهرداری کویت») or next to other cities in a list."""
    country_at = {h.start for h in hits if h.entry.kind == "country"}
    ents = [(i, h) for i, h in enumerate(hits) if h.entry.kind != "role"]
    out: set[int] = set()
    for n, (i, h) in enumerate(ents):
        if h.entry.kind != "city" or h.start not in country_at:
            continue
        if "citystate" in h.entry.tags and _IN_BEFORE.search(text[max(0, h.start - 8) : h.start]):
            continue  # "held in Singapore", «در سنگاپور»: a city-state as a place is the city
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


# a list of bodies after the city's membership is the bodies it belongs to: «حق عضویت تهران در الف، ب و ج»,
# "a member of A, B and C"
_MEMBERSHIP_OF_BEFORE = re.compile(
    r"(?:عضویت|\bmember(?:ship)?(?: fees?| dues)? (?:of|in)(?: the)?)[^.؟!\n،,]{0,30}$", re.I
)
# a body whose meeting the story tells of acts in it: «نشست سازمان X», "the X summit", "a session of X"
_EVENT_OF_BEFORE = re.compile(
    r"(?:نشست|اجلاس(?:یه)?|همایش|کنگره|کنفرانس|مجمع[ \u200c]عمومی)(?:[ \u200c](?:سالانه|عمومی|سران))?\s*$"
    r"|\b(?:meeting|summit|congress|conference|session|general assembly) of(?: the)?\s*$",
    re.I,
)
_EVENT_AFTER = re.compile(r"^\s*(?:summit|congress|conference|general assembly|meeting|session)\b", re.I)


def holds_an_event(text: str, h: Hit) -> bool:
    """The body is named as the holder of a meeting ("the X summit", «اجلاس X»)."""
    return bool(
        _EVENT_OF_BEFORE.search(text[max(0, h.start - 30) : h.start])
        or _EVENT_AFTER.match(text[h.end : h.end + 20])
    )


# a list of the places a report's trips went to or its guests came from is a list of partners: «مقصد سفرها
# عمدتاً الف، ب و ج», «۳۸ هیئت از ۱۲ کشور از جمله الف، ب و ج», "the trips' destinations were A, B and C",
# "guests from 9 countries, including A, B and C"
_DESTINATIONS_BEFORE = re.compile(
    r"(?:(?:مقصد|مقاصد)(?:[ \u200c]?(?:ها|های))?(?:[ \u200c]+[^\s.،,]+){0,3}[ \u200c]*[:：]?"
    r"|(?:[0-9\u06f0-\u06f9]+|چند)[ \u200c]+(?:کشور|شهر)(?:[ \u200c]?(?:ها|های))?[ \u200c]+(?:دیگر[ \u200c]+)?"
    r"[،,]?[ \u200c]*(?:از[ \u200c]+جمله|شامل|مانند|همچون|چون|یعنی)"
    r"|(?:سفر|سفرهای|سفرهایی|سفری)[ \u200c]+(?:\S+[ \u200c]+)?به"
    r"|\bdestinations?\b(?: \S+){0,3}? (?:were|was|included|include|are|is)(?: mainly| mostly)?:?"
    r"|\b(?:\d+|several|some) (?:other )?(?:countries|cities),? (?:including|such as|namely|like)"
    r"|\b(?:trips|visits|travel) (?:abroad )?to"
    # "the most active partners were cities of A, B and C": the list is of the partners
    r"|\bpartners\b(?: \S+){0,2}? (?:were|are|included|include)(?: mainly| mostly)?(?: (?:the )?cities (?:of|in))?:?"
    # "40 urban planners from A, B and C", «۴۰ کارشناس از الف، ب و ج»: where the participants come from
    r"|\b\d+ (?:(?!members?\b)[a-z-]+ ){1,3}from)\s*$",
    re.I,
)


def _destinations_list(text: str, list_start: int) -> bool:
    """The list follows a report's word for where trips went or guests came from."""
    return _DESTINATIONS_BEFORE.search(text[max(0, list_start - 60) : list_start]) is not None


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
        if h.entry.kind == "organization" and (h.entry.kind, h.entry.canonical) not in outside:
            if _MEMBERSHIP_OF_BEFORE.search(text[max(0, list_start - 50) : list_start]):
                outside[(h.entry.kind, h.entry.canonical)] += 1
            continue
        if h.entry.kind in ("city", "country") and (h.entry.kind, h.entry.canonical) not in outside:
            sent = sentence_at(sents, h.start)
            if _destinations_list(text, list_start):
                outside[(h.entry.kind, h.entry.canonical)] += 1
                continue
            if _MEMBERS_BEFORE.search(text[max(0, list_start - 60) : list_start]):
                continue
            mayors_of = _MAYORS_BEFORE.search(text[max(0, list_start - 30) : list_start])
            if L.PARTICIPANTS.search(sent) or (
                h.entry.kind == "city"
                and (mayors_of or L.COOPERATION.search(sent) or L.AGREEMENT_NOUN.search(sent))
            ):
                outside[(h.entry.kind, h.entry.canonical)] += 1
    return outside


def _homonyms_by_country(hits: list[Hit], gaz) -> list[Hit]:
    """A name two cities share is the one whose country the story names ("Georgetown" with Malaysia
    named, not Guyana), when the text names the other city's country and not the first one's."""
    if not getattr(gaz, "homonyms", None):
        return hits
    named = {h.entry.country for h in hits if h.entry.kind == "country"}
    out = hits
    for i, h in enumerate(hits):
        if h.entry.kind != "city" or h.entry.country in named:
            continue
        alts = [e for e in gaz.other_cities(h.surface) if e.country in named]
        if len(alts) == 1:
            if out is hits:
                out = list(hits)
            out[i] = Hit(h.start, h.end, h.surface, alts[0])
    return out


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
    hits = _homonyms_by_country(hits, gaz)
    cities, countries, orgs = [], [], []
    for (kind, name), _n in _named(text, hits, sents).items():
        if kind == "city" and name != home:
            if _PERSIAN.search(name):
                continue  # a city known only by the Persian name the text gives: the record wants English names
            cc = gaz.country_of(name)
            if home_cc and cc == home_cc:
                continue
            cities.append(name)
        elif kind == "country":
            countries.append(name)
        elif kind == "organization" and "national" not in getattr(
            gaz.by_canonical.get((kind, name)), "tags", ()
        ):
            orgs.append(name)  # a country's own body («مجمع کلانشهرهای ایران») is no international one
    for c in [home, *cities]:
        if c:
            cn = gaz.country_name(gaz.country_of(c))
            if cn and cn not in countries:
                countries.append(cn)
    if lang == "fa" and not home and countries and gaz.country_name(IRAN) not in countries:
        countries.insert(0, gaz.country_name(IRAN))
    org_count = Counter(h.entry.canonical for h in hits if h.entry.kind == "organization")
    org_lead = {h.entry.canonical for h in hits if h.entry.kind == "organization" and h.start < lead_end}
    org_entry = {h.entry.canonical: h.entry for h in hits if h.entry.kind == "organization"}
    org_event = {
        h.entry.canonical for h in hits if h.entry.kind == "organization" and holds_an_event(text, h)
    }
    acting = [
        o
        for o in orgs
        if o in org_lead
        or org_count[o] >= 2
        or o in org_event
        or org_entry[o].tags & {"city_network", "urban_un"}
    ]
    return Partners(cities, countries, acting, orgs)
