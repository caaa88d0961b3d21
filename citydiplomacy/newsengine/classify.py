"""From matched names to the event: home city, partner entities, city-diplomacy flag, event type, topics.

The event type is decided from evidence, in two layers: ``signals`` (and ``events`` for the events'
places) holds one small named function per question (is an agreement signed here or only mentioned, who travels where, is the event at home
or abroad, is it online, does the city join a body, is the news what was said, is it a message), and
``decide_event_type`` weighs them with the hand-set ``WEIGHTS`` table and keeps the deciding
sentence as evidence. Hand-set rather than learned: ``bench/news/event_type_cv.py`` fits a logistic
regression on the same signals (tuning part and invented stories, cross-validated by duplicate
group); it reached 0.78 out of sample and 0.46 on the checking part, where the weights reach
0.667. Change a weight only when ``bench/news/score_split.py`` shows no loss on the checking part and
the invented stories of ``tests/event_stories.py`` still pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import counterparts as Cp
from . import events as Ev
from . import lexicon as L
from . import signals as Sg
from . import virtual as Vm
from .dates import DateSpan, find_dates
from .eventdate import Source, event_date
from .gazetteer import Hit
from .homecity import home_city, iranian_outlet, outlet_country, site_of  # noqa: F401 (site_of: re-exported)
from .partners import partners
from .signals import Side
from .topics import topics

# a sentence ends at . ! ? ؟ before a space, or at . ! ؟ right before a Persian letter, or at a line break; the
# pattern starts on the punctuation (a lookbehind tried at every character costs twice the time)
_SENT = re.compile(r"[.!?؟](?:\s+|(?<=[.؟!])(?=[\u0600-\u06FF]))|\n+")
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
        seg = text[pos : m.start() if text[m.start()] == "\n" else m.start() + 1]
        if seg.strip():
            out.append((pos, seg))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


def classify(
    title: str,
    text: str,
    hits: list[Hit],
    dates: list[DateSpan],
    gaz,
    published: str | None,
    lang: str | None = None,
    url: str | None = None,
) -> Event:
    ev = Event()
    full = (title + "\n" + text) if title and title not in text[: len(title) + 5] else text
    sents0 = sentences(text)
    lead_end = sents0[2][0] if len(sents0) > 2 else len(text)
    home, _votes = home_city(
        text, hits, lang, lead_end, site_of(url), iranian_outlet(url), outlet_country(url)
    )
    ev.home_city = home
    home_cc = gaz.country_of(home) if home else ""
    found = partners(text, hits, sents0, lead_end, home, gaz, lang)
    cities, countries, orgs = found.cities, found.countries, found.organizations
    all_orgs = found.mentioned_organizations
    ev.cities, ev.countries, ev.organizations = cities, countries, orgs

    told = story_text(title, text, sents0)  # the story without the lists of other stories below it
    muni = L.MUNICIPAL.search(told) is not None
    # a city network acts in the story: the body's entry, or the name the story gives it (UNESCO's
    # network of creative cities, not UNESCO)
    networks = {
        h.entry.canonical
        for h in hits
        if h.entry.kind == "organization" and "city_network" in h.entry.tags and h.surface in told
    }
    org_city_net = any(
        o in networks
        or (
            gaz.by_canonical.get(("organization", o))
            and "city_network" in gaz.by_canonical[("organization", o)].tags
        )
        for o in orgs
    )
    foreign_countries = [c for c in countries if not home_cc or c != gaz.country_name(home_cc)]
    home_country_name = gaz.country_name(home_cc) if home_cc else None
    if home_country_name is None and countries:
        # no home city: the most mentioned country is home
        home_country_name = countries[0]
        foreign_countries = countries[1:]
    international = bool(
        foreign_countries or all_orgs or L.FOREIGN_ACTOR.search(told) or L.INTERNATIONAL.search(told)
    )
    ev.is_city_diplomacy = bool((muni or org_city_net) and international)

    top = [(p, t) for p, t in sents0 if p < STORY_CHARS]
    story = story_sentences(title, top, hits, gaz) if ev.is_city_diplomacy else []
    ev.event_type, ev.evidence, ev.confidence = decide_event_type(
        story, Side(home, home_cc, _is_capital(gaz, home)), ev.is_city_diplomacy
    )
    if not ev.is_city_diplomacy:
        ev.cities = []  # no city-diplomacy story, no counterpart cities
    if ev.event_type == "agreement":
        ev.agreement_kind = _agreement_kind(ev.evidence + " " + title)
    ev.topics = topics(full) if ev.is_city_diplomacy else []
    ev.event_date = _event_date(title, text, sents0, dates, hits, gaz, published, ev.evidence)
    return ev


def story_text(title: str, text: str, sents: list[tuple[int, str]]) -> str:
    """The title and the text up to the page's lists of other stories ("اخبار مرتبط", "Related"), which
    start after the first sentence of prose: another story's ambassador makes no story international."""
    first = next((k for k, (_p, t) in enumerate(sents) if _is_prose(t)), None)
    end = len(text)
    if first is not None:
        end = next((p for k, (p, t) in enumerate(sents) if k > first and _RELATED.match(t)), end)
    body = text[:end]
    return (title + "\n" + body) if title and title not in text[: len(title) + 5] else body


def _is_capital(gaz, city: str | None) -> bool:
    entry = gaz.by_canonical.get(("city", city)) if city else None
    return entry is not None and "capital" in entry.tags


def _agreement_kind(s: str) -> str | None:
    """What is agreed: sister-cityhood itself ("تفاهم‌نامه خواهرخواندگی", "sister city agreement"), else an
    MoU or a contract; "the two sister cities signed an MoU on buses" is an MoU between sister cities."""
    if L.SISTERHOOD.search(s):
        return "sister_city"
    if L.MOU.search(s):
        return "mou"
    if L.CONTRACT.search(s):
        return "contract"
    if L.SISTER.search(s):
        return "sister_city"
    return "mou"


# -- the decision --------------------------------------------------------------------------------
# Each event type and the signals that speak for it, with hand-set weights: a type's score is its
# weight times the strongest sentence's signal (title and lead count fully, the body a third), plus a
# little for every further sentence that says the same. Transparent on purpose: the figures of
# bench/news/score_split.py, tuned on the tuning part only, decide a change of weight.
WEIGHTS: dict[str, list[tuple[Callable, float]]] = {
    "agreement": [(lambda s, side: Sg.signs_agreement(s), 3.0)],
    "virtual_meeting": [(lambda s, side: Vm.online(s), 2.5)],
    "event_attended": [(Ev.attends_event, 2.4)],
    "membership": [(lambda s, side: Sg.joins_body(s), 2.0)],
    "event_hosted": [(Ev.hosts_event, 2.0)],
    "other": [(lambda s, side: Sg.sends_message(s), 2.0)],
    "outbound_visit": [(Sg.goes_abroad, 1.8)],
    "inbound_visit": [(Sg.comes_home, 1.8)],
    "statement_or_report": [
        (lambda s, side: Sg.speaks(s), 1.1),
        (lambda s, side: Sg.proposes_agreement(s), 1.0),
    ],
    "meeting": [(lambda s, side: Sg.meets(s), 1.0)],
}
LEAD_WEIGHTS = (1.0, 1.0, 0.9, 0.8, 0.7)  # the headline, then the first sentences of prose
BODY_WEIGHT = 0.35
REPEAT_SHARE = 0.1  # what each further sentence with the same signal adds
STORY_CHARS = 6000  # the event is told at the top; a long page's tail does not decide it


def story_sentences(title: str, sents: list[tuple[int, str]], hits: list[Hit], gaz) -> list[Sg.Sentence]:
    """The headline and the sentences, each with its hits (offsets made relative) and its weight.

    A page is menus, the headline, the lead, the body, then lists of other stories. The lead starts
    at the first sentence of prose; the headline is the title, else the headline-like line just
    before the lead. Headline-like lines after the lead (sub-headings, other stories' titles) weigh
    little, and nothing after a "related news" line counts: another story's signing is not this one's.
    """
    out = []
    if title:
        out.append(Sg.Sentence.of(title, gaz.find(title), LEAD_WEIGHTS[0], headline=True))
    first = next((k for k, (_p, t) in enumerate(sents) if _is_prose(t)), None)
    head = None
    if not title and first is not None:
        head = next(
            (
                k
                for k in range(first - 1, max(-1, first - 4), -1)
                if _is_headline(sents[k][1]) and not _is_dateline(sents[k][1])
            ),
            None,
        )
    lead = 0
    about = None  # the headline names an agreement
    for k, (pos, text) in enumerate(sents):
        if first is not None and k > first and _RELATED.match(text):
            break
        end = pos + len(text)
        rel = [Hit(h.start - pos, h.end - pos, h.surface, h.entry) for h in hits if pos <= h.start < end]
        if k == head:
            out.append(Sg.Sentence.of(text, rel, LEAD_WEIGHTS[0], headline=True))
            continue
        if about is None:
            about = any(L.AGREEMENT_NOUN.search(x.text) for x in out if x.weight == LEAD_WEIGHTS[0])
        if first is not None and k >= first and _is_prose(text) and lead < len(LEAD_WEIGHTS) - 1:
            lead += 1
            w = LEAD_WEIGHTS[lead]
        elif first is not None and (k < first or _is_headline(text)):
            w = LIST_WEIGHT  # menus before the lead, sub-headings and other stories' titles after it
        else:
            w = BODY_WEIGHT  # the body
        out.append(Sg.Sentence.of(text, rel, w))
        out[-1].about_agreement = bool(about) and w > BODY_WEIGHT
        if LIST_WEIGHT < w < SIGNED_AT_THE_END_WEIGHT and Sg.signed_at_this_event(out[-1]):
            out[-1].weight = SIGNED_AT_THE_END_WEIGHT  # the meeting's outcome, told last
    return out


LIST_WEIGHT = 0.15
SIGNED_AT_THE_END_WEIGHT = LEAD_WEIGHTS[1]  # a signing at the end of the story's meeting, however late told
GUESSED_VISIT_SHARE = (
    0.4  # a visit guessed with no word of travel (1.8 x 0.8 x 0.4) weighs less than a talk (0.6)
)
INTERVIEW_QUESTIONS = 3  # so many questions make a story an interview
INTERVIEW_WEIGHT = 2.0
# the start of a page's lists of other stories, tags and comments
_RELATED = re.compile(
    r"^\s*(?:(?:اخبار|مطالب|خبرهای|اخبار"
    + L.S
    + r"و"
    + L.S
    + r"مطالب)"
    + L.S
    + r"(?:مرتبط|مشابه|پیشنهادی|دیگر|بیشتر)"
    r"|بیشتر"
    + L.S
    + r"بخوانید|برچسب|کلید"
    + L.S
    + r"واژه|کلمات"
    + L.S
    + r"کلیدی|نظرات|ارسال"
    + L.S
    + r"نظر|پربازدید|پربحث"
    r"|related|read more|more (?:news|stories)|see also|tags?\b|comments?\b|most (?:read|popular|viewed)|recommended)",
    re.I,
)


def _is_prose(text: str) -> bool:
    """A sentence of the article: long enough, and ended by a full stop or long."""
    t = text.strip()
    return len(t) >= 40 and len(t.split()) >= 6 and (t[-1:] in '.!?؟…»"”)' or len(t) >= 100)


_YEAR = re.compile(r"[0-9۰-۹]{4}")


def _is_dateline(text: str) -> bool:
    """A dateline above the lead: a date and no more than a place and an agency ("Graz, May 4, 2026, APA")."""
    spans = find_dates(text)
    if not any(_YEAR.search(d.text) for d in spans):  # a full date, not a weekday's name
        return False
    rest, end = [], 0
    for d in spans:
        rest.append(text[end : d.start])
        end = d.end
    rest.append(text[end:])
    return sum(1 for w in " ".join(rest).split() if sum(c.isalpha() for c in w) >= 2) <= 3


def _is_headline(text: str) -> bool:
    """A headline-like line: a few words, no full stop."""
    t = text.strip()
    words = [w for w in t.split() if sum(c.isalpha() for c in w) >= 2]
    return 15 <= len(t) < 120 and len(words) >= 3 and len(t.split()) <= 25 and t[-1:] not in ".!?؟…:"


def decide_event_type(
    story: list[Sg.Sentence], side: Sg.Side, is_city_diplomacy: bool
) -> tuple[str, str, float]:
    """The event type with the highest weighted signal, its evidence sentence and a confidence."""
    if not is_city_diplomacy:
        return "other", "", 0.6
    scores: dict[str, float] = {}
    evidence: dict[str, str] = {}
    told: dict[str, bool] = {}  # a sentence says it outright (signal 1.0), not only suggests it
    counted = report_tallies(story)
    for kind, signals in WEIGHTS.items():
        total, best, best_s = 0.0, 0.0, ""
        for fn, weight in signals:
            raw = [(0.0 if kind in TALLIED_KINDS and id(s) in counted else fn(s, side), s) for s in story]
            told[kind] = told.get(kind, False) or any(v >= 1.0 for v, _s in raw)
            values = [(s.weight * v, s.text) for v, s in raw]
            values = [(v, t) for v, t in values if v > 0]
            if not values:
                continue
            # of sentences saying it equally, a sentence of prose (it tells the day) is the evidence, not a headline
            top, text = max(values, key=lambda x: (x[0], _is_prose(x[1])))
            score = weight * (top + REPEAT_SHARE * (sum(v for v, _t in values) - top))
            total += score
            if top * weight > best:
                best, best_s = top * weight, text
        if total > 0:
            scores[kind], evidence[kind] = total, best_s
    for a, b in (("outbound_visit", "inbound_visit"), ("inbound_visit", "outbound_visit")):
        if a in scores and b in scores and told[a] and not told[b]:
            del scores[b]  # one trip told outright: a guess of the other way round is wrong
    lead = [s for s in story if s.weight > BODY_WEIGHT]
    if (
        "inbound_visit" in scores
        and not told["inbound_visit"]
        and any(Sg.guest_met_away(s, side) for s in lead)
    ):
        # a visitor only guessed (a foreign official named) while the lead places the meeting elsewhere
        del scores["inbound_visit"]
    if "inbound_visit" in scores and not told["inbound_visit"] and not any(Sg.shows_coming(s) for s in lead):
        # a visitor only guessed from a foreign official's title, with no word of a trip or a stay
        scores["inbound_visit"] *= GUESSED_VISIT_SHARE
    if "statement_or_report" in scores and any(
        L.TRIPS_COUNTED.search(s.text) or (s.weight >= LEAD_WEIGHTS[1] and L.PERIOD_REPORT.search(s.text))
        for s in lead
    ):
        # a report on the trips made (a transparency list, a council's review, a half-year report): they
        # are its content
        for moved in ("outbound_visit", "inbound_visit", "event_attended"):
            scores.pop(moved, None)
    questions = [s.text for s in story if s.text.rstrip().endswith(("?", "؟"))]
    if (
        "statement_or_report" in scores
        and "meeting" in scores
        and len(questions) < INTERVIEW_QUESTIONS
        and not any(Sg.has(L.REPORT, s.text) for s in lead)
        and Cp.guest_met_at_home(lead, side)
    ):
        # a foreign official met at home: what was said, proposed or offered there is the meeting's content
        del scores["statement_or_report"]
    if len(questions) >= INTERVIEW_QUESTIONS:
        # questions and answers: the story is an interview, whatever it talks about
        scores["statement_or_report"] = scores.get("statement_or_report", 0.0) + INTERVIEW_WEIGHT
        evidence.setdefault("statement_or_report", questions[0])
    if not scores:
        return "other", "", 0.3
    kind = max(scores, key=lambda k: (scores[k], -list(WEIGHTS).index(k)))
    for moved, event_kind, signal in _FOR_AN_EVENT:
        if kind not in moved:
            continue
        # a trip made for an event is the event: attended abroad, hosted when the guests came to ours; not an
        # event still to come after a trip told as made ("travelled there and agreed to hold culture days next
        # spring"): the trip was not made for it (a trip told in the future, to attend it, is)
        later = not Sg.invited_or_future(evidence[kind])
        event = next(
            (s.text for s in lead if signal(Sg.narrated(s), side) and not (later and Sg.comes_later(s.text))),
            None,
        )
        if event is not None:
            scores[event_kind] = max(scores.get(event_kind, 0.0), scores[kind])
            evidence[event_kind] = evidence.get(event_kind) or event
            kind = event_kind
            break
    confidence = round(min(0.95, scores[kind] / sum(scores.values())), 2)
    return kind, evidence[kind].strip()[:400], confidence


# what a report counts is its content ("نه سفر خارجی انجام شد", "three MoUs were signed"), not the story's event
TALLIED_KINDS = frozenset(WEIGHTS) - {"statement_or_report", "other"}


def report_tallies(story: list[Sg.Sentence]) -> set[int]:
    """The sentences that count trips, signings or meetings in a story whose headline or first sentence
    is a report (an annual report, statistics, a council's review of trips): ids of the sentences."""
    if not any(s.weight >= LEAD_WEIGHTS[1] and Sg.has(L.REPORT, s.text) for s in story):
        return set()
    return {id(s) for s in story if Sg.tallied(s)}


_FOR_AN_EVENT = (
    (("outbound_visit", "meeting"), "event_attended", Ev.attends_event),
    (("inbound_visit", "meeting"), "event_hosted", Ev.hosts_event),
)


def _event_date(title, text, sents, dates, hits, gaz, published, evidence) -> str | None:
    """The event's date looked for in the evidence sentence, then the title, then the lead."""
    body = Source(text, dates, [(h.start, h.end) for h in hits if h.entry.kind == "city"])
    head = Source(
        title, find_dates(title), [(h.start, h.end) for h in gaz.find(title) if h.entry.kind == "city"]
    )
    places = [(body, p, s) for p, s in sents if evidence and s.strip()[:400] == evidence][:1]
    if title:
        places.append((head, 0, title))
    places += [(body, p, s) for p, s in lead_of(sents)]
    return event_date(places, published)


def lead_of(sents: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines before the lead (a page's menus, the headline, its date line) up to the first
    ``LEAD_SENTENCES``, then the headline just before the lead and ``LEAD_SENTENCES`` sentences of prose:
    on a page whose story starts below its menus the lead is not among the first lines."""
    first = next((k for k, (_p, t) in enumerate(sents) if _is_prose(t)), None)
    if first is None or first < LEAD_SENTENCES:
        top = sents[:LEAD_SENTENCES]
        start = len(top)
    else:
        top, start = [], max(0, first - 1)
    prose = [(p, t) for p, t in sents[start:] if _is_prose(t) or _is_headline(t)][:LEAD_SENTENCES]
    return top + [x for x in prose if x not in top]
