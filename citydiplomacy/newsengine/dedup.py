"""One story per event: group the articles that report the same event, in any language.

The wording read is each article's own: the lines its outlet repeats on its other pages (menus,
link lists) are left out first. Two kinds of candidates, both found without comparing every pair
(the cost per article stays flat):

* wording: MinHash signatures over word bigrams of the match-key text (ZWNJ and letter forms
  folded), banded LSH: articles that copy each other land in one bucket;
* facts: articles of the same home city naming the same counterpart (a partner city, an
  organization, a foreign country) or, failing that, the same home city alone, taken in date order
  so each article meets only its next ``NEIGHBOURS`` within ``WINDOW`` days (undated articles meet
  every member of a small block only); articles with no home city, by the countries they name.

Each candidate pair is then decided by small named signals: do the facts conflict (two home
cities, dates far apart, kinds of event that cannot be one event), how alike is the wording (a
second MinHash, over single words, estimates the word Jaccard), do they share counterparts and
people. The decision is symmetric and the candidates do not depend on the order of the input, so
neither do the groups. Manual decisions are constraints: ``together`` pairs are joined first,
and no pair of ``apart`` ever ends in one group. Signatures use stable hashes (crc32 + fixed
seeds), so results do not depend on the process or machine.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np

from .normalize import KEY_TABLE, match_key

NUM_PERM = 120
BANDS = 40
ROWS = NUM_PERM // BANDS
WORD_PERM = 128  # MinHash over single words: the word Jaccard of a pair, estimated
MAX_BUCKET = 300
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
COPY = 0.6  # bigram similarity of a copy: the same story whatever the extracted facts say
WORDS_SAME = 0.25  # word Jaccard of two reports of one event in the same language
WORDS_SUPPORT = 0.12  # word Jaccard that, with a shared person and counterpart, makes one event

SHINGLE_LIMIT = 6000  # characters of a record's text that story grouping reads

# kinds of event that can be the same event seen by two outlets (a visit reported by one as a
# meeting, by the other as the signing made during it); a report, a membership and a story that
# is no city diplomacy only match their own kind
_ACTION = frozenset(
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


def _bigrams(h: np.ndarray) -> np.ndarray:
    if len(h) <= 1:
        return h
    return np.unique(h[:-1] * np.uint64(1_000_003) ^ h[1:])


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


def signatures(text: str) -> tuple[np.ndarray, np.ndarray]:
    """``signature(text)`` and the MinHash of its words of three letters or more (the similarity of
    rewrites), from one reading of the text."""
    words = _words(text)
    h = _hashes(words)
    long = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) > 2
    return _minhash(_bigrams(h), _A, _B), _minhash(np.unique(h[long]), _WA, _WB)


MIN_OWN_WORDS = 20  # words of an article's own text below which its template is kept
TEMPLATE_LINE = 300  # characters: a longer line is the article's own text, never its page's template


def _host(url) -> str:
    if not url:
        return ""
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.")


def own_texts(records: Sequence, indexes: Iterable[int]) -> dict[int, str]:
    """Each record's text without the lines its outlet repeats on other pages (menus, link lists,
    footers): two pages of one site must not look alike because they share the site's template.
    A line counts as template when it recurs in another article of the same host (by URL)."""
    by_host: dict[str, list[int]] = defaultdict(list)
    out = {}
    for i in indexes:
        r = records[i]
        out[i] = r.text[:SHINGLE_LIMIT]
        host = _host(getattr(r, "url", None))
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


def _date(r) -> dt.date | None:
    for v in (getattr(r, "event_date", None), getattr(r, "published", None)):
        if v:
            try:
                return dt.date.fromisoformat(v[:10])
            except ValueError:
                continue
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


# -- what grouping reads of a record ----------------------------------------------------------------
@dataclass(frozen=True)
class Facts:
    lang: str
    home: str
    event_type: str
    dates: tuple[dt.date, ...]
    counterparts: frozenset[str]  # partner cities and organizations (canonical English names)
    countries: frozenset[str]
    people: tuple[tuple[str, frozenset[str]], ...]  # (letters of the name, its words)


def _person(name: str) -> tuple[str, frozenset[str]] | None:
    words = [w for w in match_key(name).split() if len(w) > 1]
    joined = "".join(words)
    if len(joined) < 5:
        return None
    return joined, frozenset(words)


@lru_cache(maxsize=4096)
def home_country(home: str) -> str:
    """The country of a home city (English, folded), from the gazetteer; "" when it does not know it."""
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for (kind, canonical), _e in gaz.by_canonical.items():
        if kind == "city" and canonical.casefold() == home:
            return gaz.country_name(gaz.country_of(canonical)).casefold()
    return ""


def facts(r) -> Facts:
    """What grouping compares; the home country is no counterpart (every story of the city names it)."""
    people = []
    for p in getattr(r, "people", None) or []:
        found = _person(p.get("name", "") if isinstance(p, dict) else str(p))
        if found:
            people.append(found)
    cities = {f"city:{c}".casefold() for c in getattr(r, "cities", None) or []}
    orgs = {f"org:{o}".casefold() for o in getattr(r, "organizations", None) or []}
    home = (getattr(r, "home_city", None) or "").casefold()
    countries = {c.casefold() for c in getattr(r, "countries", None) or []}
    return Facts(
        lang=getattr(r, "lang", None) or "",
        home=home,
        event_type=getattr(r, "event_type", None) or "other",
        dates=_dates(r),
        counterparts=frozenset(cities | orgs),
        countries=frozenset(countries - {home_country(home)} if home else countries),
        people=tuple(people),
    )


# -- signals -----------------------------------------------------------------------------------------
def homes_differ(a: Facts, b: Facts) -> bool:
    return bool(a.home and b.home and a.home != b.home)


def dates_agree(a: Facts, b: Facts, days: int) -> bool | None:
    """True: some date of one is within ``days`` of some date of the other; False: all are farther;
    None: one of them has no date."""
    if not a.dates or not b.dates:
        return None
    return min(abs((x - y).days) for x in a.dates for y in b.dates) <= days


def kinds_compatible(a: Facts, b: Facts) -> bool:
    return a.event_type == b.event_type or (a.event_type in _ACTION and b.event_type in _ACTION)


def same_person(p: tuple[str, frozenset[str]], q: tuple[str, frozenset[str]]) -> bool:
    """One name written out in full or in part ("first last" and "first middle last"), in any order."""
    (pj, pw), (qj, qw) = p, q
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


def same_counterparts(a: Facts, b: Facts) -> bool:
    """The same non-empty partners: cities and organizations, or countries when neither names any."""
    if a.counterparts or b.counterparts:
        return a.counterparts == b.counterparts
    return bool(a.countries) and a.countries == b.countries


def share_counterpart(a: Facts, b: Facts) -> bool:
    return bool(a.counterparts & b.counterparts) or (
        not a.counterparts and not b.counterparts and bool(a.countries & b.countries)
    )


# -- the decision ---------------------------------------------------------------------------------------
def same_event(a: Facts, b: Facts, copy: float, words: float, days: int = 3) -> bool:
    """Do two articles report one event? ``copy``: bigram similarity; ``words``: word Jaccard."""
    if homes_differ(a, b):
        return False
    same_lang = not a.lang or not b.lang or a.lang == b.lang
    if same_lang and copy >= COPY:
        return True
    when = dates_agree(a, b, days)
    if when is False or not kinds_compatible(a, b):
        return False
    # without a date in common, two kinds of event of one partner are two events (a visit, and the
    # congratulations sent later), however alike the outlet's page template makes the wording
    dated_or_same_kind = bool(when) or a.event_type == b.event_type
    if same_lang and words >= WORDS_SAME and dated_or_same_kind:
        return True
    if not (a.home and a.home == b.home) or not share_counterpart(a, b):
        return False  # the facts alone speak only for two articles of one known home city
    if same_lang:
        people = shared_people(a, b)
        if people and words >= WORDS_SUPPORT and dated_or_same_kind:
            return True
        return bool(when or people >= 2) and same_counterparts(a, b) and a.event_type == b.event_type
    # across languages the wording cannot be compared: the facts must agree, all of them or, on
    # dates within ``days``, the kind of event and a counterpart
    return a.event_type == b.event_type and (same_counterparts(a, b) or bool(when))


# -- candidates ----------------------------------------------------------------------------------------
WINDOW = 7  # days between the earliest dates of two articles of a block that are compared
CHUNK = 20_000  # candidate pairs compared at once (bounds the memory of the comparison)


def _usable(r) -> bool:
    return not getattr(r, "error", None) and bool(getattr(r, "text", ""))


def _block_keys(f: Facts) -> list[tuple]:
    """Home city; home city with each counterpart (with each foreign country when it names none).
    A story with no home city (no municipality acting) is blocked by the countries it names."""
    if not f.home:
        return [("country", "", c) for c in sorted(f.countries)]
    keys = [("home", f.home)]
    keys += [("with", f.home, c) for c in sorted(f.counterparts)]
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


def _lsh_pairs(sigs: np.ndarray, usable: np.ndarray) -> list[np.ndarray]:
    # banded LSH: in each band, the records whose rows of the signature are all equal share a bucket.
    # The buckets are found by sorting the rows (numpy, in C), not by a dictionary filled record by
    # record, so the cost per record does not grow with the size of the collection.
    out = []
    for b in range(BANDS):
        for members in _buckets(sigs[usable, b * ROWS : (b + 1) * ROWS], usable):
            if len(members) > MAX_BUCKET:
                continue
            m = np.asarray(members, dtype=np.intp)
            x, y = np.triu_indices(len(m), 1)
            out.append(np.stack((m[x], m[y]), axis=1))
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
) -> list[list[int]]:
    """Groups (lists of indexes into ``records``) of two or more records reporting the same story.

    ``records`` are NewsRecord objects (or anything with ``id``, ``text``, ``lang``, ``event_type``,
    ``home_city``, ``cities``, ``countries``, ``organizations``, ``people``, ``published``,
    ``event_date``, ``error`` attributes). ``together`` and ``apart`` are pairs of indexes a person
    decided on: joined whatever the engine says, and never in one group. ``threshold``: a candidate
    pair whose bigram similarity reaches it is always weighed (copies are joined from ``COPY``).
    """
    n = len(records)
    ok = [_usable(r) for r in records]
    usable = np.flatnonzero(np.fromiter(ok, dtype=bool, count=n)) if n else np.zeros(0, dtype=np.intp)
    sigs = np.full((n, NUM_PERM), _MAXSIG, dtype=np.uint64)
    words = np.full((n, WORD_PERM), _MAXSIG, dtype=np.uint64)
    texts = own_texts(records, usable.tolist())
    for i in usable:
        sigs[i], words[i] = signatures(texts[i])
    info = [facts(r) if ok[i] else None for i, r in enumerate(records)]
    ids = [str(getattr(r, "id", i)) for i, r in enumerate(records)]
    rank = np.empty(n, dtype=np.int64)
    rank[sorted(range(n), key=lambda i: (ids[i], i))] = np.arange(n)
    day = np.fromiter((min(f.dates).toordinal() if f and f.dates else -1 for f in info), np.int64, n)

    parts = _lsh_pairs(sigs, usable)
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i in usable.tolist():
        for key in _block_keys(info[i]):
            blocks[key].append(i)
    for members in blocks.values():
        if len(members) > 1:
            parts.extend(_block_pairs(np.asarray(members, dtype=np.intp), day, rank))
    edges = _decide(_unique_pairs(parts, n), info, sigs, words, threshold, days)
    return _components(n, ids, edges, together, apart)


def _unique_pairs(parts: list[np.ndarray], n: int) -> np.ndarray:
    if not parts:
        return np.zeros((0, 2), dtype=np.intp)
    pairs = np.concatenate(parts)
    lo, hi = pairs.min(axis=1).astype(np.int64), pairs.max(axis=1).astype(np.int64)
    codes = np.unique(lo * max(n, 1) + hi)
    return np.stack((codes // max(n, 1), codes % max(n, 1)), axis=1)


def _decide(pairs, info, sigs, words, threshold, days) -> list[tuple[int, int]]:
    """The candidate pairs that report one event. Cheap vectorized tests first: only the pairs whose
    wording is alike enough, or whose facts could suffice alone, reach ``same_event``."""
    lang = _codes([f.lang if f else None for f in info])
    home = _codes([f.home if f else None for f in info])
    alone = _codes([(f.event_type, f.counterparts or f.countries) if f and f.home else None for f in info])
    edges = []
    for s in range(0, len(pairs), CHUNK):
        a, c = pairs[s : s + CHUNK, 0], pairs[s : s + CHUNK, 1]
        copy = (sigs[a] == sigs[c]).mean(axis=1)
        alike = (words[a] == words[c]).mean(axis=1)
        same_home = (home[a] == home[c]) & (home[a] > 0)
        # a superset of what ``same_event`` can accept: a copy, alike wording, or the facts alone
        # (another language, or the same kind of event with the same partners)
        worth = (copy >= min(threshold, COPY)) | (alike >= WORDS_SUPPORT)
        worth |= same_home & ((lang[a] != lang[c]) | ((alone[a] == alone[c]) & (alone[a] > 0)))
        for i in np.flatnonzero(worth).tolist():
            x, y = int(a[i]), int(c[i])
            if same_event(info[x], info[y], float(copy[i]), float(alike[i]), days):
                edges.append((x, y))
    return edges


def _components(n, ids, edges, together, apart) -> list[list[int]]:
    """Connected groups of ``edges`` after the ``together`` pairs, never joining an ``apart`` pair.

    Edges are taken in the order of the records' ids, so the groups do not depend on input order."""
    uf = _UF(n)
    for a, c in together:
        uf.union(a, c)
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
        uf.union(ra, rc)
        root, gone = uf.find(ra), (rc if uf.find(ra) == ra else ra)
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
