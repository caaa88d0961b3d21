"""Group near-duplicate stories: MinHash-LSH within a language, entity agreement across languages.

Same language: MinHash signatures over word bigrams of the match-key text (ZWNJ and letter forms
folded), banded LSH to find candidates, then the estimated Jaccard similarity must reach
``threshold``. Across languages: records with the same event type, the same home city, the same
non-empty set of partner cities and dates (publication or event) at most ``days`` apart.
Two stories from the same trip (a visit and a signing) differ in wording and in event type, so
they stay apart. Signatures use stable hashes (crc32 + fixed seeds), so results do not depend on
the process or machine.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from .normalize import match_key

NUM_PERM = 120
BANDS = 40
ROWS = NUM_PERM // BANDS
MAX_BUCKET = 300
_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20251016)
_A = (_rng.integers(1, 2**63 - 1, NUM_PERM, dtype=np.uint64) | np.uint64(1)).reshape(-1, 1)
_B = _rng.integers(0, 2**63 - 1, NUM_PERM, dtype=np.uint64).reshape(-1, 1)
_MAXSIG = np.uint64(2**32 - 1)


SHINGLE_LIMIT = 6000  # characters of a record's text that story grouping reads


def shingle_hashes(text: str, limit: int = SHINGLE_LIMIT) -> np.ndarray:
    key = match_key(text[:limit]).replace(" ", " ")
    words = [w for w in _WORD.findall(key) if not w.isdigit()]
    if not words:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    if len(h) == 1:
        return h
    return np.unique(h[:-1] * np.uint64(1_000_003) ^ h[1:])


def signature(text: str) -> np.ndarray:
    sh = shingle_hashes(text)
    if sh.size == 0:
        return np.full(NUM_PERM, _MAXSIG, dtype=np.uint64)
    with np.errstate(over="ignore"):
        x = (_A * sh.reshape(1, -1) + _B) >> np.uint64(32)
    return x.min(axis=1)


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


def group_stories(
    records: Sequence, threshold: float = 0.3, days: int = 3, signatures: np.ndarray | None = None
) -> list[list[int]]:
    """Groups (lists of indexes into ``records``) of two or more records reporting the same story.

    ``records`` are NewsRecord objects (or anything with ``text``, ``lang``, ``event_type``,
    ``home_city``, ``cities``, ``published``, ``event_date``, ``error`` attributes).
    """
    n = len(records)
    uf = _UF(n)
    ok = [not getattr(r, "error", None) and bool(getattr(r, "text", "")) for r in records]
    if signatures is None:
        sigs = (
            np.stack(
                [
                    signature(r.text) if ok[i] else np.full(NUM_PERM, _MAXSIG, dtype=np.uint64)
                    for i, r in enumerate(records)
                ]
            )
            if n
            else np.zeros((0, NUM_PERM), dtype=np.uint64)
        )
    else:
        sigs = signatures
    # banded LSH: in each band, the records whose rows of the signature are all equal share a bucket.
    # The buckets are found by sorting the rows (numpy, in C), not by a dictionary filled record by
    # record, so the cost per record does not grow with the size of the collection.
    seen_pairs: set[tuple[int, int]] = set()
    usable = np.flatnonzero(np.fromiter(ok, dtype=bool, count=n)) if n else np.zeros(0, dtype=np.intp)
    for b in range(BANDS):
        for members in _buckets(sigs[usable, b * ROWS : (b + 1) * ROWS], usable):
            if len(members) > MAX_BUCKET:
                continue
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    a, c = members[x], members[y]
                    if (a, c) in seen_pairs:
                        continue
                    seen_pairs.add((a, c))
                    if _same_story(records[a], records[c], sigs[a], sigs[c], threshold):
                        uf.union(a, c)
    # entity agreement: same event type, home city and partner cities; then either the same named
    # people (same language) or dates at most ``days`` apart (any language)
    keyed: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if ok[i] and getattr(r, "is_city_diplomacy", False) and r.cities and r.home_city:
            keyed[(r.event_type, r.home_city, frozenset(r.cities))].append(i)
    for members in keyed.values():
        if len(members) < 2:
            continue
        dated = sorted((d, i) for i in members if (d := _date(records[i])) is not None)
        # dated records: every pair at most ``days`` apart is one story, so in date order the groups are
        # the runs whose neighbours are at most ``days`` apart (no pair across a wider gap can be closer):
        # joining each record to the next one in its run gives the same groups in one pass
        for (before, x), (after, y) in zip(dated, dated[1:], strict=False):
            if (after - before).days <= days:
                uf.union(x, y)
        undated = [i for i in members if _date(records[i]) is None]
        if len(undated) > MAX_BUCKET:
            continue
        for x in range(len(undated)):
            for y in range(x + 1, len(undated)):
                a, c = records[undated[x]], records[undated[y]]
                if a.lang == c.lang and _shared_person(a, c):
                    uf.union(undated[x], undated[y])
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


def _same_story(a, b, sa, sb, threshold) -> bool:
    if a.lang and b.lang and a.lang != b.lang:
        return False
    jac = float(np.mean(sa == sb))
    if jac < threshold:
        return False
    if jac < 0.6:
        # wording alone is not enough at moderate similarity: the facts must not disagree
        if a.home_city and b.home_city and a.home_city != b.home_city:
            return False
        if a.event_type != b.event_type and {a.event_type, b.event_type} & {"agreement"}:
            return False
        da, db = _date(a), _date(b)
        if da and db and abs((da - db).days) > 7:
            return False
    return True


def _person_keys(r) -> set[str]:
    out = set()
    for p in getattr(r, "people", None) or []:
        name = match_key(p.get("name", "") if isinstance(p, dict) else str(p))
        name = "".join(name.split())
        if len(name) >= 5:
            out.add(name)
    return out


def _shared_person(a, b) -> bool:
    ka, kb = _person_keys(a), _person_keys(b)
    return any(x in y or y in x for x in ka for y in kb)
