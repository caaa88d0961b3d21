"""One story per event: group the articles that report the same event, in any language.

The wording read is each article's own: the lines its outlet repeats on its other pages (menus,
link lists) are left out first. Two kinds of candidates, both found without comparing every pair
(the cost per article stays flat):

* wording: MinHash signatures over word bigrams of the match-key text (ZWNJ and letter forms
  folded), banded LSH: articles that copy each other land in one bucket (a bucket larger than
  ``SMALL_BUCKET``, which a phrase every outlet repeats makes, is chained in the order of ids
  instead of giving all its pairs);
* facts: articles of the same home city naming the same counterpart (a partner city, whichever of
  the two cities is home, an organization, a foreign country) or, failing that, the same home city
  alone, taken in date order so each article meets only its next ``NEIGHBOURS`` within ``WINDOW``
  days (undated articles meet every member of a small block only); articles with no home city, by
  the countries they name, and by the home block of each city they name (one of them may be the
  home of another report: ``storyfacts.with_home``).

Each candidate pair is then decided by small named signals: do the facts conflict (two home cities
that are not each other's partner, publication dates far apart, kinds of event that cannot be one
event), how alike is the wording (a second MinHash, over single words, estimates the word Jaccard
and how much of the shorter report the other holds), do they share counterparts (the gazetteer's
canonical names; an unlisted name by its consonant skeleton, see ``namekey``) and people (across
Persian and Latin letters by skeleton): the facts and these signals are in ``storyfacts``; the
decision weighs them here. Copies, date conflicts and alike reports of one home city
are decided vectorized, the rest pair by pair. The decision is symmetric and the candidates do not
depend on the order of the input, so neither do the groups. Manual decisions are constraints:
``together`` pairs are joined first, and no pair of ``apart`` ever ends in one group. Signatures
use stable hashes (crc32 + fixed seeds), so results do not depend on the process or machine.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from .normalize import KEY_TABLE
from .storyfacts import (
    ACTION,
    Facts,
    both_travelled,
    counterparts_overlap,
    dates_agree,
    facts,
    fewer_participants,
    homes_differ,
    kinds_close,
    kinds_compatible,
    mirrored,
    one_outlet,
    opposite_trips,
    outlet,
    partners_differ,
    same_counterparts,
    share_counterpart,
    shared_people,
    told_from,
    with_home,
)

STATEMENT = "statement_or_report"

NUM_PERM = 120
BANDS = 40
ROWS = NUM_PERM // BANDS
WORD_PERM = 128  # MinHash over single words: the word Jaccard of a pair, estimated
MAX_BUCKET = 300
SMALL_BUCKET = 16  # an LSH bucket up to this size gives all its pairs; a larger one a chain
CHAIN = 2  # in a larger bucket, each member meets its next CHAIN members (in the order of ids)
SMALL_BLOCK = 60  # undated articles are compared with every member of a block this small
NEIGHBOURS = 12  # in a block, each dated article meets at most this many later ones within ``days``
_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20251016)
_A = (_rng.integers(1, 2**63 - 1, NUM_PERM, dtype=np.uint64) | np.uint64(1)).reshape(-1, 1)
_B = _rng.integers(0, 2**63 - 1, NUM_PERM, dtype=np.uint64).reshape(-1, 1)
_WA = (_rng.integers(1, 2**63 - 1, WORD_PERM, dtype=np.uint64) | np.uint64(1)).reshape(-1, 1)
_WB = _rng.integers(0, 2**63 - 1, WORD_PERM, dtype=np.uint64).reshape(-1, 1)
_MAXSIG = np.uint64(2**32 - 1)

# thresholds of the decision (tuned on the "tune" part of bench/news/dev-split.json only)
COPY = 0.6  # bigram similarity of a copy: the same story unless its partners or dates conflict
SAME_TEXT = 0.9  # bigram similarity of one text published twice: the same story whatever its dates
WORDS_SAME = 0.25  # word Jaccard of two reports of one event in the same language
WORDS_SUPPORT = 0.12  # word Jaccard that, with a shared person and counterpart, makes one event
WORDS_NEAR = 0.2  # word Jaccard that, on the same days with overlapping partners, joins two close kinds
CONTAINED = 0.45  # share of the shorter report's words found in the other: one report retold
MIN_CONTAINED_WORDS = 30  # words the shorter report needs before its share is trusted

SHINGLE_LIMIT = 6000  # characters of a record's text that story grouping reads

_FOLD = [(chr(c), v) for c, v in KEY_TABLE.items() if chr(c) != v]


def fold(text: str) -> str:
    """``match_key`` for grouping (letter forms and ZWNJ folded, lower case), with ``str.replace`` per
    folded letter: on long Persian text ``str.translate`` looks every character up and costs about
    ten times more. The length may change (grouping only splits the result into words)."""
    for c, v in _FOLD:
        if c in text:
            text = text.replace(c, v)
    return text.lower()


def _words(text: str, limit: int = SHINGLE_LIMIT) -> list[str]:
    key = fold(text[:limit])
    return [w for w in _WORD.findall(key) if not w.isdigit()]


def _hashes(words: Sequence[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: ``np.unique`` by a sort and a comparison of neighbours, which is
    about ten times faster than ``np.unique`` of the installed numpy (2.4) on integers (it hashes)."""
    if values.size < 2:
        return values.copy()
    ordered = np.sort(values)
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _bigrams(h: np.ndarray) -> np.ndarray:
    if len(h) <= 1:
        return h
    return distinct(h[:-1] * np.uint64(1_000_003) ^ h[1:])


def shingle_hashes(text: str, limit: int = SHINGLE_LIMIT) -> np.ndarray:
    """Hashes of the word bigrams of ``text`` (one word alone: its own hash)."""
    return _bigrams(_hashes(_words(text, limit)))


def _minhash(shingles: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if shingles.size == 0:
        return np.full(len(a), _MAXSIG, dtype=np.uint64)
    with np.errstate(over="ignore"):
        x = (a * shingles.reshape(1, -1) + b) >> np.uint64(32)
    return x.min(axis=1)


def signature(text: str) -> np.ndarray:
    """MinHash of the word bigrams (LSH candidates and the similarity of copies)."""
    return _minhash(shingle_hashes(text), _A, _B)


def signatures(text: str) -> tuple[np.ndarray, np.ndarray, int]:
    """``signature(text)``, the MinHash of its words of three letters or more (the similarity of
    rewrites) and how many such words it has, from one reading of the text."""
    words = _words(text)
    h = _hashes(words)
    long = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) > 2
    own = distinct(h[long])
    return _minhash(_bigrams(h), _A, _B), _minhash(own, _WA, _WB), len(own)


def containment(jaccard: np.ndarray, n_a: np.ndarray, n_b: np.ndarray) -> np.ndarray:
    """Share of the shorter text's words that the other has, from the word Jaccard J of two texts
    and their word counts: |A ∩ B| = J (|A| + |B|) / (1 + J). A short report wholly retold inside a
    longer one (or in a page that keeps its lists of links) has a low Jaccard but a high share."""
    inter = jaccard * (n_a + n_b) / (1 + jaccard)
    return inter / np.maximum(np.minimum(n_a, n_b), 1)


MIN_OWN_WORDS = 20  # words of an article's own text below which its template is kept
TEMPLATE_LINE = 300  # characters: a longer line is the article's own text, never its page's template


def own_texts(records: Sequence, indexes: Iterable[int]) -> dict[int, str]:
    """Each record's text without the lines its outlet repeats on other pages (menus, link lists,
    footers): two pages of one site must not look alike because they share the site's template.
    A line counts as template when it recurs in another article of the same host (by URL)."""
    by_host: dict[str, list[int]] = defaultdict(list)
    out = {}
    for i in indexes:
        r = records[i]
        out[i] = r.text[:SHINGLE_LIMIT]
        host = outlet(getattr(r, "url", None))
        if host:
            by_host[host].append(i)
    for members in by_host.values():
        if len(members) < 2:
            continue
        lines = {i: [ln.strip() for ln in out[i].split("\n")] for i in members}
        seen: dict[str, int] = defaultdict(int)
        for i in members:
            for ln in {ln for ln in lines[i] if ln and len(ln) <= TEMPLATE_LINE}:
                seen[ln] += 1
        for i in members:
            own = "\n".join(ln for ln in lines[i] if seen.get(ln, 0) < 2)
            if len(own.split()) >= MIN_OWN_WORDS:  # else the page is (almost) all template: keep it whole
                out[i] = own
    return out


class _UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, a):
        while self.p[a] != a:
            self.p[a] = self.p[self.p[a]]
            a = self.p[a]
        return a

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


# -- the decision ---------------------------------------------------------------------------------------
def same_event(a: Facts, b: Facts, copy: float, words: float, days: int = 3, contained: float = 0.0) -> bool:
    """Do two articles report one event? ``copy``: bigram similarity; ``words``: word Jaccard;
    ``contained``: share of the shorter one's words in the other (0 when it is too short to tell)."""
    a, b = with_home(a, b)
    mirror = mirrored(a, b)
    if homes_differ(a, b) and not mirror:
        return False
    same_lang = not a.lang or not b.lang or a.lang == b.lang
    when = _dated_together(a, b, days)
    if partners_differ(a, b) and not mirror:
        return False  # two partners: however alike the wording (a template sentence), two events
    if same_lang and _copied(copy, when):
        return True
    if when is False:
        return False
    if mirror and both_travelled(a, b):
        return False  # each side went to the other: a visit and the return visit
    if one_outlet(a, b):
        return False  # an outlet's second page in one language, and no copy: another event
    alike = same_lang and words >= WORDS_SAME
    if alike and when:
        return True  # alike wording on the same days: the kinds of event are the engine's guesses
    if alike and when is None and _undated_alike(a, b):
        return True
    # a report retold inside a longer page, for one home city and partner; a kind of event that does
    # not fit (a short news item inside the week's round-up of the city) keeps them apart
    retold = contained >= CONTAINED and bool(a.home) and a.home == b.home and share_counterpart(a, b)
    alike = alike or (same_lang and retold)
    if not kinds_compatible(a, b):
        return _speeches_at_the_event(a, b, when, words if same_lang else 0.0)
    if mirror:
        return _seen_from_both_sides(a, b, when, same_lang, words)
    # without a date in common, two kinds of event of one partner are two events (a visit, and the
    # congratulations sent later), however alike the outlet's page template makes the wording
    dated_or_same_kind = bool(when) or a.event_type == b.event_type
    if alike and dated_or_same_kind:
        return True
    if not (a.home and a.home == b.home) or not share_counterpart(a, b):
        return False  # the facts alone speak only for two articles of one known home city
    people = shared_people(a, b)
    if same_lang:
        return _in_one_language(a, b, when, people, words)
    return _across_languages(a, b, when, people)


OTHER_KIND_DAYS = 1  # days within which two kinds of event, or two reports naming only a country, may be one


def _dated_together(a: Facts, b: Facts, days: int) -> bool | None:
    """``dates_agree``, stricter two or three days apart. Two reports that name only a foreign
    country (many actors: its ambassador on Monday, its trade attaché on Wednesday) are then dated
    apart (False, as ``dates_agree`` says it: when both publication dates are known). Two kinds of
    event have no date in common that speaks for one event (the meeting on Monday, the signing on
    Wednesday, told by two outlets): None, the other facts decide. Only one report of the same kind
    and partner is told that late."""
    when = dates_agree(a, b, days)
    if not when or dates_agree(a, b, min(days, OTHER_KIND_DAYS)):
        return when
    if not (a.counterparts or b.counterparts):
        return False if a.published and b.published else None
    return None if a.event_type != b.event_type else when


def _in_one_language(a: Facts, b: Facts, when: bool | None, people: int, words: float) -> bool:
    """Two reports of one home city and partner in one language, wording not alike enough alone.
    Some wording in common with a person named in both, or on the same days, makes one event of two
    close kinds (a visit and the meeting held in it); two people named in both, with partners that
    overlap, too; on the same days alone, with overlapping partners, only the same kind."""
    close = bool(when) or kinds_close(a, b)
    if people and words >= WORDS_SUPPORT and close:
        return True
    if not counterparts_overlap(a, b):
        return False
    if when and words >= WORDS_NEAR and kinds_close(a, b):
        return True  # some wording in common on the same days: close kinds are the engine's guesses
    if people >= 2:
        return kinds_close(a, b)
    return bool(when) and a.event_type == b.event_type


def _speeches_at_the_event(a: Facts, b: Facts, when: bool | None, words: float = 0.0) -> bool:
    """A report the engine read as a statement (it quotes what the mayor and a guest said at the
    opening) next to a report of the event itself: one event when, on the same days, one home city
    (or each the other's partner, ``mirrored``: the guests' agency and the hosts' portal, compared as
    told from one home, ``told_from``), the partners overlap and two people are named in both. One
    person, or other partners, is the interview or the week's round-up that mentions the event:
    another story. Each outlet may quote its own speaker at a gathering of several guests: then the
    same guests (``fewer_participants``) and some wording in common (``words``, in one language) make
    the one event."""
    kinds = {a.event_type, b.event_type}
    if STATEMENT not in kinds or not kinds - {STATEMENT} <= ACTION:
        return False
    b = told_from(a, b)
    if not (when and a.home and a.home == b.home) or not counterparts_overlap(a, b):
        return False
    if shared_people(a, b) >= 2:
        return True
    return words >= WORDS_NEAR and fewer_participants(a, b)


def _copied(copy: float, when: bool | None) -> bool:
    """A copy of one report: alike word pairs, on dates that do not conflict, unless it is the same
    text published again (a copy's template sentence, "the ambassador of X met the mayor", with
    other dates and partners, tells another event)."""
    return copy >= SAME_TEXT or (copy >= COPY and when is not False)


def _undated_alike(a: Facts, b: Facts) -> bool:
    """Alike wording with a date on one side only: one event when the two share a partner and their
    kinds are two names of one gathering (a meeting, a visit, an event), not a visit and a letter."""
    return share_counterpart(a, b) and kinds_close(a, b)


def _across_languages(a: Facts, b: Facts, when: bool | None, people: int) -> bool:
    """Two reports of one home city and partner in two languages: the wording cannot be compared, so
    the facts must agree. With dates in common, a kind of event the two may name differently (a visit
    and the meeting held during it) is one event when a person is shared too or the partners of one
    are all among the other's; without a date, all the partners and the kind of event (or two
    people, or one person and two close kinds) must be the same."""
    if when:
        if a.event_type == b.event_type or people >= 1 or counterparts_overlap(a, b):
            return True
        return kinds_close(a, b) and fewer_participants(a, b)
    if not same_counterparts(a, b):
        return False
    return a.event_type == b.event_type or people >= 2 or (people >= 1 and kinds_close(a, b))


def _seen_from_both_sides(a: Facts, b: Facts, when: bool | None, same_lang: bool, words: float) -> bool:
    """A pair of ``mirrored`` articles (not ``both_travelled``): with dates in common, one event;
    without, wording alike in one language (unless each tells its own city received the other too:
    ``opposite_trips``, a visit and the return visit), or a person named in both (in any script)
    backed, in one language, by some wording in common."""
    if when:
        return True
    if same_lang and words >= WORDS_SAME and not opposite_trips(a, b):
        return True
    if not shared_people(a, b):
        return False
    return not same_lang or words >= WORDS_SUPPORT


# -- candidates ----------------------------------------------------------------------------------------
HOMES_NAMED = 4  # cities of a report without a home city whose home blocks it joins
WINDOW = 7  # days between the earliest dates of two articles of a block that are compared
CHUNK = 20_000  # candidate pairs compared at once (bounds the memory of the comparison)


def _usable(r) -> bool:
    return not getattr(r, "error", None) and bool(getattr(r, "text", ""))


def _block_keys(f: Facts) -> list[tuple]:
    """Home city; home city with each counterpart (with each foreign country when it names none).
    A story with no home city (no municipality acting) is blocked by the countries it names."""
    if not f.home:
        # and by each city it names: one of them may be the home of another report (``with_home``)
        cities = sorted(c.removeprefix("city:") for c in f.counterparts if c.startswith("city:"))
        homes = [("home", c) for c in cities[:HOMES_NAMED]]
        return [("country", "", c) for c in sorted(f.countries)] + homes
    keys = [("home", f.home)]
    # a partner city: the pair of cities, whichever is home (so both sides' press meet, see ``mirrored``)
    keys += [
        ("pair", *sorted((f.home, c.removeprefix("city:"))))
        for c in sorted(f.counterparts)
        if c.startswith("city:")
    ]
    keys += [("with", f.home, c) for c in sorted(f.counterparts) if not c.startswith("city:")]
    if not f.counterparts:
        keys += [("country", f.home, c) for c in sorted(f.countries)]
    return keys


def _block_pairs(members: np.ndarray, day: np.ndarray, rank: np.ndarray) -> list[np.ndarray]:
    """Pairs of a block: each dated member with its next ``NEIGHBOURS`` within ``WINDOW`` days (in
    the order of date, then id), and, in a small block, each undated member with every other."""
    out = []
    dated = members[day[members] >= 0]
    if len(dated) > 1:
        ordered = dated[np.lexsort((rank[dated], day[dated]))]
        d = day[ordered]
        for k in range(1, min(NEIGHBOURS, len(ordered) - 1) + 1):
            keep = d[k:] - d[:-k] <= WINDOW
            if not keep.any():
                break
            out.append(np.stack((ordered[:-k][keep], ordered[k:][keep]), axis=1))
    undated = members[day[members] < 0]
    if len(undated) and len(members) <= SMALL_BLOCK:
        a = np.repeat(undated, len(members))
        b = np.tile(members, len(undated))
        out.append(np.stack((a[a != b], b[a != b]), axis=1))
    return out


def _lsh_pairs(sigs: np.ndarray, usable: np.ndarray, rank: np.ndarray) -> list[np.ndarray]:
    """Banded LSH: in each band, the records whose rows of the signature are all equal share a bucket.

    The buckets are found by sorting the rows (numpy, in C), not by a dictionary filled record by
    record. A bucket of up to ``SMALL_BUCKET`` records gives all its pairs; a larger one (a phrase
    every outlet repeats makes buckets that grow with the collection, and all their pairs would grow
    with its square) links each member to its next ``CHAIN`` in the order of ids only: copies of one
    story still end in one group through the chain, and the pairs per record stay bounded."""
    out = []
    for b in range(BANDS):
        for members in _buckets(sigs[usable, b * ROWS : (b + 1) * ROWS], usable):
            if len(members) > MAX_BUCKET:
                continue
            m = np.asarray(members, dtype=np.intp)
            if len(m) <= SMALL_BUCKET:
                x, y = np.triu_indices(len(m), 1)
                out.append(np.stack((m[x], m[y]), axis=1))
                continue
            m = m[np.argsort(rank[m], kind="stable")]
            for k in range(1, CHAIN + 1):
                out.append(np.stack((m[:-k], m[k:]), axis=1))
    return out


def _codes(values: Sequence) -> np.ndarray:
    """Small integers, equal where the values are equal (0 for an empty value)."""
    seen: dict = {}
    return np.fromiter(
        (seen.setdefault(v, len(seen) + 1) if v else 0 for v in values), dtype=np.int64, count=len(values)
    )


def group_stories(
    records: Sequence,
    threshold: float = 0.3,
    days: int = 3,
    together: Iterable[tuple[int, int]] = (),
    apart: Iterable[tuple[int, int]] = (),
    stats: dict | None = None,
) -> list[list[int]]:
    """Groups (lists of indexes into ``records``) of two or more records reporting the same story.

    ``records`` are NewsRecord objects (or anything with ``id``, ``text``, ``lang``, ``event_type``,
    ``home_city``, ``cities``, ``countries``, ``organizations``, ``people``, ``published``,
    ``event_date``, ``error`` attributes). ``together`` and ``apart`` are pairs of indexes a person
    decided on: joined whatever the engine says, and never in one group. ``threshold``: a candidate
    pair whose bigram similarity reaches it is always weighed (copies are joined from ``COPY``).
    ``stats``, when given, receives the counts of the work done (candidate pairs, pairs weighed one
    by one, links): the benchmark reads them to tell the algorithm's cost from the machine's load.
    """
    n = len(records)
    ok = [_usable(r) for r in records]
    usable = np.flatnonzero(np.fromiter(ok, dtype=bool, count=n)) if n else np.zeros(0, dtype=np.intp)
    sigs = np.full((n, NUM_PERM), _MAXSIG, dtype=np.uint64)
    words = np.full((n, WORD_PERM), _MAXSIG, dtype=np.uint64)
    sizes = np.zeros(n, dtype=np.float64)
    texts = own_texts(records, usable.tolist())
    for i in usable:
        sigs[i], words[i], sizes[i] = signatures(texts[i])
    info = [facts(r) if ok[i] else None for i, r in enumerate(records)]
    ids = [str(getattr(r, "id", i)) for i, r in enumerate(records)]
    rank = np.empty(n, dtype=np.int64)
    rank[sorted(range(n), key=lambda i: (ids[i], i))] = np.arange(n)
    day = np.fromiter((min(f.dates).toordinal() if f and f.dates else -1 for f in info), np.int64, n)

    parts = _lsh_pairs(sigs, usable, rank)
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i in usable.tolist():
        for key in _block_keys(info[i]):
            blocks[key].append(i)
    for members in blocks.values():
        if len(members) > 1:
            parts.extend(_block_pairs(np.asarray(members, dtype=np.intp), day, rank))
    pairs = _unique_pairs(parts, n)
    weighed: list[int] = []
    reprints: set[tuple[int, int]] = set()
    edges = _decide(pairs, info, (sigs, words, sizes), threshold, days, weighed, reprints)
    if stats is not None:
        stats.update(candidates=len(pairs), weighed=sum(weighed), links=len(edges))
    pub, first, _ = _ordinals(info)
    return _components(n, ids, edges, together, apart, np.where(pub >= 0, pub, first).tolist(), reprints)


def _unique_pairs(parts: list[np.ndarray], n: int) -> np.ndarray:
    if not parts:
        return np.zeros((0, 2), dtype=np.intp)
    pairs = np.concatenate(parts)
    lo, hi = pairs.min(axis=1).astype(np.int64), pairs.max(axis=1).astype(np.int64)
    codes = distinct(lo * max(n, 1) + hi)
    return np.stack((codes // max(n, 1), codes % max(n, 1)), axis=1)


def _partners_key(f: Facts) -> object:
    """Equal for two articles whose partners are the same (the foreign countries when neither names a
    city or an organization): equal keys never make ``partners_differ``."""
    return f.counterparts or ("countries", f.countries)


def _ordinals(info) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per record: the publication day, and the first and last of its dates (-1 where none)."""
    n = len(info)
    pub = np.fromiter((f.published.toordinal() if f and f.published else -1 for f in info), np.int64, n)
    first = np.fromiter((min(f.dates).toordinal() if f and f.dates else -1 for f in info), np.int64, n)
    last = np.fromiter((max(f.dates).toordinal() if f and f.dates else -1 for f in info), np.int64, n)
    return pub, first, last


def _decide(pairs, info, signed, threshold, days, weighed: list[int], reprints=None) -> list[tuple[int, int]]:
    """The candidate pairs that report one event. Cheap vectorized tests first: only the pairs whose
    wording is alike enough, or whose facts could suffice alone, reach ``same_event``. ``reprints``,
    when given, receives the pairs that are one text published twice (``SAME_TEXT``, one language)."""
    lang = _codes([f.lang if f else None for f in info])
    home = _codes([f.home if f else None for f in info])
    partners = _codes([_partners_key(f) if f else None for f in info])
    kind = _codes([f.event_type if f else None for f in info])
    named = np.fromiter((bool(f and f.counterparts) for f in info), dtype=bool, count=len(info))
    named_people = np.fromiter((bool(f and f.people) for f in info), dtype=bool, count=len(info))
    source = _codes([(f.outlet, f.lang) if f and f.outlet and f.lang else None for f in info])
    sigs, words, sizes = signed
    pub, first, last = _ordinals(info)
    edges = []
    for s in range(0, len(pairs), CHUNK):
        a, c = pairs[s : s + CHUNK, 0], pairs[s : s + CHUNK, 1]
        copy = (sigs[a] == sigs[c]).mean(axis=1)
        alike = (words[a] == words[c]).mean(axis=1)
        short = np.minimum(sizes[a], sizes[c])
        inside = np.where(short >= MIN_CONTAINED_WORDS, containment(alike, sizes[a], sizes[c]), 0.0)
        same_home = (home[a] == home[c]) & (home[a] > 0)
        # one names no home city: ``with_home`` may give it the other's, so no shortcut decides them
        one_home = (home[a] == 0) != (home[c] == 0)
        same_kind = kind[a] == kind[c]
        # ``dates_agree``: True where two dates are within ``days``; False where none are and both
        # publication dates are known
        close = np.zeros(len(a), dtype=bool)
        for x in (first, last):
            for y in (first, last):
                close |= (x[a] >= 0) & (y[c] >= 0) & (np.abs(x[a] - y[c]) <= days)
        # ``_dated_together``: two kinds of event, or two reports naming only countries, must be dated
        # within ``OTHER_KIND_DAYS`` (the latter conflict beyond it)
        near = np.zeros(len(a), dtype=bool)
        for x in (first, last):
            for y in (first, last):
                near |= (x[a] >= 0) & (y[c] >= 0) & (np.abs(x[a] - y[c]) <= min(days, OTHER_KIND_DAYS))
        country_only = ~named[a] & ~named[c]
        conflict = (~close | (country_only & ~near)) & (pub[a] >= 0) & (pub[c] >= 0)
        dated_together = close & ((same_kind & ~country_only) | near)
        same_lang = (lang[a] == lang[c]) | (lang[a] == 0) | (lang[c] == 0)
        copied = same_lang & ((copy >= SAME_TEXT) | ((copy >= COPY) & ~conflict))  # ``_copied``
        if reprints is not None:
            reprinted = same_lang & (copy >= SAME_TEXT)
            reprints.update(zip(a[reprinted].tolist(), c[reprinted].tolist(), strict=True))
        # ``one_outlet``: two pages of one outlet in one language join only as a copy
        second_page = (source[a] == source[c]) & (source[a] > 0)
        # a superset of what ``same_event`` can accept: a copy, alike wording, or the facts alone
        # (another language, or the same kind of event)
        worth = (copy >= min(threshold, COPY)) | (alike >= WORDS_SUPPORT) | (inside >= CONTAINED)
        worth |= same_home & ((lang[a] != lang[c]) | same_kind | (named_people[a] & named_people[c]))
        worth |= one_home
        worth &= copied | ~conflict
        two_homes = (home[a] != home[c]) & (home[a] > 0) & (home[c] > 0)
        same_partners = partners[a] == partners[c]
        # a copy of one home city (or of two articles without one) with the same partners is one
        # story, and so are alike words of one home city on the same days with the same partners: no
        # need to weigh them one by one
        sure = copied & ~two_homes & ~one_home & same_partners
        sure |= same_home & same_lang & dated_together & (alike >= WORDS_SAME) & same_partners & ~second_page
        # ... and, in any language, the same kind of event with the same named partners on the same days
        sure |= same_home & close & same_kind & named[a] & same_partners & ~second_page
        edges.extend(zip(a[sure].tolist(), c[sure].tolist(), strict=True))
        worth &= ~sure
        # in one language, no copy, wording not alike enough, no person on one side, and not the same
        # kind of event (or some wording in common) of one home city on the same days: ``same_event``
        # refuses them all
        refused = (
            ~two_homes & ~one_home & same_lang & (copy < COPY) & (alike < WORDS_SAME) & (inside < CONTAINED)
        )
        refused &= (~named_people[a] | ~named_people[c]) & ~(
            same_home & close & (same_kind | (alike >= WORDS_NEAR))
        )
        worth &= ~refused
        # two home cities: only each other's partners (``mirrored``) may be one event
        for i in np.flatnonzero((copied | ~conflict) & two_homes).tolist():
            worth[i] = mirrored(info[int(a[i])], info[int(c[i])])
        weighed.append(int(worth.sum()))
        for i in np.flatnonzero(worth).tolist():
            x, y = int(a[i]), int(c[i])
            if same_event(info[x], info[y], float(copy[i]), float(alike[i]), days, float(inside[i])):
                edges.append((x, y))
    return edges


GROUP_SPAN = 7  # days: the most that the dates of one story's articles may lie apart, end to end


def _components(n, ids, edges, together, apart, day=None, reprints=()) -> list[list[int]]:
    """Connected groups of ``edges`` after the ``together`` pairs, never joining an ``apart`` pair.

    Every link is a pair of articles, but a group is one event: a link that would stretch a group's
    days (each article's publication day, else its first date; undated articles stretch nothing)
    over more than ``GROUP_SPAN`` days end to end is not taken, so two visits a month apart are
    not chained into one story through an undated report or a report of the days between (a group a
    person joined keeps its span, and a text published again later, one of ``reprints``, joins its
    first publication whatever the days). Edges are taken in the order of the records' ids, so the groups
    do not depend on input order."""
    uf = _UF(n)
    for a, c in together:
        uf.union(a, c)
    span: dict[int, tuple[int, int]] = {}  # root -> (first day, last day) of its dated members
    for i, d in enumerate(day or ()):
        if d >= 0:
            r = uf.find(i)
            lo, hi = span.get(r, (d, d))
            span[r] = (min(lo, d), max(hi, d))
    forbidden: dict[int, set[int]] = defaultdict(set)  # root -> roots it must never join
    for a, c in apart:
        ra, rc = uf.find(a), uf.find(c)
        if ra != rc:
            forbidden[ra].add(rc)
            forbidden[rc].add(ra)
    for a, c in sorted(edges, key=lambda e: tuple(sorted((ids[e[0]], ids[e[1]])))):
        ra, rc = uf.find(a), uf.find(c)
        if ra == rc or rc in forbidden.get(ra, ()):
            continue
        joined = _joined_span(span.get(ra), span.get(rc))
        if joined is False:
            if (a, c) not in reprints and (c, a) not in reprints:
                continue
            joined = min(span[ra][0], span[rc][0]), max(span[ra][1], span[rc][1])
        uf.union(ra, rc)
        root, gone = uf.find(ra), (rc if uf.find(ra) == ra else ra)
        span.pop(gone, None)
        if joined:
            span[root] = joined
        moved = forbidden.pop(gone, set())
        if moved:
            forbidden[root] |= moved
            for other in moved:
                forbidden[other].discard(gone)
                forbidden[other].add(root)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _joined_span(x: tuple[int, int] | None, y: tuple[int, int] | None) -> tuple[int, int] | bool | None:
    """The days of two groups joined: None when neither has a date, False when together they would
    lie farther apart than ``GROUP_SPAN`` (or than either group already does, when a person joined it)."""
    if x is None or y is None:
        return x or y
    lo, hi = min(x[0], y[0]), max(x[1], y[1])
    if hi - lo > max(GROUP_SPAN, x[1] - x[0], y[1] - y[0]):
        return False
    return lo, hi


def _buckets(band: np.ndarray, ids: np.ndarray) -> list[list[int]]:
    """The groups (two or more, in increasing order) of ``ids`` whose rows of ``band`` are equal."""
    if len(ids) < 2:
        return []
    order = np.lexsort(band.T[::-1])
    rows = band[order]
    same = np.all(rows[1:] == rows[:-1], axis=1)
    if not same.any():
        return []
    # runs of equal neighbours: a run starts where a row differs from the one before it
    starts = np.flatnonzero(np.concatenate(([True], ~same)))
    ends = np.append(starts[1:], len(rows))
    sorted_ids = ids[order]
    return [sorted(sorted_ids[s:e].tolist()) for s, e in zip(starts, ends, strict=True) if e - s > 1]
