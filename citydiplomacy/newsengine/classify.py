"""From matched names to the event: home city, partner entities, city-diplomacy flag, event type, topics."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon as L
from .dates import DateSpan, find_dates
from .eventdate import Source, event_date
from .gazetteer import Hit

_SENT = re.compile(r"(?<=[.!?؟])\s+|\n+|(?<=[.؟!])(?=[\u0600-\u06FF])")
_LIST_SEP = re.compile(
    r"^\s*(?:[،,/]|و|and|&)\s*$|^\s*[،,]\s*(?:و|and)\s*$|^\s*[،,]\s*(?:\S+\s*){1,2}[،,]\s*$"
)
MUNI_BEFORE = re.compile(
    r"(?:شهرداری|شهردار|شورای[ \u200c]?(?:اسلامی[ \u200c]?)?شهر|کلان[ \u200c]?شهر|شهرداری[ \u200c]?های|"
    r"mayor of|municipality of|municipalities of|city of|deputy mayor of|governor of)"
    r"[ \u200c]*(?:[\u0600-\u06FF]+[ \u200c]){0,1}$",
    re.I,
)
MUNI_AFTER = re.compile(
    r"^['’]?s?[ ]*(?:municipality|mayor|city council|city hall|municipal|metropolitan)", re.I
)
IRAN = "IR"
LEAD_SENTENCES = 5  # sentences of the text where the event date is looked for after the title


@dataclass
class Event:
    is_city_diplomacy: bool = False
    event_type: str = "other"
    agreement_kind: str | None = None
    home_city: str | None = None
    cities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.0
    evidence: str = ""
    event_date: str | None = None


def sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _SENT.finditer(text):
        seg = text[pos : m.start()]
        if seg.strip():
            out.append((pos, seg))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


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


def home_city(
    text: str, hits: list[Hit], lang: str | None = None, lead_end: int = 0
) -> tuple[str | None, Counter]:
    """The municipality whose activity it is: the city most often attached to شهردار/شهرداری/mayor/...

    A dateline ("TEHRAN, Feb. 28 (MNA) –") is the agency's seat, not an actor, and is skipped. In Persian
    text an Iranian city named in the lead gets half a vote: the monitored offices are Iranian.
    """
    votes: Counter = Counter()
    first: dict[str, int] = {}
    iran_city: dict[str, bool] = {}
    for h in hits:
        if h.entry.kind != "city":
            continue
        iran_city[h.entry.canonical] = h.entry.country == IRAN
        if h.start < 3 and h.surface.isupper():
            continue
        first.setdefault(h.entry.canonical, h.start)
        before = text[max(0, h.start - 40) : h.start]
        after = text[h.end : h.end + 25]
        if MUNI_BEFORE.search(before) or MUNI_AFTER.match(after):
            votes[h.entry.canonical] += 1
        elif (
            lang == "fa"
            and h.entry.country == IRAN
            and h.start < lead_end
            and "bonus" + h.entry.canonical not in first
        ):
            votes[h.entry.canonical] += 0.5
            first["bonus" + h.entry.canonical] = 0
    if not votes:
        iran = Counter(h.entry.canonical for h in hits if h.entry.kind == "city" and h.entry.country == IRAN)
        if lang == "fa" and iran:
            return iran.most_common(1)[0][0], votes
        return None, votes
    pool = list(votes)
    if lang == "fa":
        # Persian outlets report an Iranian municipality's activity: a foreign mayor named next to
        # an Iranian mayor or municipality is the counterpart, however often he is named
        iranian = [c for c in pool if iran_city.get(c) and votes[c] >= 1]
        pool = iranian or pool
    best = max(pool, key=lambda c: (votes[c], -first[c]))
    return best, votes


def classify(
    title: str,
    text: str,
    hits: list[Hit],
    dates: list[DateSpan],
    gaz,
    published: str | None,
    lang: str | None = None,
) -> Event:
    ev = Event()
    full = (title + "\n" + text) if title and title not in text[: len(title) + 5] else text
    enum = in_enumeration(text, hits)
    sents0 = sentences(text)
    lead_end = sents0[2][0] if len(sents0) > 2 else len(text)
    home, _votes = home_city(text, hits, lang, lead_end)
    ev.home_city = home
    home_cc = gaz.country_of(home) if home else ""
    # entities, lists of three or more left out unless the name also appears outside a list
    outside = Counter()
    for i, h in enumerate(hits):
        if h.entry.kind != "role" and i not in enum:
            outside[(h.entry.kind, h.entry.canonical)] += 1
    # ... but cities listed in a sentence about sister cities, agreements or cooperation are the
    # counterparts themselves ("sister cities of Tabriz: Istanbul, Kazan, Baku and Hamburg")
    for i in sorted(enum):
        h = hits[i]
        if h.entry.kind == "city" and (h.entry.kind, h.entry.canonical) not in outside:
            sent = _sentence_at(sents0, h.start)
            if L.COOPERATION.search(sent) or L.AGREEMENT_NOUN.search(sent):
                outside[(h.entry.kind, h.entry.canonical)] += 1
    cities, countries, orgs = [], [], []
    for (kind, name), _n in outside.items():
        if kind == "city" and name != home:
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
    # an organization acting in the story is a city network, or named in the lead, or named again
    org_count = Counter(h.entry.canonical for h in hits if h.entry.kind == "organization")
    org_lead = {h.entry.canonical for h in hits if h.entry.kind == "organization" and h.start < lead_end}
    all_orgs = orgs
    orgs = [
        o
        for o in orgs
        if o in org_lead
        or org_count[o] >= 2
        or gaz.by_canonical[("organization", o)].tags & {"city_network", "urban_un"}
    ]
    ev.cities, ev.countries, ev.organizations = cities, countries, orgs

    muni = L.MUNICIPAL.search(full) is not None
    org_city_net = any(
        gaz.by_canonical.get(("organization", o))
        and "city_network" in gaz.by_canonical[("organization", o)].tags
        for o in orgs
    )
    foreign_countries = [c for c in countries if not home_cc or c != gaz.country_name(home_cc)]
    home_country_name = gaz.country_name(home_cc) if home_cc else None
    if home_country_name is None and countries:
        # no home city: the most mentioned country is home
        home_country_name = countries[0]
        foreign_countries = countries[1:]
    international = bool(foreign_countries or all_orgs or L.FOREIGN_ACTOR.search(full))
    ev.is_city_diplomacy = bool((muni or org_city_net) and international)

    ev.event_type, ev.evidence, ev.confidence = _event_type(title, sents0, ev)
    first = title or (sents0[0][1] if sents0 else "")
    if ev.event_type == "meeting" and _located_abroad(text, hits, home, home_cc, lead_end):
        ev.event_type = "outbound_visit"
    elif (
        ev.event_type == "meeting"
        and lang == "fa"
        and _foreign_visitor(title, sents0[:3], hits, home, home_cc, gaz)
    ):
        ev.event_type = "inbound_visit"
    elif (
        ev.event_type == "meeting"
        and (L.SPEECH.search(first) or (first.rstrip().endswith(":") and L.SPEAKER.search(first)))
        and not L.BILATERAL.search(first)
    ):
        # "the mayor said at the symposium ...", "شهردار شیراز: ...": the news is what was said
        ev.event_type = "statement_or_report"
    # the lead: the title and the first three sentences that are not bylines or menu lines
    lead_sents = ([title] if title else []) + [s for _p, s in sents0 if len(s) >= 40][:3]
    if ev.is_city_diplomacy and any(
        L.INVITE.search(s) and not (L.SIGN.search(s) and L.AGREEMENT_NOUN.search(s)) for s in lead_sents
    ):
        ev.event_type = "other"  # an invitation announces a future event: not yet an activity
    if not ev.is_city_diplomacy:
        ev.cities = []  # no city-diplomacy story, no counterpart cities
    if ev.event_type == "agreement":
        ev.agreement_kind = _agreement_kind(ev.evidence + " " + title)
    ev.topics = [t for t, r in L.TOPICS.items() if r.search(full)] if ev.is_city_diplomacy else []
    ev.event_date = _event_date(title, text, sents0, dates, hits, gaz, published, ev.evidence)
    return ev


# Officials whose nationality follows the role word in Persian ("سفیر روسیه", "شهردار لیماسول").
# Consuls are left out: a consulate sits in the city, so meeting its consul shows no travel
# (the README's inbound visit is "a foreign delegation or ambassador comes to the city").
VISITOR_ROLES = {
    "Ambassador",
    "Mayor",
    "Deputy Mayor",
    "Minister",
    "Foreign Minister",
    "Governor",
    "President",
}


def _foreign_visitor(title, lead: list[tuple[int, str]], hits: list[Hit], home, home_cc, gaz) -> bool:
    """A foreign official meets the home city's people at home: an inbound visit.

    In a lead sentence that names the home city, a role word of an official (ambassador, consul,
    mayor, minister, governor) is followed within a few words by a place of another country
    ("سفیر روسیه", "سرکنسول فدراسیون روسیه در رشت", "وزیر ... آستراخان روسیه").
    """
    if not home or not home_cc or not lead:
        return False
    for pos, sent in lead:
        end = pos + len(sent)
        in_sent = [h for h in hits if pos <= h.start < end]
        if not any(h.entry.kind == "city" and h.entry.canonical == home for h in in_sent):
            continue
        if any(
            h.entry.kind in ("city", "country")
            and h.entry.country
            and h.entry.country != home_cc
            and _IN.search(sent[max(0, h.start - pos - 6) : h.start - pos])
            for h in in_sent
        ):
            continue  # "سفیر ایران در اتریش با شهردار وین ...": the meeting is abroad
        for r in in_sent:
            if r.entry.kind != "role" or r.entry.canonical not in VISITOR_ROLES:
                continue
            place = next(
                (
                    h
                    for h in in_sent
                    if h.start >= r.end and h.entry.kind in ("city", "country") and h.start - r.end <= 60
                ),
                None,
            )
            if place is None:
                continue
            cc = place.entry.country
            if cc and cc != home_cc:
                return True
    return False


def _sentence_at(sents: list[tuple[int, str]], pos: int) -> str:
    for start, s in sents:
        if start <= pos < start + len(s):
            return s
    return ""


_IN = re.compile(r"(?:\bin|\bat|در|به)\s*$", re.I)


def _located_abroad(text: str, hits: list[Hit], home: str | None, home_cc: str, lead_end: int) -> bool:
    """The lead places the home city's people in a foreign city ("met ... in Tehran", "در مسکو")."""
    if not home or not home_cc:
        return False
    for h in hits:
        if h.start > lead_end:
            break
        if (
            h.entry.kind == "city"
            and h.entry.canonical != home
            and h.entry.country != home_cc
            and _IN.search(text[max(0, h.start - 6) : h.start])
        ):
            return True
    return False


def _agreement_kind(s: str) -> str | None:
    if L.SISTER.search(s):
        return "sister_city"
    if L.MOU.search(s):
        return "mou"
    if L.CONTRACT.search(s):
        return "contract"
    return "mou"


def _event_type(title: str, sents: list[tuple[int, str]], ev: Event) -> tuple[str, str, float]:
    """The event type voted by the cue words of the title and the sentences (``sentences(text)``)."""
    if not ev.is_city_diplomacy:
        return "other", "", 0.6
    lead = [s for _p, s in sents[:4]]
    if title:
        lead.insert(0, title)
    weights = [3.0] * len(lead) + [1.0] * max(0, len(sents) - 4)
    pool = lead + [s for _p, s in sents[4:]]
    scores: Counter = Counter()
    best_sent: dict[str, tuple[float, str]] = {}

    def vote(kind, w, s):
        scores[kind] += w
        if w > best_sent.get(kind, (0, ""))[0]:
            best_sent[kind] = (w, s)

    for s, w in zip(pool, weights, strict=False):
        has_agree = L.AGREEMENT_NOUN.search(s)
        if has_agree and L.SIGN.search(s):
            vote("agreement", 3 * w, s)
        elif has_agree:
            vote("agreement", 0.5 * w, s)
        if L.VIRTUAL.search(s) and (L.MEETING.search(s) or L.EVENT_NOUN.search(s)):
            vote("virtual_meeting", 2.5 * w, s)
        if L.MEMBERSHIP.search(s):
            vote("membership", 1.5 * w, s)
        if L.EVENT_NOUN.search(s):
            if L.HOST.search(s):
                vote("event_hosted", 1.5 * w, s)
            if L.ATTEND.search(s) or L.TRAVEL_OUT.search(s):
                vote("event_attended", 2 * w, s)
        if L.INBOUND.search(s):
            vote("inbound_visit", 1.5 * w, s)
        elif L.TRAVEL_OUT.search(s):
            vote("outbound_visit", 1.2 * w, s)
        if L.MEETING.search(s):
            vote("meeting", 1.0 * w, s)
        if L.STATEMENT.search(s):
            vote("statement_or_report", 0.6 * w, s)
    if not scores:
        return "other", "", 0.3
    kind, top = scores.most_common(1)[0]
    if kind == "outbound_visit" and scores["event_attended"] >= 0.3 * top:
        kind, top = "event_attended", scores["event_attended"]
    if kind == "meeting" and scores["statement_or_report"] > top and not scores["outbound_visit"]:
        kind, top = "statement_or_report", scores["statement_or_report"]
    total = sum(scores.values())
    return kind, best_sent.get(kind, (0, ""))[1].strip()[:400], round(min(0.95, top / total), 2)


def _event_date(title, text, sents, dates, hits, gaz, published, evidence) -> str | None:
    """The event's date looked for in the evidence sentence, then the title, then the lead."""
    body = Source(text, dates, [(h.start, h.end) for h in hits if h.entry.kind == "city"])
    head = Source(
        title, find_dates(title), [(h.start, h.end) for h in gaz.find(title) if h.entry.kind == "city"]
    )
    places = [(body, p, s) for p, s in sents if evidence and s.strip()[:400] == evidence][:1]
    if title:
        places.append((head, 0, title))
    places += [(body, p, s) for p, s in sents[:LEAD_SENTENCES]]
    return event_date(places, published)
