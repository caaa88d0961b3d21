"""Results: weighted totals per juror, normalized per juror so that a juror who scores everything high does not
dominate, then ranked per category with ties shown as ties.

Weighted total of juror j for entry e: T(j, e) = Σ_c w_c · s(j, e, c) / Σ_c w_c, on the edition's scale; only
entries the juror scored on every criterion count.

Two normalizations, chosen per edition:
- z-scores per juror: z(j, e) = (T(j, e) − mean_j) / sd_j over the entries juror j completed, sd the population
  standard deviation; a juror whose totals are all equal (sd 0) gives every entry 0.
- percentile ranks per juror: juror j's totals ranked from lowest (1) to highest (n_j), ties take the average
  of their ranks, p(j, e) = (rank − 1) / (n_j − 1); a juror with a single entry gives it 0.5.
An entry's score is the mean of its normalized values over the jurors who completed it.

The weighted sums come from the score totals the scoring service keeps per juror and entry (models.ScoreTotal).
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connections
from django.db.models import FloatField
from django.db.models.functions import Cast
from django.utils.translation import get_language

from .models import Normalization, Result

PRECISION = 9  # scores equal to this many decimals are ties


def zscores(totals):
    """{entry: total} of one juror → {entry: z}."""
    if not totals:
        return {}
    values = list(totals.values())
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    if sd == 0:
        return dict.fromkeys(totals, 0.0)
    return {entry: (value - mean) / sd for entry, value in totals.items()}


def percentile_ranks(totals):
    """{entry: total} of one juror → {entry: percentile rank in [0, 1]}, ties averaged."""
    n = len(totals)
    if n == 0:
        return {}
    if n == 1:
        return dict.fromkeys(totals, 0.5)
    ordered = sorted(totals.items(), key=lambda item: item[1])
    ranks = {}
    i = 0
    while i < n:
        j = i
        while j + 1 < n and ordered[j + 1][1] == ordered[i][1]:
            j += 1
        average = (i + j) / 2 + 1  # ranks are 1-based
        for k in range(i, j + 1):
            ranks[ordered[k][0]] = (average - 1) / (n - 1)
        i = j + 1
    return ranks


def normalize(per_juror, method):
    """{juror: {entry: total}} → {entry: (normalized score, raw mean, number of jurors)}."""
    func = zscores if method == Normalization.ZSCORE else percentile_ranks
    normalized, raw = defaultdict(list), defaultdict(list)
    for totals in per_juror.values():
        for entry, value in func(totals).items():
            normalized[entry].append(value)
            raw[entry].append(totals[entry])
    return {
        entry: (sum(values) / len(values), sum(raw[entry]) / len(raw[entry]), len(values))
        for entry, values in normalized.items()
    }


def rank(scores):
    """[(key, score)] → [(key, score, rank, tied)], best first; equal scores share the rank (1, 1, 3)."""
    ordered = sorted(scores, key=lambda item: (-round(item[1], PRECISION), str(item[0])))
    out, previous, current = [], None, 0
    counts = defaultdict(int)
    for item in ordered:
        counts[round(item[1], PRECISION)] += 1
    for position, (key, score) in enumerate(ordered, start=1):
        rounded = round(score, PRECISION)
        if rounded != previous:
            current, previous = position, rounded
        out.append((key, score, current, counts[rounded] > 1))
    return out


def juror_totals(edition):
    """{juror: {entry: weighted total}} over the entries each juror scored on every criterion.

    Read from the score totals the scoring service keeps (one row per juror and entry, no grouping over the
    scores), straight from the cursor: 12,000 rows for 2,000 entries, whose per-row ORM conversion would cost as
    much as the query."""
    from .models import ScoreTotal

    weights = list(edition.criteria.values_list("weight", flat=True))
    jurors = list(edition.jurors.values_list("pk", flat=True))
    if not weights or not jurors:
        return {}
    total_weight = float(sum(weights))
    rows = ScoreTotal.objects.filter(juror_id__in=jurors, scored=len(weights)).values_list(
        "juror_id", "entry_id", Cast("weighted", FloatField())
    )
    sql, params = rows.query.sql_with_params()
    per_juror = defaultdict(dict)
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, params)
        for juror, entry, total in cursor.fetchall():
            per_juror[juror][entry] = float(total) / total_weight
    return per_juror


@dataclass
class EntryRow:
    """What a results table shows of an entry, read as plain values (2,000 model instances cost more than the
    whole computation)."""

    pk: int
    category_id: int
    code: str
    title: str
    entrant_name: str
    city_name: str
    result: str
    country_fa: str
    country_en: str
    country_iso2: str

    FIELDS = ("pk", "category_id", "code", "title", "entrant_name", "city_name", "result", "country__name_fa",
              "country__name_en", "country__iso2")  # fmt: skip

    @property
    def country(self):
        return self.country_en if get_language() == "en" and self.country_en else self.country_fa

    def get_result_display(self):
        return Result(self.result).label


@dataclass
class Row:
    entry: object
    score: float
    raw: float
    jurors: int
    rank: int
    tied: bool
    category: object = None


@dataclass
class CategoryResults:
    category: object
    rows: list = field(default_factory=list)
    unscored: list = field(default_factory=list)


def results_table(edition):
    """Per category, the confirmed entries ranked by normalized score (ties shared), then those no juror completed."""
    from .models import Entry

    scores = normalize(juror_totals(edition), edition.normalization)
    entries = Entry.objects.filter(edition=edition, email_confirmed_at__isnull=False).order_by("code")
    by_category = defaultdict(list)
    for values in entries.values_list(*EntryRow.FIELDS):
        entry = EntryRow(*values)
        by_category[entry.category_id].append(entry)
    tables = []
    for category in edition.categories.all():
        table = CategoryResults(category)
        members = {e.pk: e for e in by_category.get(category.pk, [])}
        scored = [(pk, scores[pk][0]) for pk in members if pk in scores]
        for pk, score, position, tied in rank(scored):
            _, raw, count = scores[pk]
            table.rows.append(Row(members[pk], score, raw, count, position, tied, category))
        table.unscored = [e for pk, e in members.items() if pk not in scores]
        tables.append(table)
    return tables
