"""What story grouping reads of a record (``Facts``) and the signals that compare two records' facts.

The facts: language, home city, kind of event, dates, partners (cities and organizations by the
gazetteer's canonical names, an unlisted name with its consonant skeleton, see ``namekey``),
foreign countries and people. The signals answer one question each about a pair: do the homes
differ, do the dates agree, are the kinds of event compatible or close, which people and partners
are shared, do the partners differ or overlap, is one report the other's mirror (each city the
other's partner). ``dedup.same_event`` weighs them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import urlsplit

from .namekey import same_skeleton, script, skeleton
from .normalize import match_key

# kinds of event that can be the same event seen by two outlets (a visit reported by one as a
# meeting, by the other as the signing made during it); a report, a membership and a story that
# is no city diplomacy only match their own kind
ACTION = frozenset(
    {
        "outbound_visit",
        "inbound_visit",
        "agreement",
        "meeting",
        "virtual_meeting",
        "event_hosted",
        "event_attended",
    }
)


def _published(r) -> dt.date | None:
    v = getattr(r, "published", None)
    try:
        return dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def _dates(r) -> tuple[dt.date, ...]:
    out = []
    for v in (getattr(r, "event_date", None), getattr(r, "published", None)):
        if v:
            try:
                out.append(dt.date.fromisoformat(str(v)[:10]))
            except ValueError:
                continue
    return tuple(out)


def outlet(url) -> str:
    """The host of an article's URL without "www." ("" when there is none)."""
    if not url:
        return ""
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.")


# -- what grouping reads of a record ----------------------------------------------------------------
Person = tuple[str, frozenset[str], str, str]  # letters of the name, its words, skeleton, script
Counterpart = tuple[str, str, bool]  # "kind:name" key, consonant skeleton, known to the gazetteer


@dataclass(frozen=True)
class Facts:
    lang: str
    home: str
    event_type: str
    dates: tuple[dt.date, ...]
    counterparts: frozenset[str]  # partner cities and organizations ("city:xi'an", canonical when known)
    countries: frozenset[str]
    people: tuple[Person, ...]
    partners: tuple[Counterpart, ...] = ()  # the counterparts with what compares them across scripts
    published: dt.date | None = None
    outlet: str = ""  # the host of the article's URL ("www." left out)


_LATIN_FOLD = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "đ": "d", "ł": "l"})


def _unaccented(word: str) -> str:
    """A Latin word without its diacritics ("aydınoğlu" → "aydinoglu"); other scripts as they are."""
    if word.isascii() or script(word) == "fa":
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_LATIN_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _person(name: str) -> Person | None:
    words = [_unaccented(w) for w in match_key(name).split() if len(w) > 1]
    joined = "".join(words)
    if len(joined) < 5:
        return None
    return joined, frozenset(words), skeleton(name), script(name)


@lru_cache(maxsize=4096)
def home_country(home: str) -> str:
    """The country of a home city (English, folded), from the gazetteer; "" when it does not know it."""
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for (kind, canonical), _e in gaz.by_canonical.items():
        if kind == "city" and canonical.casefold() == home:
            return gaz.country_name(gaz.country_of(canonical)).casefold()
    return ""


@lru_cache(maxsize=65536)
def counterpart(kind: str, name: str) -> Counterpart:
    """A partner city or organization as grouping compares it: the gazetteer's canonical name when the
    whole name is one it knows (in any script or spelling), else the name itself; with its skeleton."""
    from .gazetteer import default_gazetteer
    from .normalize import normalize_text

    text = normalize_text(name).strip()
    hits = [
        h for h in default_gazetteer().find(text) if h.entry.kind == kind and h.end - h.start == len(text)
    ]
    if hits and text:
        canonical = hits[0].entry.canonical
        return f"{kind}:{canonical.casefold()}", skeleton(canonical), True
    return f"{kind}:{name.casefold()}", skeleton(name), False


def facts(r) -> Facts:
    """What grouping compares; the home country is no counterpart (every story of the city names it)."""
    people = []
    for p in getattr(r, "people", None) or []:
        found = _person(p.get("name", "") if isinstance(p, dict) else str(p))
        if found:
            people.append(found)
    partners = [counterpart("city", c) for c in getattr(r, "cities", None) or [] if c]
    partners += [counterpart("organization", o) for o in getattr(r, "organizations", None) or [] if o]
    keys = {p[0].replace("organization:", "org:", 1) for p in partners}
    home = (getattr(r, "home_city", None) or "").casefold()
    countries = {c.casefold() for c in getattr(r, "countries", None) or []}
    return Facts(
        lang=getattr(r, "lang", None) or "",
        home=home,
        event_type=getattr(r, "event_type", None) or "other",
        dates=_dates(r),
        counterparts=frozenset(keys),
        countries=frozenset(countries - {home_country(home)} if home else countries),
        people=tuple(people),
        partners=tuple(sorted(set(partners))),
        published=_published(r),
        outlet=outlet(getattr(r, "url", None)),
    )


# -- signals -----------------------------------------------------------------------------------------
def homes_differ(a: Facts, b: Facts) -> bool:
    return bool(a.home and b.home and a.home != b.home)


def dates_agree(a: Facts, b: Facts, days: int) -> bool | None:
    """True: some date of one is within ``days`` of some date of the other; False: all are farther
    and so are the two publication dates; None: one of them has no date, or only the event dates
    read from the text disagree (a date the text mentions is often not the event's: the extracted
    event date is right about two times in three, the publication date almost always)."""
    if not a.dates or not b.dates:
        return None
    if min(abs((x - y).days) for x in a.dates for y in b.dates) <= days:
        return True
    if a.published and b.published:
        return False
    return None


def kinds_compatible(a: Facts, b: Facts) -> bool:
    return a.event_type == b.event_type or (a.event_type in ACTION and b.event_type in ACTION)


# kinds of event the engine confuses for one gathering (a visit reported as the meeting held in it,
# an event hosted by one outlet and attended by the other); an agreement is an act of its own
_GATHERING = ACTION - {"agreement"}


def kinds_close(a: Facts, b: Facts) -> bool:
    """The same kind, two kinds of one gathering, or a story whose kind the engine could not tell
    ("other") next to any kind."""
    kinds = {a.event_type, b.event_type}
    return len(kinds) == 1 or kinds <= _GATHERING or "other" in kinds


def same_person(p: Person, q: Person) -> bool:
    """One name written out in full or in part ("first last" and "first middle last"), in any order;
    across scripts (Persian and Latin letters), by the consonant skeleton of the name."""
    (pj, pw, ps, pscript), (qj, qw, qs, qscript) = p, q
    if pscript != qscript:
        return same_skeleton(ps, qs)
    if pj in qj or qj in pj:
        return True
    small, large = (pw, qw) if len(pw) <= len(qw) else (qw, pw)
    return len(small) >= 2 and small <= large


def _matched(ours, theirs) -> int:
    unused = list(theirs)
    n = 0
    for p in ours:
        hit = next((q for q in unused if same_person(p, q)), None)
        if hit is not None:
            unused.remove(hit)
            n += 1
    return n


def shared_people(a: Facts, b: Facts) -> int:
    """People named in both (each once); the same count whichever article comes first."""
    return max(_matched(a.people, b.people), _matched(b.people, a.people))


def same_partner(x: Counterpart, y: Counterpart) -> bool:
    """One partner: the same key, or, when the gazetteer does not know one of the two names, the
    same kind and consonant skeleton (an unlisted city written in Persian and in Latin letters). Two
    names the gazetteer knows are compared by their canonical names only (Karaj is not Karachi)."""
    if x[0] == y[0]:
        return True
    if x[2] and y[2]:
        return False
    return x[0].split(":", 1)[0] == y[0].split(":", 1)[0] and len(x[1]) >= 3 and x[1] == y[1]


def _covered(ours, theirs) -> bool:
    return all(any(same_partner(x, y) for y in theirs) for x in ours)


def same_counterparts(a: Facts, b: Facts) -> bool:
    """The same non-empty partners: cities and organizations, or countries when neither names any."""
    if a.partners or b.partners:
        return _covered(a.partners, b.partners) and _covered(b.partners, a.partners)
    if a.counterparts or b.counterparts:
        return a.counterparts == b.counterparts
    return bool(a.countries) and a.countries == b.countries


def share_counterpart(a: Facts, b: Facts) -> bool:
    """A partner city or organization in common; when one of the two names none (a report that
    says "a congress in Spain" where the other names the city), a foreign country in common."""
    if a.counterparts & b.counterparts:
        return True
    if any(same_partner(x, y) for x in a.partners for y in b.partners):
        return True
    return (not a.counterparts or not b.counterparts) and bool(a.countries & b.countries)


def partners_differ(a: Facts, b: Facts) -> bool:
    """Both name partners (cities or organizations) and none is shared; when neither names any, both
    name foreign countries and none is shared (the ambassadors of two countries received one day)."""
    if a.counterparts and b.counterparts:
        return not share_counterpart(a, b)
    if a.counterparts or b.counterparts:
        return False
    return bool(a.countries and b.countries) and not (a.countries & b.countries)


EXTRA_PARTNERS = 1  # partners one report of an event may name more than another


def counterparts_overlap(a: Facts, b: Facts) -> bool:
    """A partner in common and all the partners of one of the two found in the other, which names at
    most ``EXTRA_PARTNERS`` more (or none, and the same foreign country): a round-up of the week
    names many partners, one of them the short report's."""
    if not share_counterpart(a, b) or abs(len(a.partners) - len(b.partners)) > EXTRA_PARTNERS:
        return False
    return _covered(a.partners, b.partners) or _covered(b.partners, a.partners)


MIN_SHARED_PARTNERS = 2  # partners a short report shares with a fuller one of one gathering


def fewer_participants(a: Facts, b: Facts) -> bool:
    """One report names only some of the other's partners, at least ``MIN_SHARED_PARTNERS`` of them
    (a short agency item names the forum and one guest city, the fuller report every city that came):
    all of the shorter one's partners are found in the other, however many more the other names."""
    if min(len(a.partners), len(b.partners)) < MIN_SHARED_PARTNERS:
        return False
    return _covered(a.partners, b.partners) or _covered(b.partners, a.partners)


def with_home(a: Facts, b: Facts) -> tuple[Facts, Facts]:
    """When one of the two names no home city but names the other's home among its cities (an
    outlet telling of "the mayors of X and Y" makes neither the actor), that city is its home too."""
    if a.home and not b.home:
        return a, _homed(b, a.home)
    if b.home and not a.home:
        return _homed(a, b.home), b
    return a, b


def _homed(f: Facts, home: str) -> Facts:
    key = f"city:{home}"
    if key not in f.counterparts:
        return f
    return replace(
        f,
        home=home,
        counterparts=f.counterparts - {key},
        partners=tuple(p for p in f.partners if p[0] != key),
        countries=f.countries - {home_country(home)},
    )


def mirrored(a: Facts, b: Facts) -> bool:
    """Two home cities, each the other's partner: one visit or meeting told by each side's press
    (the visitors' outlet names its own city as the actor, the hosts' outlet names theirs)."""
    return bool(
        a.home
        and b.home
        and a.home != b.home
        and f"city:{b.home}" in a.counterparts
        and f"city:{a.home}" in b.counterparts
    )


def told_from(a: Facts, b: Facts) -> Facts:
    """``b``, a ``mirrored`` report of the other city, told from ``a``'s home: ``a``'s home city is its
    actor and its own home city its partner (as ``a`` names it), so the two compare as two reports of
    one home city (the guests' agency and the hosts' portal, each naming its own city the actor)."""
    if not mirrored(a, b):
        return b
    theirs = f"city:{b.home}"
    ours = f"city:{a.home}"
    partner = next((p for p in a.partners if p[0] == theirs), (theirs, skeleton(b.home), True))
    return replace(
        b,
        home=a.home,
        counterparts=(b.counterparts - {ours}) | {theirs},
        partners=tuple(sorted({p for p in b.partners if p[0] != ours} | {partner})),
        countries=(b.countries - {home_country(a.home)}) | ({home_country(b.home)} - {""}),
    )


TRAVELLED = frozenset({"outbound_visit", "event_attended"})  # the home city went to the other
RECEIVED = frozenset({"inbound_visit", "event_hosted"})  # the home city received the other


def both_travelled(a: Facts, b: Facts) -> bool:
    """Two ``mirrored`` reports that each tell their own city went to the other (a visit, a forum
    attended there): two trips in opposite directions (the mayor's visit and the deputy's return
    visit), not one visit told by both sides, where one side goes and the other receives. Read with
    dates in common too: the engine's misreading of a direction (a foreign outlet's "the mayor led a
    delegation to X" taken as received) goes the other way, seen in the invented stories."""
    return a.event_type in TRAVELLED and b.event_type in TRAVELLED


def opposite_trips(a: Facts, b: Facts) -> bool:
    """``both_travelled``, or each tells its own city received the other: without a date in
    common, a visit and the return visit (with dates in common, two received visits are read as one
    visit whose direction the engine misread on one side)."""
    return both_travelled(a, b) or (a.event_type in RECEIVED and b.event_type in RECEIVED)


def one_outlet(a: Facts, b: Facts) -> bool:
    """Two pages of one outlet in one language: an outlet tells an event once, so its second page
    about the same partner is another event (the follow-up meeting, the return visit, the next
    day's signing), unless it publishes the same text again (a copy, ``dedup.same_event``); a
    flash and the full report later are, at worst, two stories of one event."""
    return bool(a.outlet) and a.outlet == b.outlet and bool(a.lang) and a.lang == b.lang
