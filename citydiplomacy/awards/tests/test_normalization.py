"""The normalization of scores per juror, on an example worked out by hand."""

import math

import pytest

from citydiplomacy.awards import services
from citydiplomacy.awards.models import Normalization
from citydiplomacy.awards.results import normalize, percentile_ranks, rank, results_table, zscores

from .conftest import score

# Weighted totals T = (2·innovation + 1·impact) / 3 of three jurors on entries E1, E2, E3 (see the test below).
TOTALS = {
    "A": {"E1": 10.0, "E2": 8.0, "E3": 9.0},  # generous
    "B": {"E1": 2.0, "E2": 4.0, "E3": 3.0},  # harsh
    "C": {"E1": 6.0, "E3": 4.0},  # scored two entries only
}


def test_zscores_per_juror_match_the_hand_computed_example():
    """Juror A: mean 9, population sd √((1 + 1 + 0) / 3) = √(2/3) = 0.816497, so z(E1) = 1/0.816497 = 1.224745,
    z(E2) = −1.224745, z(E3) = 0. Juror B: mean 3, the same sd, z(E1) = −1.224745, z(E2) = 1.224745, z(E3) = 0.
    Juror C: mean 5, sd 1, z(E1) = 1, z(E3) = −1.
    Entry scores (mean over the jurors who scored it): E1 = (1.224745 − 1.224745 + 1) / 3 = 1/3,
    E2 = (−1.224745 + 1.224745) / 2 = 0, E3 = (0 + 0 − 1) / 3 = −1/3.
    Raw means: E1 = (10 + 2 + 6) / 3 = 6, E2 = (8 + 4) / 2 = 6, E3 = (9 + 3 + 4) / 3 = 5.333333."""
    z = zscores(TOTALS["A"])
    assert z["E1"] == pytest.approx(1.224745, abs=1e-6)
    assert z["E2"] == pytest.approx(-1.224745, abs=1e-6)
    assert z["E3"] == pytest.approx(0.0, abs=1e-12)
    result = normalize(TOTALS, Normalization.ZSCORE)
    assert result["E1"] == pytest.approx((1 / 3, 6.0, 3))
    assert result["E2"][0] == pytest.approx(0.0, abs=1e-12) and result["E2"][1:] == (6.0, 2)
    assert result["E3"] == pytest.approx((-1 / 3, 16 / 3, 3))


def test_percentile_ranks_per_juror_match_the_hand_computed_example():
    """Ranks from the lowest: A ranks E2 (8) 1, E3 (9) 2, E1 (10) 3 → p = (rank − 1) / (3 − 1) = 0, 0.5, 1.
    B ranks E1 (2) 1, E3 (3) 2, E2 (4) 3 → p(E1) = 0, p(E3) = 0.5, p(E2) = 1. C ranks E3 (4) 1, E1 (6) 2 → p = 0, 1.
    Entry scores: E1 = (1 + 0 + 1) / 3 = 2/3, E2 = (0 + 1) / 2 = 1/2, E3 = (0.5 + 0.5 + 0) / 3 = 1/3."""
    assert percentile_ranks(TOTALS["A"]) == {"E2": 0.0, "E3": 0.5, "E1": 1.0}
    result = normalize(TOTALS, Normalization.RANK)
    assert result["E1"][0] == pytest.approx(2 / 3)
    assert result["E2"][0] == pytest.approx(1 / 2)
    assert result["E3"][0] == pytest.approx(1 / 3)


def test_tied_totals_share_the_average_percentile_rank():
    """Totals 5, 5, 7: the two fives hold ranks 1 and 2, average 1.5 → p = 0.5 / 2 = 0.25; the seven p = 1."""
    assert percentile_ranks({"x": 5.0, "y": 5.0, "z": 7.0}) == {"x": 0.25, "y": 0.25, "z": 1.0}
    assert percentile_ranks({"only": 3.0}) == {"only": 0.5}


def test_a_juror_who_gives_everyone_the_same_total_moves_nobody():
    assert zscores({"x": 9.0, "y": 9.0}) == {"x": 0.0, "y": 0.0}


def test_a_generous_juror_does_not_dominate():
    """A gives E1 10 and E2 8; B gives E1 2 and E2 3. The raw means favour E1 (6 against 5.5) only because A
    scores high; normalized, each juror's preference counts the same: z = ±1 each way, a tie at 0."""
    totals = {"A": {"E1": 10.0, "E2": 8.0}, "B": {"E1": 2.0, "E2": 3.0}}
    result = normalize(totals, Normalization.ZSCORE)
    assert result["E1"][1] > result["E2"][1]
    assert result["E1"][0] == pytest.approx(0.0) and result["E2"][0] == pytest.approx(0.0)
    ranked = rank([(k, v[0]) for k, v in result.items()])
    assert [(r[2], r[3]) for r in ranked] == [(1, True), (1, True)]


def test_equal_scores_share_a_rank_and_the_next_rank_is_skipped():
    ranked = rank([("a", 1.0), ("b", 0.2), ("c", 1.0), ("d", 0.5)])
    assert [(key, position, tied) for key, _score, position, tied in ranked] == [
        ("a", 1, True), ("c", 1, True), ("d", 3, False), ("b", 4, False)
    ]  # fmt: skip


def test_results_table_from_stored_scores_matches_the_example(
    edition, secretary, entry_factory, jury_factory
):
    """The same example through the database: weights 2 and 1, E2 of juror A scored (9, 6) → (18 + 6) / 3 = 8."""
    e1, _ = entry_factory(title="E1")
    e2, _ = entry_factory(title="E2")
    e3, _ = entry_factory(title="E3")
    a, b, c = jury_factory("juror_a"), jury_factory("juror_b"), jury_factory("juror_c")
    services.assign_all(edition, secretary)
    for entry, values in ((e1, (10, 10)), (e2, (9, 6)), (e3, (9, 9))):
        score(a, entry, values)
    for entry, values in ((e1, (2, 2)), (e2, (4, 4)), (e3, (3, 3))):
        score(b, entry, values)
    for entry, values in ((e1, (6, 6)), (e3, (4, 4))):
        score(c, entry, values)
    services.save_scores(c, e2, c.user, {edition.criteria.get(order=1): ("7", "")})  # incomplete: not counted
    (table, _other) = results_table(edition)
    got = {row.entry.title: (row.score, row.raw, row.jurors, row.rank) for row in table.rows}
    assert got["E1"][0] == pytest.approx(1 / 3) and got["E1"][1:] == (6.0, 3, 1)
    assert got["E2"][0] == pytest.approx(0.0, abs=1e-9) and got["E2"][1:] == (6.0, 2, 2)
    assert got["E3"][0] == pytest.approx(-1 / 3) and math.isclose(got["E3"][1], 16 / 3) and got["E3"][3] == 3


def test_the_totals_kept_while_scoring_equal_the_totals_rebuilt_from_the_scores(edition, secretary, entry_factory,
                                                                                 jurors, countries):  # fmt: skip
    from citydiplomacy.awards.models import ScoreTotal
    from citydiplomacy.awards.results import juror_totals

    e1, _ = entry_factory(title="E1")
    e2, _ = entry_factory(title="E2", country=countries["FR"])
    services.assign_all(edition, secretary)
    score(jurors["j2"], e1, (9, 3))
    score(jurors["j2"], e1, (7, 4))  # changed: the total follows
    score(jurors["j3"], e2, (5, 5))
    score(jurors["chair"], e1, (2, 8))
    services.save_scores(
        jurors["chair"], e2, jurors["chair"].user, {edition.criteria.get(order=1): ("6", "")}
    )
    services.declare_conflict(jurors["j3"], secretary, country=countries["FR"])  # withdraws j3's scores of E2
    kept = juror_totals(edition)
    assert kept[jurors["j2"].pk] == {e1.pk: pytest.approx((2 * 7 + 4) / 3)}
    assert jurors["j3"].pk not in kept and e2.pk not in kept.get(jurors["chair"].pk, {})
    before = set(ScoreTotal.objects.values_list("juror_id", "entry_id", "weighted", "scored"))
    services.rebuild_totals(edition)
    assert set(ScoreTotal.objects.values_list("juror_id", "entry_id", "weighted", "scored")) == before
    assert juror_totals(edition) == kept
