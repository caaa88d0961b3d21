"""Signals of events: is a summit, forum, festival ... held in the story, at home or abroad.

Split from ``signals`` (which holds the sentence, the sides and the movements these use): where the
story's event is ("home", "abroad"), whether the home city holds it (``hosts_event``) or its people take
part in one elsewhere (``attends_event``). An event only talked about ("discussed holding a festival")
or a press conference is no event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import bodies as B
from . import guests as G
from . import lexicon as L
from .gazetteer import Hit
from .signals import Sentence, Side, _announced, destinations, has, is_foreign, is_home, places

S = L.S

# a hall of the municipality ("سالن اجتماعات شهرداری", "at City Hall")
_MUNICIPAL_VENUE = re.compile(
    r"(?:سالن|تالار|ساختمان|محل|کاخ|عمارت|مرکز"
    + S
    + r"همایش"
    + S
    + r"(?:های)?)"
    + S
    + r"(?:[^\s.،]+\s+){0,3}شهرداری"
    r"|\b(?:at|in) (?:the )?(?:city|town) hall\b",
    re.I,
)

_EVENT_IN = re.compile(
    r"(?:\bin|\bat)\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,2}(?:(?:city|capital) of\s+)?$|در"
    + S
    + r"(?:شهر|کلان"
    + S
    + r"شهر)?\s*$",
    re.I,
)
# the place closing a Persian event's name ("نمایشگاه بین‌المللی گردشگری مسکو")
_EVENT_OF = re.compile(
    r"(?:اجلاس|همایش|کنگره|کنفرانس|نمایشگاه|جشنواره|مجمع|سمپوزیوم|سمینار)"
    + S
    + r"(?:(?:(?![،؛؟])[\u0600-\u06FF\u200c])+"
    + S
    + r"){0,4}$"
)
_HELD = re.compile(
    r"برگزار|\bheld\b|\btook place\b|\btakes place\b|\bopened\b|\bbegan\b|\bkicked off\b|افتتاح|"
    r"آغاز" + S + r"(?:به" + S + r"کار|شد)|گشایش",
    re.I,
)


def is_event(s: Sentence) -> bool:
    """An event: a summit, forum, festival ... or a meeting of many parties ("نشست شهرداران شهرهای
    خواهرخوانده", "a meeting of mayors from 12 countries"), not a meeting of two sides, nor an event
    only talked about ("درباره برگزاری نمایشگاه ... گفت‌وگو کردند", "discussed holding a festival")."""
    text = _event_talked_about(s.text)
    return (
        has(L.EVENT_NOUN, text)
        or (has(L.MEETING, text) and has(L.MULTILATERAL, text))
        or B.organ_meeting(text, s.hits)
    )


# an event as the topic of talks: "about/on holding ...", "درباره برگزاری ..." (the event noun follows)
_EVENT_TOPIC = re.compile(
    r"(?:درباره|در" + S + r"(?:مورد|خصوص|زمینه)|پیرامون)" + S + r"(?:چگونگی" + S + r")?(?:برگزاری|برپایی|"
    r"ایجاد|راه" + S + r"اندازی)(?:\s+[^\s.،؛]+){1,4}"
    r"|\b(?:discuss(?:ed|es|ing)?|about|on|talked about|plans? (?:for|to)|proposed)\s+(?:holding|organi[sz]ing|"
    r"hosting|staging|hold|organi[sz]e|stage|a joint)\b(?:\s+[^\s.,;]+){1,4}"
    # "the two sides discussed ... the organization of cultural days": the event is a topic
    r"|\b(?:the )?(?:organi[sz]ation|holding|staging) of\b(?:\s+[^\s.,;]+){1,4}"
    # an event that could be held ("دو شهر می‌توانند هفته فیلم برگزار کنند", "could hold a joint fair")
    r"|(?:می"
    + S
    + r"|ب)توان(?:ند|یم|د)?(?:\s+\S+){0,6}?\s+(?:برپا|برگزار)"
    + S
    + r"(?:کنند|کنیم|کند|شود)(?![\u0600-\u06FF])"
    r"|\b(?:can|could|should|might) (?:jointly |also )?(?:hold|organi[sz]e|stage|host)\b(?:\s+[^\s.,;]+){1,4}"
    # an event welcomed or supported, not held ("از برگزاری هفته فرهنگی ... استقبال می‌کند", "welcomed the idea of
    # holding a film week"): a proposal's answer
    r"|از" + S + r"(?:برگزاری|برپایی)(?:\s+[^\s.،؛:]+){1,10}?\s+(?:استقبال|حمایت)"
    r"|\b(?:welcom(?:e|es|ed|ing)|support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing))\s+(?:the\s+)?(?:idea|proposal|plan)?\s*(?:of|for)?\s*"
    r"(?:holding|organi[sz]ing|hosting|staging)\b(?:\s+[^\s.,;]+){1,4}"
    # an event only possible or proposed ("as well as a possible culture week in ...", "a proposed joint fair")
    r"|\b(?:a|an|the) (?:possible|proposed|potential|prospective)\b(?:\s+[^\s.,;]+){1,4}"
    # a press conference is no event
    r"|(?:نشست|کنفرانس)" + S + r"(?:خبری|مطبوعاتی)|\b(?:news|press) conference\b",
    re.I,
)


@lru_cache(maxsize=8192)
def _event_talked_about(text: str) -> str:
    """The sentence with the events it only talks about, and press conferences, blanked (offsets kept)."""
    return _EVENT_TOPIC.sub(lambda m: " " * len(m.group(0)), text)


# held at or by a consulate or an embassy ("در سرکنسولگری ترکیه", "at the Turkish consulate")
_ENVOYS_EVENT = re.compile(
    r"(?:در|به" + S + r"میزبانی)" + S + r"(?:محل" + S + r")?(?:سرکنسولگری|کنسولگری|سفارت)"
    r"|\b(?:at|in|by) the (?:\w+ ){0,2}(?:consulate|embassy)\b|\b(?:consulate|embassy)(?:'s)? (?:reception|ceremony)",
    re.I,
)


def event_place(s: Sentence, side: Side) -> str:
    """Where the sentence's event (summit, conference, forum ...) is: "home", "abroad" or ""."""
    if not is_event(s):
        return ""
    if _ENVOYS_EVENT.search(s.text):
        return "abroad"  # a consulate's or an embassy's reception is theirs, even in our city
    if m := L.HOST.search(s.text):
        host = _host_of(s, m)
        return "abroad" if host is not None and is_foreign(host, side) else "home"
    if _HELD.search(s.text) and _MUNICIPAL_VENUE.search(s.text):
        if not any(is_foreign(h, side) and h.entry.kind == "city" for h in s.hits):
            return "home"  # held in the municipality's hall: the home city's own
    # a city places the event more surely than a country, which may only qualify it ("Iranian culture days")
    for h in sorted(places(s), key=lambda h: h.entry.kind != "city"):
        near = s.text[max(0, h.start - 40) : h.start]
        if _EVENT_IN.search(near) or held_right_after(s.text[h.end : h.end + 30]) or _EVENT_OF.search(near):
            if is_home(h, side):
                return "home"
            if is_foreign(h, side):
                return "abroad"
    return ""


_NOT_THE_PLACE = re.compile(r"(?:^|\s)(?:در|at|in|to)\s", re.I)


def held_right_after(after: str) -> bool:
    """The words after a place say an event was held there ("... باغ ارم شیراز آغاز شد"); not when the
    place is a person's and the event follows ("شهردار شیراز در افتتاح هفته فیلم ...")."""
    m = _HELD.search(after)
    return (
        m is not None
        and not _NOT_THE_PLACE.search(after[: m.start()])
        and not L.EVENT_NOUN.search(after[: m.start()])
    )


_HOSTED_BY = re.compile(r"(?:به" + S + r"میزبانی|\bhosted by|\bhost city|\bhosting city)\s*$", re.I)


def _host_of(s: Sentence, m: re.Match) -> Hit | None:
    """The place that hosts: after "به میزبانی" / "hosted by", else the subject before "X hosts"."""
    after = next((h for h in places(s) if 0 <= h.start - m.end() <= 25), None)
    if after is not None and _HOSTED_BY.search(s.text[: m.end() + 3].rstrip() + " ") is not None:
        return after
    if after is not None and s.text[m.start() : m.end()].startswith(("میزبان", "به")):
        return after
    before = [h for h in places(s) if h.end <= m.start() and m.start() - h.end <= 30]
    return before[-1] if before else None


def hosts_event(s: Sentence, side: Side) -> float:
    """The home city holds an event (summit, forum, festival ...) at home, or guests from elsewhere attend
    one no place of which is abroad ("mayors from 60 cities attended the ceremony"). An event told as held
    ("... که روز گذشته برگزار شد", "which was held on Monday") was held, whatever was proposed at it."""
    if _HELD_PAST.search(s.text):
        return _hosts_event(s, side)
    return _hosts_event_announced(s, side)


# an event told as held: «برگزار شد», «برگزار شده بود», "was held", "took place"
_HELD_PAST = re.compile(
    r"برگزار" + S + r"(?:شد|گردید)(?![\u0621-\u064A\u0671-\u06D3])|برگزار" + S + r"شده" + S + r"(?:بود|است)"
    r"|\b(?:was|were) held\b|\btook place\b",
    re.I,
)


def _hosts_event(s: Sentence, side: Side) -> float:
    if event_place(s, side) == "home":
        return 1.0
    return 1.0 if guests_came_to_it(s, side) else 0.0


_hosts_event_announced = _announced(_hosts_event)


_CLAUSE_END = re.compile(r"[,،;؛.]|(?:where|while|which)|(?:^|\s)که(?![\u0600-\u06FF])", re.I)


def guests_came_to_it(s: Sentence, side: Side) -> bool:
    """Guests from elsewhere attend the sentence's event, and the clause telling it places it nowhere
    abroad: the home city holds it (the guests' origins are not the event's place)."""
    m = G.guests_attend(s, side)
    if m is None:
        return False
    stop = _CLAUSE_END.search(s.text, m.end())
    end = stop.start() if stop else len(s.text)
    clause = Sentence(s.text[:end], [h for h in s.hits if h.end <= end], s.weight)
    if not is_event(clause) and not (has(L.MEETING, clause.text) and G.many_origins(s, side, m)):
        return False
    return event_place(clause, side) != "abroad"


@_announced
def attends_event(s: Sentence, side: Side) -> float:
    """The home side takes part in an event elsewhere ("شرکت در اجلاس ...", "attended the summit in")."""
    if not is_event(s):
        return 0.0
    where = event_place(s, side)
    if where == "home" or guests_came_to_it(s, side):
        return 0.0
    to = destinations(s)
    if to and all(is_home(h, side) for h in to):
        return 0.0  # someone travels to the home city to attend: the guests attend, our side does not travel
    if has(L.ATTEND, s.text) or has(L.TRAVEL_OUT, s.text):
        return 1.0 if where == "abroad" or to else 0.8
    return 0.5 if where == "abroad" else 0.0
