"""Signals of what happened in a story, each a small named function over one sentence.

A signal answers one question about a sentence of the lead — is an agreement signed here (not only
mentioned), does the home city's side travel abroad, does a foreign side come to the home city, is an
event held at home or attended elsewhere, is the meeting online, does the city join a body, is the
news what someone said, is it a message or an invitation — and says how sure it is (0..1). The
decision that weighs them is ``classify.decide_event_type``; every signal keeps its sentence as
evidence. Patterns come from ``lexicon``; places from the gazetteer's hits. Where an event is held
(at home or abroad) is told by ``events``, which builds on the places and movements here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import directions as Dir
from . import lexicon as L
from . import posts as P
from . import signed_documents as Docs
from .gazetteer import Hit

S = L.S


@dataclass
class Sentence:
    """One sentence of the story with the gazetteer hits inside it (offsets relative to ``text``)."""

    text: str  # long quotations blanked (``unquoted``)
    hits: list[Hit] = field(default_factory=list)
    weight: float = 1.0  # the title and the lead count more than the body
    quoted: bool = False  # the sentence held a long quotation
    reported: bool = False  # the sentence reports speech ("he added: ...")
    about_agreement: bool = False  # the headline names an agreement: "it was signed" refers to it
    said: bool = False  # a quote headline ("<official>: <words>")

    @classmethod
    def of(cls, text: str, hits: list[Hit], weight: float, headline: bool = False) -> Sentence:
        plain, quoted = unquoted(text)
        said = False
        if headline:
            plain, said = quote_headline(plain)
        out = cls(plain, hits, weight, quoted or said, bool(_REPORTED.search(text)))
        out.said = said
        return out


# a quote headline: "<official>: <what he said>" ("شهردار تبریز: ...", "Mayor of Graz: ...")
_HEADLINE_SPEAKER = re.compile(r"^([^:«\"“]{3,70}?)\s*:\s*(\S.{8,})$")


def quote_headline(text: str) -> tuple[str, bool]:
    """The title with the quoted words of a "<speaker>: <quote>" headline blanked (offsets kept)."""
    m = _HEADLINE_SPEAKER.match(text.strip())
    if not m or not L.SPEAKER.search(m.group(1)) or L.REPORT.search(m.group(1)):
        return text, False
    start = text.index(m.group(2))
    return text[:start] + " " * (len(text) - start), True


# reported speech: "وی افزود: ...", "he said that ...", "X گفت ...": what it tells is recalled, not done here
_REPORTED = re.compile(
    r"(?:گفت|افزود|اظهار" + S + r"(?:کرد|داشت)|تصریح" + S + r"کرد|خاطرنشان" + S + r"کرد|ادامه" + S + r"داد"
    r"|(?:عنوان|بیان)" + S + r"(?:کرد|داشت)|(?:تاکید|تأکید)" + S + r"کرد)\s*:"
    r"|(?<![\u0600-\u06FF])(?:گفت|افزود|یادآور"
    + S
    + r"شد|یادآوری"
    + S
    + r"کرد)(?=\s+(?!و\s*گو)[\u0600-\u06FF])"
    r"|\b(?:said|added|noted|stressed|stated|recalled|told \w+(?: \w+)?) that\b"
    r"|\b(?:said|added|noted|stressed|stated)\s*:"
    r"|\b(?:said|says|recalled)\s+(?:the|a|an|his|her|their|our|its)\b",
    re.I,
)


def speech_start(s: Sentence) -> int:
    """Where the words a sentence reports begin ("X in the meeting said: ..."), or its end."""
    m = _REPORTED.search(s.text) if s.reported else None
    return m.end() if m else len(s.text)


@dataclass
class Side:
    """Whose story it is: the home city and its country (ISO alpha-2)."""

    home: str | None
    home_cc: str
    home_is_capital: bool = False  # the embassies sit in the home city


# -- places in a sentence ------------------------------------------------------------------------
def is_home(h: Hit, side: Side) -> bool:
    if h.entry.kind == "city":
        return h.entry.canonical == side.home
    return h.entry.kind == "country" and bool(side.home_cc) and h.entry.country == side.home_cc


def is_foreign(h: Hit, side: Side) -> bool:
    return (
        h.entry.kind in ("city", "country")
        and bool(h.entry.country)
        and bool(side.home_cc)
        and h.entry.country != side.home_cc
    )


def places(s: Sentence) -> list[Hit]:
    return [h for h in s.hits if h.entry.kind in ("city", "country")]


# -- movement: where does somebody go ------------------------------------------------------------
# a cue right before the destination ("visit to X", "arrived in X", "سفر به X", "وارد X", "عازم X")
_TO_BEFORE = re.compile(
    r"(?:\bvisit(?:ed|ing|s)?(?: to)?|\btrip to|\btravel(?:l?ed|l?ing|s)? to|\barriv(?:e|ed|es|ing|al) in|\bflew to|"
    r"\bheaded to|\bwent to|\bcame to|\blanded in|\bguests? of|\bin town\b|(?:سفر|ورود)"
    + S
    + r"(?:\S+"
    + S
    + r"){0,3}به|وارد|عازم|"
    r"عزیمت" + S + r"به|رهسپار|راهی|مهمان|میهمان)"
    r"\s*(?:the\s+)?(?:(?:city|capital) of\s+)?(?:شهر|کشور|کلان" + S + r"شهر|پایتخت)?\s*$",
    re.I,
)
# a Persian destination "به X سفر کرد / رفت / عزیمت کرد" (the verb after the place)
_TO_PERSIAN_BEFORE = re.compile(r"(?:^|\s)به\s*(?:شهر|کشور|پایتخت)?\s*$")
_TO_PERSIAN_AFTER = re.compile(r"^\s*(?:\S+\s*){0,2}(?:سفر|رفت|عزیمت|اعزام|آمد|آمده|رسید|رسیدند)")
# somebody staying in a place: "در عراق به سر می‌برد", "سفری سه‌روزه در X", "on a visit in X"
_STAY_AFTER = re.compile(r"^\s*(?:به" + S + r"سر" + S + r"می" + S + r"برد|اقامت" + S + r"دارد)")
_TRIP_IN_BEFORE = re.compile(
    r"(?:سفری|سفر)" + S + r"(?:[\u0600-\u06FF\u200c]+" + S + r"){0,2}در" + S + r"(?:شهر|کشور)?\s*$"
    r"|\b(?:on a|during (?:a|his|her|their)) (?:\w+[- ]?){0,2}(?:visit|trip|stay|tour) (?:in|to)\s+(?:the\s+)?$",
    re.I,
)
# a place visited at the end of what was seen: "بازدید ... از مترو استانبول" (not "هیئتی از اوفا", where
# "از" is "from": the place right after "از" is an origin)
_VISIT_OF_BEFORE = re.compile(r"بازدید" + S + r"(?:[^\s.،؛:]+\s+){0,5}?از\s+(?:[^\s.،؛:]+\s+){1,6}$")
_INVITED_OR_FUTURE = re.compile(
    L.INVITE.pattern + "|" + L.FUTURE.pattern + r"|دعوت|\bwill\b|\binvit|خواهد|قرار" + S + "است", re.I
)
# "at the invitation of": the cause of a past visit, not an invitation to a future one
_AT_INVITATION = re.compile(
    r"به" + S + r"دعوت|\bat the invitation\b|\bupon (?:the )?invitation\b|\binvited by\b", re.I
)
_QUOTED = re.compile(r"[\"“«][^\"”»]{40,}(?:[\"”»]|$)")


def unquoted(text: str) -> tuple[str, bool]:
    """The sentence with its long quotations blanked (offsets kept), and whether it had one: what a
    speaker recalls ("two years ago our choir sang online") is not this story's event."""
    if '"' not in text and "“" not in text and "«" not in text:
        return text, False
    out = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    return out, out != text


@lru_cache(maxsize=8192)
def has(pattern: re.Pattern, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text``, remembered: every signal asks about the same sentences."""
    return pattern.search(text) is not None


@lru_cache(maxsize=8192)
def invited_or_future(text: str) -> bool:
    return bool(_INVITED_OR_FUTURE.search(_AT_INVITATION.sub(" ", text))) or _GOALS.search(text) is not None


@lru_cache(maxsize=8192)
def invited(text: str) -> bool:
    """An invitation, an offer or an aim: nothing happened yet, nor is it planned."""
    return bool(_INVITE.search(_AT_INVITATION.sub(" ", text)) or _GOALS.search(text))


# an invitation, or a readiness offered ("ready to hold ...", «اعلام آمادگی»): nothing is planned yet
_INVITE = re.compile(
    r"دعوت|آمادگی|\binvit|\bready to\b|\breadiness\b|\bwilling(?:ness)? to\b"
    # a trip or an event proposed ("پیشنهاد می‌کنم هیأتی ... سفر کند", "suggested a visit"): not made
    r"|پیشنهاد|\bpropos(?:ed|es|al|ing)\b|\bsuggest"
    r"|\bexpressed (?:his|her|its|their) (?:interest|desire|wish)\b",
    re.I,
)


# a time to come ("برای خرداد سال آینده", "next year"): a trip or an event then is still a plan
_TIME_TO_COME = re.compile(
    r"(?:سال|ماه|هفته|بهار|تابستان|پاییز|پائیز|زمستان)" + S + r"(?:آینده|آتی)"
    r"|\bnext (?:week|month|year|spring|summer|autumn|fall|winter)\b"
    r"|\blater this (?:week|month|year)\b",
    re.I,
)
FUTURE_SHARE = 0.6  # an announced trip is news of that trip, told less surely than one made


def announced(text: str) -> bool:
    """A trip or an event still to come: told in the future, as a plan, or dated next week or year."""
    return invited_or_future(text) or comes_later(text)


def comes_later(text: str) -> bool:
    """Dated to come ("next spring", "سال آینده") or a headline's infinitive ("Kerman to host ...")."""
    return has(_TIME_TO_COME, text) or has(L.HEADLINE_FUTURE, text)


def _announced(fn):
    """A movement signal that counts a trip still to come at ``FUTURE_SHARE`` and an invitation not at all."""

    def signal(s: Sentence, side: Side) -> float:
        if invited(s.text):
            return 0.0
        v = fn(s, side)
        return v * FUTURE_SHARE if v and announced(s.text) else v

    signal.__name__, signal.__doc__ = fn.__name__, fn.__doc__
    return signal


# a sentence about aims ("the goals of the sister-city ties are ... hosting conferences"): intentions
_GOALS = re.compile(
    r"اهداف|(?<![\u0600-\u06FF])هدف(?![\u0600-\u06FF])|\bgoals?\b|\baims?\b|\bobjectives?\b", re.I
)


def destinations(s: Sentence) -> list[Hit]:
    """Places the sentence has somebody go to."""
    out = []
    for h in places(s):
        before = s.text[max(0, h.start - 40) : h.start]
        after = s.text[h.end : h.end + 25]
        if (
            _TO_BEFORE.search(before)
            or (_TO_PERSIAN_BEFORE.search(before) and _TO_PERSIAN_AFTER.match(after))
            or _STAY_AFTER.match(after)
            or _TRIP_IN_BEFORE.search(before)
            or _VISIT_OF_BEFORE.search(s.text[max(0, h.start - 70) : h.start])
            or Dir.unlisted_city_destination(s.text, h)
        ):
            out.append(h)
    return out


# a time long past: a visit then is recalled, not reported ("his visit to Erzurum last year")
_LONG_AGO = re.compile(
    r"\blast year\b|\byears? ago\b|\bin (?:19|20)[0-9]{2}\b|سال"
    + S
    + r"(?:گذشته|پیش|قبل)(?![\u0600-\u06FF])|پارسال"
    r"|در" + S + r"سال" + S + r"[0-9]{4}",
    re.I,
)


def recalled(s: Sentence) -> bool:
    """The sentence tells of another time or is an interview or a report: not this story's trip. A time
    that dates a signing ("to implement the memorandum signed in 2022") dates the agreement, not the trip."""
    if has(L.REPORT, s.text):
        return True
    return any(not dates_a_signing(s.text, m) for m in _LONG_AGO.finditer(s.text))


def dates_a_signing(text: str, when: re.Match) -> bool:
    """The time ``when`` belongs to a signing next to it ("signed by the two cities in 2022", "که سال
    گذشته امضا شد"), with no trip told in between."""
    for m in L.SIGN.finditer(text, max(0, when.start() - 50), min(len(text), when.end() + 50)):
        between = text[m.end() : when.start()] if m.end() <= when.start() else text[when.end() : m.start()]
        if not L.TRAVEL_OUT.search(between):
            return True
    return False


# who receives whom: "X hosted/received/welcomed ...", "مورد استقبال X قرار گرفت", "X از ... استقبال کرد"
_RECEIVE_EN = re.compile(r"\b(?:hosted|received|welcomed|greeted)\b", re.I)
_PASSIVE = re.compile(r"\s+(?:by|at|in)\b", re.I)
_RECEIVED_BY_FA = re.compile(r"مورد" + S + r"استقبال|به" + S + r"استقبال")
_RECEIVES_FA = re.compile(r"استقبال" + S + r"(?:کرد|کردند)|میزبان" + S + r"(?:هیئت|هیات|شهردار|سفیر)|پذیرای")


def host_side(s: Sentence, side: Side) -> str:
    """Who receives the guests in the sentence: "home", "foreign" or "" when it does not say."""
    host = None
    m = _RECEIVE_EN.search(s.text)
    if m and _PASSIVE.match(s.text[m.end() : m.end() + 12]):
        # "was received by the Mayor of Shiraz", "received at Shiraz City Hall": the host comes after
        host = next((h for h in places(s) if 0 <= h.start - m.end() <= 40), None)
    elif m:
        before = [h for h in places(s) if h.end <= m.start()]
        host = before[-1] if before and "," not in s.text[before[-1].end : m.start()] else None
    if host is None and (m := _RECEIVED_BY_FA.search(s.text)):
        host = next((h for h in places(s) if 0 <= h.start - m.end() <= 40), None)
    if host is None and _RECEIVES_FA.search(s.text):
        host = next(iter(places(s)), None)
    if host is None:
        return ""
    if is_home(host, side):
        return "home"
    return "foreign" if is_foreign(host, side) else ""


# the public on the move ("every summer thousands of our citizens holiday in Georgia", "صدها هزار زائر ... سفر می‌کنند"):
# tourists and pilgrims counted in thousands, not the city's delegation
_CROWD = re.compile(
    r"\b(?:hundreds|thousands|millions|tens of thousands|[0-9][0-9,.]*(?:,000| thousand| million))"
    r"(?: of)? (?:\w+ ){0,2}(?:tourists|pilgrims|travell?ers|visitors|Iranians|citizens|people|fans|passengers)\b"
    r"|(?:هزاران|صدها|میلیون"
    + S
    + r"ها|ده"
    + S
    + r"ها"
    + S
    + r"هزار|[0-9]+"
    + S
    + r"(?:هزار|میلیون))"
    + S
    + r"(?:\S+"
    + S
    + r"){0,2}(?:گردشگر|زائر|زوار|مسافر|شهروند|ایرانی)",
    re.I,
)


def crowd_moves(s: Sentence) -> bool:
    """The sentence moves the public (tourists, pilgrims by the thousand), not the city's people."""
    return has(_CROWD, s.text)


@_announced
def goes_abroad(s: Sentence, side: Side) -> float:
    """The home side travels to a foreign place ("visit to Baghdad", "به کازان سفر کرد"); tourists
    counted by the thousand are not the home side."""
    if not side.home_cc or recalled(s) or crowd_moves(s):
        return 0.0
    if any(is_foreign(h, side) for h in destinations(s)):
        return 1.0
    if host_side(s, side) == "foreign" and any(is_home(h, side) for h in s.hits):
        return 0.8  # "the mayor of Erzurum hosted a delegation of Tabriz"
    # "the mayor ... met ... in Vienna": the home side is placed in a foreign city
    if any(
        h.entry.kind == "city"
        and is_foreign(h, side)
        and _IN.search(s.text[max(0, h.start - 6) : h.start])
        and not envoy_seat(s, h)
        for h in s.hits
    ) and (has(L.MEETING, s.text) or has(L.TRAVEL_OUT, s.text)):
        return 0.7
    if any(
        is_foreign(h, side) and Dir.home_party_in(s.text, s.hits, h, lambda x: is_home(x, side))
        for h in s.hits
    ):
        return 0.7  # "Tehran council delegation in Beijing": the home side's party placed abroad
    return 0.0


_IN = re.compile(r"(?:\bin|\bat|در)\s*$", re.I)
# "a delegation from X", "هیئتی از X", "X's delegation"
_FROM_BEFORE = re.compile(
    r"(?:\bdelegation (?:from|of)|\b(?:visitors?|guests|investors|business ?(?:people|men|leaders)|a group) from"
    r"|هی[ئی]?[اأ]?تی?" + S + r"(?:\S+" + S + r"){0,3}از|"
    r"(?:نمایندگان|گروهی|میهمانانی|مهمانانی|سرمایه" + S + r"گذارانی)" + S + r"(?:\S+" + S + r"){0,2}از)"
    r"\s*(?:the\s+)?(?:شهر|کشور|city of)?\s*$",
    re.I,
)
# officials whose country follows the role ("سفیر روسیه", "mayor of Kazan"): their coming is a visit
VISITOR_ROLES = (
    "Ambassador",
    "Mayor",
    "Deputy Mayor",
    "Minister",
    "Foreign Minister",
    "Governor",
    "President",
)


@_announced
def comes_home(s: Sentence, side: Side) -> float:
    """A foreign side comes to the home city: a destination at home, a delegation from abroad, or a
    visiting foreign official in a sentence that names the home city."""
    if not side.home or recalled(s) or host_side(s, side) == "foreign" or crowd_moves(s):
        return 0.0
    if met_away(s, side):
        return 0.0
    if any(is_home(h, side) for h in destinations(s)) and (
        has(L.INBOUND, s.text) or any(is_foreign(h, side) for h in s.hits) or has(L.FOREIGN_ACTOR, s.text)
    ):
        return 1.0
    for h in places(s):
        if is_foreign(h, side) and _FROM_BEFORE.search(s.text[max(0, h.start - 40) : h.start]):
            return 1.0
    if has(L.INBOUND, s.text) and any(is_foreign(h, side) for h in s.hits):
        return 0.8
    if (
        _FOREIGN_GROUP.search(s.text)
        and (has(L.MEETING, s.text) or has(L.TRAVEL_OUT, s.text))
        and any(is_home(h, side) for h in s.hits)
    ):
        return 0.8  # "representatives of Asian cities met the mayor of <home>"
    return foreign_visitor(s, side)


def met_away(s: Sentence, side: Side) -> bool:
    """The sentence places the meeting away from the home city and has nobody come to it: in another
    city ("at the embassy in Moscow"), or at the end of our side's trip inside the country ("شهردار
    اصفهان در سفر به تهران با سفیر ... دیدار کرد"): the guest was met where he is posted or staying."""
    speech = speech_start(s)
    if speech < len(s.text):  # what a speaker says ("... said: in Havana we will ...") places nobody here
        s = Sentence(s.text[:speech], [h for h in s.hits if h.end <= speech], s.weight)
    goes = destinations(s)
    if any(h.entry.kind == "city" and is_home(h, side) for h in goes):
        return False
    if any(h.entry.kind == "city" and h.entry.country == side.home_cc and not is_home(h, side) for h in goes):
        return True
    return elsewhere(s, side)


def narrated(s: Sentence) -> Sentence:
    """The sentence up to the words it reports ("X said in the meeting: the festival will be held in
    our city" → "X said in the meeting:"): what the story tells happened, not what a speaker talks of."""
    speech = speech_start(s)
    if speech >= len(s.text):
        return s
    return Sentence(s.text[:speech], [h for h in s.hits if h.end <= speech], s.weight)


# what shows that a guest came: thanks for the hospitality, a first visit, a stay, a trip, a tour, an
# accompanying delegation ("با تشکر از مهمان‌نوازی", "on his first visit to", "هیئت همراه")
_CAME = re.compile(
    r"(?:مهمان|میهمان)" + S + r"نوازی|سفر|بازدید|ورود|وارد|اقامت|هی[ئی]?[اأ]?ت|حضور" + S + r"در" + S + r"شهر"
    r"|\bhospitality\b|\bfirst (?:time|visit)\b|\bstay\b|\bvisit|\btour|\barriv|\bdelegation|\bin town\b"
    r"|\btrip\b|\btravel|\bcame\b|\bguests?\b|\bhosted\b|\bwelcomed\b",
    re.I,
)


def shows_coming(s: Sentence) -> bool:
    """The sentence shows that somebody travelled or stays as a guest (before any words it reports)."""
    return _CAME.search(s.text, 0, speech_start(s)) is not None


def guest_met_away(s: Sentence, side: Side) -> bool:
    """A foreign official (an envoy, a mayor, a minister) is met in a sentence that places the meeting
    away from the home city: the lead overrules a visit guessed from the official's title."""
    if not (met_away(s, side) and has(L.MEETING, s.text)):
        return False
    speech = speech_start(s)
    for r in s.hits:
        if r.entry.kind == "role" and r.entry.canonical in VISITOR_ROLES + _ENVOY and r.start < speech:
            place = role_place(s, r)
            if place is not None and is_foreign(place, side):
                return True
    return False


# a group from abroad named without its places ("نمایندگان شهرهای اروپایی", "a delegation of European cities")
_FOREIGN_GROUP = re.compile(
    r"(?:نمایندگان|هی[ئیا]?ت|سفرای|سفیران)"
    + S
    + r"(?:\S+"
    + S
    + r"){0,2}(?:شهرهای|کشورهای)"
    + S
    + r"(?:خارجی|آسیایی|اروپایی|آفریقایی|عربی|اسلامی|همسایه|جهان|مختلف)"
    + r"|\b(?:delegat\w*|representatives|envoys) (?:of|from) (?:\w+ ){0,2}(?:foreign|Asian|European|African|Arab|"
    r"neighbou?ring) (?:cities|countries)\b"
    # envoys of several countries: "سفرای هشت کشور", "ambassadors of 12 countries"
    r"|(?:سفرای|سفیران|دیپلمات" + S + r"های)" + S + r"(?:\S+" + S + r"){0,2}(?:کشور|کشورهای)"
    r"|\b(?:ambassadors|diplomats|envoys|consuls)\b(?: \w+){0,4} (?:countries|nations)\b",
    re.I,
)


def foreign_visitor(s: Sentence, side: Side) -> float:
    """A visiting foreign official ("سفیر روسیه", "mayor of Kazan") in a sentence about the home city.

    Consuls are left out: a consulate sits in the city, so meeting its consul shows no travel; so are
    ambassadors when the home city is its country's capital, where the embassies sit. A
    role's place is the one written against it ("mayor of Kazan", "Kazan mayor", "سفیر روسیه"), so
    "Graz mayor meets the Iranian ambassador" makes the ambassador, not the mayor, foreign. A meeting
    placed in another city ("met ... in Vienna", "سفیر ایران در اتریش") is no visit to the home city,
    unless that place is only an envoy's seat ("سفیر ایتالیا در تهران").
    """
    at_home = any(h.entry.kind == "city" and h.entry.canonical == side.home for h in s.hits)
    if not (at_home or _CITY_HALL.search(s.text)):
        return 0.0
    if elsewhere(s, side):
        return 0.0
    speech = speech_start(s)
    for r in sorted(s.hits, key=lambda h: h.start):
        if r.entry.kind != "role" or r.entry.canonical not in VISITOR_ROLES:
            continue
        if r.start >= speech:
            break  # named in what was said ("... said: a joint meeting with Russia's minister ..."), not here
        if r.entry.canonical == "Ambassador" and side.home_is_capital:
            continue  # an ambassador is posted in the capital: meeting there shows no travel, as with a consul
        place = role_place(s, r)
        if place is not None and is_foreign(place, side):
            return 0.8
    return 0.0


# between a role and its place: "of (the city of)", or a Persian ezafe chain of the role's words with
# no preposition or punctuation ("وزیر روابط بین‌الملل و اقتصاد آستراخان")
_ROLE_OF = re.compile(
    r"^\s*(?:(?:of|for)\s+(?:[A-Z][\w'’-]*\s+|and\s+|the\s+)*?)?(?:(?:city|capital) of\s+)?$"
    r"|^\s*(?:(?!(?:با|در|به|از|را|که|و" + S + r"با)(?:\s|$))[\u0600-\u06FF\u200c]+\s+){0,5}$",
    re.I,
)
# the home city's hall: a foreign official received there has come to the city
_CITY_HALL = re.compile(
    r"(?:ساختمان|محل|کاخ|عمارت|دفتر)" + S + r"(?:مرکزی" + S + r")?شهرداری|\b(?:city|town) hall\b", re.I
)
_ROLE_BEFORE = re.compile(r"^\s*(?:['’]s)?\s*$")
_ENVOY = ("Ambassador", "Consul", "Consul General")


def role_place(s: Sentence, r: Hit) -> Hit | None:
    """The place written against a role: after it ("mayor of Kazan", "سفیر روسیه"), else right before
    it ("Kazan mayor", "the Iranian ambassador")."""
    after = next((h for h in places(s) if h.start >= r.end), None)
    if after is not None and after.start - r.end <= 50 and _ROLE_OF.match(s.text[r.end : after.start]):
        return after
    before = [h for h in places(s) if h.end <= r.start]
    if before and _ROLE_BEFORE.match(s.text[before[-1].end : r.start]):
        return before[-1]
    return None


def elsewhere(s: Sentence, side: Side) -> bool:
    """The sentence places its people in a city other than home ("in Vienna", "در مسکو"), not only
    as a foreign envoy's seat in the home country ("سفیر ایتالیا در تهران"; "سفیر ایران در بلاروس" is
    abroad)."""
    for h in s.hits:
        if h.entry.kind not in ("city", "country") or is_home(h, side):
            continue
        if not _IN.search(s.text[max(0, h.start - 6) : h.start]):
            continue
        if h.entry.kind == "country" and not is_foreign(h, side):
            continue
        if not (envoy_seat(s, h) and is_foreign(_envoy_country(s, h), side) and not is_foreign(h, side)):
            return True
    return False


def _envoy_country(s: Sentence, h: Hit) -> Hit:
    return [x for x in s.hits if x.end <= h.start][-1]


def envoy_seat(s: Sentence, h: Hit) -> bool:
    """``h`` is an envoy's seat in the Persian title "سفیر ایتالیا در تهران" (role, country, در, city): where
    the envoy sits, not where the meeting is. In English "in Vienna" is where they met."""
    prev = [x for x in s.hits if x.end <= h.start]
    return (
        len(prev) >= 2
        and s.text[prev[-1].end : h.start].strip() == "در"
        and prev[-1].entry.kind == "country"
        and prev[-2].entry.kind == "role"
        and prev[-2].entry.canonical in _ENVOY
        and prev[-1].start - prev[-2].end <= 12
        and h.start - prev[-1].end <= 12
    )


# -- agreements ----------------------------------------------------------------------------------
_PAST_TIE = re.compile(
    "|".join(
        [
            r"\blast year\b|\bearlier\b|\bago\b|\bsince\b|\balready\b|\bin the past\b|\bprevious|\breferring to\b",
            r"سال" + S + r"گذشته|پارسال|از" + S + r"گذشته|قبلا|قبلاً|پیش" + S + r"از" + S + r"این",
            r"سال" + S + r"های" + S + r"گذشته|اشاره" + S + r"(?:به|کرد)",
            # "three years ago", "سه سال پیش", "signed in 2017", "در سال ۱۳۹۶"
            r"(?:سال|ماه|هفته)" + S + r"پیش(?![\u0600-\u06FF])",
            r"\bin (?:19|20)[0-9]{2}\b|در" + S + r"سال" + S + r"[0-9]{4}",
            r"\bhave (?:been )?(?:signed|led)\b|(?:شده|کرده)" + S + r"(?:است|اند|بود)",
            # an agreement named by its signing ("the memorandum signed between ...", "تفاهم‌نامه امضا شده")
            r"\b(?:memorand\w*|mou|agreements?|contracts?)(?: of understanding)? signed (?:between|by|with|in|last|earlier)\b",
            r"امضا"
            + S
            + r"شده(?!"
            + S
            + r"(?:است|اند))|امضا"
            + S
            + r"کرده(?:"
            + S
            + r"است)?(?![\u0600-\u06FF])",
            # ... or whose implementation is the news: it exists already
            r"\bimplement|اجرای" + S + r"(?:تفاهم|قرارداد|سند|مفاد)|اجرایی" + S + r"(?:شدن|کردن)|پیگیری",
        ]
    ),
    re.I,
)


# a signing still to come ("امضا می‌شود", "به امضا خواهد رسید", "to be signed"); not "went there to sign"
_SIGN_FUTURE = re.compile(
    r"امضا"
    + S
    + r"(?:می"
    + S
    + r"شود|خواهد|می"
    + S
    + r"رسد)|به"
    + S
    + r"امضا"
    + S
    + r"(?:خواهد|می"
    + S
    + r"رسد)"
    r"|\b(?:to be|will be|would be) signed\b|\b(?:will|would) sign\b"
    # a time to come close after the signing word ("امضای تفاهم‌نامه ... در ماه آینده", "signing ... next month")
    r"|(?:امضا|\bsign)[^.؟!]{0,80}?(?:(?:هفته|ماه|سال)"
    + S
    + r"(?:آینده|آتی)|به"
    + S
    + r"زودی|\bnext (?:week|month|year)\b"
    r"|\bsoon\b|\blater this (?:week|month|year)\b)",
    re.I,
)


# a signing offered ("ready to sign a memorandum", "آماده امضای تفاهم‌نامه", "اعلام آمادگی برای امضا")
_READY_TO_SIGN = re.compile(
    r"\b(?:ready|willing|prepared)\s+to\s+sign\b|\breadiness\b(?: \S+){0,5} to sign\b|آماده"
    + S
    + r"(?:امضای|امضا)|آمادگی"
    + S
    + r"(?:\S+"
    + S
    + r"){0,5}امضا",
    re.I,
)


def signs_agreement(s: Sentence) -> float:
    """An agreement is signed in this story: an agreement noun and a signing verb, not a tie of the
    past ("sister cities since 2011"), a plan, a proposal, a demand or an offer ("will sign", "پیشنهاد ... مطرح شد",
    "ready to sign"), nor
    one that a speaker recalls ("he said the MoU signed three years ago ..."). A roadmap signed under an
    older agreement is signed here (``signed_documents``)."""
    s = Docs.under_framework(s)
    if not (
        has(L.SIGN, s.text)
        and (has(L.AGREEMENT_NOUN, s.text) or has(Docs.PLAN_NOUN, s.text) or s.about_agreement)
    ):
        return 0.0
    # in "he announced the signing ... and added: ...", the part before the quoted words is the news
    head = _REPORTED.split(s.text, maxsplit=1)[0] if s.reported else ""
    reported = s.reported and not (L.AGREEMENT_NOUN.search(head) and L.SIGN.search(head))
    if _SIGN_FUTURE.search(s.text) or has(L.REPORT, s.text):
        return 0.1  # a signing to come, or agreements counted in a report or an interview
    if (
        s.quoted
        or reported
        or invited_or_future(s.text)
        or has(_READY_TO_SIGN, s.text)
        or _PAST_TIE.search(s.text)
        or has(L.PROPOSAL, s.text)
        or has(L.DEMAND, s.text)
        or Docs.signing_as_topic(s.text)
    ):
        return 0.2  # only mentioned: weighs no more than a plain meeting (3.0 x 0.2 = 1.0 x 0.6)
    return 1.0


# this story's own meeting, visit or session: "در پایان این دیدار", "at the end of the videoconference"
_THIS_EVENT = re.compile(
    r"(?:در"
    + S
    + r"پایان|در"
    + S
    + r"حاشیه|در|طی|پس"
    + S
    + r"از|به"
    + S
    + r"دنبال)"
    + S
    + r"(?:این|آن)"
    + S
    + r"(?:دیدار|نشست|جلسه|سفر|مراسم|ویدی?[ئو]?و"
    + S
    + r"کنفرانس|اجلاس|همایش|گفت"
    + S
    + r"و"
    + S
    + r"گو)"
    r"|\b(?:at the (?:end|close|conclusion) of|during|following|after) the (?:\w+ ){0,2}(?:meeting|talks|visit|"
    r"video ?conference|video call|ceremony|session|summit|forum)\b",
    re.I,
)


def signed_at_this_event(s: Sentence) -> bool:
    """An agreement signed at the end of the story's own meeting or visit, told late in the story ("در
    پایان این دیدار تفاهم‌نامه ... به امضا رسید"): the meeting's outcome, as much news as its lead."""
    return has(_THIS_EVENT, s.text) and signs_agreement(s) >= 1.0


def proposes_agreement(s: Sentence) -> float:
    """An agreement proposed or discussed, not signed: the news is the plan; not when the sentence tells
    the meeting it was proposed at ("در دیدار با سرکنسول ... پیشنهاد خواهرخواندگی را مطرح کرد"): the
    proposal is that meeting's content."""
    if has(L.AGREEMENT_NOUN, s.text) and has(L.PROPOSE, s.text) and signs_agreement(s) < 1.0:
        return 0.0 if has(L.BILATERAL, s.text) else 1.0
    return 0.0


def joins_body(s: Sentence) -> float:
    """The city joins a body, or is elected to a post in one ("became a member of", "به عضویت")."""
    joins = _JOINS.search(s.text)
    if P.appointed_to_post(s):
        return 1.0  # named to a body's post by its officer, however long the post's name (``posts``)
    if not (has(L.MEMBERSHIP, s.text) or joins) or _CHOSEN_AS.search(s.text):
        return 0.0
    if any(h.entry.kind == "organization" for h in s.hits):
        return 1.0
    # no known body: only a joining said outright counts ("a member of the city council said" does not)
    return 0.5 if joins else 0.0


# chosen as a host or a title ("به عنوان میزبان ... انتخاب شد", "named the 2027 culture capital"): no post
_CHOSEN_AS = re.compile(
    r"به"
    + S
    + r"عنوان"
    + S
    + r"(?:\S+"
    + S
    + r"){0,3}(?:میزبان|پایتخت|شهر"
    + S
    + r"(?:نمونه|برتر|جهانی|خلاق))"
    r"|\b(?:chosen|selected|named|designated|picked) (?:as )?(?:the )?(?:\w+ ){0,3}(?:host|capital|city of)\b",
    re.I,
)
_JOINS = re.compile(
    r"به"
    + S
    + r"عضویت|عضو"
    + S
    + r"(?:جدید|رسمی|وابسته|ناظر)|\bjoin(?:s|ed)?\b|\bbec(?:a|o)me (?:a |an )?(?:full |associate )?member"
    r"|\b(?:associate|full|new) member\b|\badmitted\b",
    re.I,
)


def meets(s: Sentence) -> float:
    if has(L.BILATERAL, s.text):
        return 1.0
    return 0.6 if has(L.MEETING, s.text) else 0.0


def speaks(s: Sentence) -> float:
    """The news is what someone said or published: a quote-led line, an interview, a report."""
    if s.said and not has(L.REPORT, s.text):
        return 0.8  # a quote headline: less than a meeting or a trip told in the lead
    if has(L.REPORT, s.text) or s.quoted:
        return 1.0
    if s.text.rstrip().endswith(":") and has(L.SPEAKER, s.text):
        return 0.5 if has(L.BILATERAL, s.text) else 1.0  # "in the meeting of X and Y it was said:"
    if (s.reported or has(L.SPEECH, s.text)) and not has(L.BILATERAL, s.text):
        return 0.7
    return 0.3 if has(L.STATEMENT, s.text) else 0.0


# a count of signings, trips, delegations or meetings ("سه تفاهم‌نامه جدید", "۹ سفر خارجی", "در ۱۱ اجلاس", "38
# foreign delegations", "in 11 international conferences"): a tally of many, not one event
_TALLY = re.compile(
    r"(?<![\w\u0600-\u06FF.,/])(?:[2-9]|[1-9][0-9]+|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|"
    r"سیزده|چهارده|پانزده|شانزده|هفده|هجده|نوزده|بیست|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)"
    + S
    + r"(?:(?:[\w\u0600-\u06FF\u200c]+"
    + S
    + r"){0,2}?)"
    r"(?:تفاهم" + S + r"نامه|توافق" + S + r"نامه|قرارداد|سند|سفر|هی(?:ئ|أ|ا|ی)?ت|اجلاس|همایش|نشست|رویداد"
    r"|agreements|memoranda|mous|contracts|documents|accords|trips|visits|delegations|conferences|meetings|events|summits"
    r"|forums)(?![\w\u0600-\u06FF])",
    re.I,
)


def tallied(s: Sentence) -> bool:
    """The sentence counts signings, trips, delegations or meetings: in a report, they are its content."""
    return has(_TALLY, s.text)


def sends_message(s: Sentence) -> float:
    """A message, a congratulation or condolence, or an invitation: no activity took place yet. A visit
    made "at the invitation of" the city is no invitation still open: the guests came."""
    if has(L.MESSAGE, s.text):
        return 1.0
    if has(L.INVITE, s.text) and not signs_agreement(s) and L.INVITE.search(_AT_INVITATION.sub(" ", s.text)):
        return 0.6
    return 0.0
