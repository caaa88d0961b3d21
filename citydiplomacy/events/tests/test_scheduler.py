"""The B2B scheduler: nobody double-booked, and as many requests met as possible (checked by brute force)."""

import itertools
import random

import pytest

from citydiplomacy.events.scheduler import Problem, check, exact, fast, flow_bound, lp_bound, schedule


def brute_force(problem):
    """The most requests that can meet: every assignment of each request to a slot or to nothing."""
    best = 0
    choices = [None, *range(problem.slots)]
    for assignment in itertools.product(choices, repeat=len(problem.requests)):
        used, load, ok = set(), [0] * problem.slots, True
        for (_rid, p, e), s in zip(problem.requests, assignment, strict=True):
            if s is None:
                continue
            if ("p", p, s) in used or ("e", e, s) in used or load[s] >= problem.tables:
                ok = False
                break
            used |= {("p", p, s), ("e", e, s)}
            load[s] += 1
        if ok:
            best = max(best, sum(s is not None for s in assignment))
    return best


def random_problem(rng, requests, slots, tables, participants=3, exhibitors=3):
    pairs = rng.sample([(p, e) for p in range(participants) for e in range(exhibitors)], requests)
    return Problem([(i, p, e) for i, (p, e) in enumerate(pairs)], slots, tables)


@pytest.mark.parametrize("seed", range(12))
def test_exact_and_fast_meet_the_brute_force_optimum_on_small_cases(seed):
    rng = random.Random(seed)
    problem = random_problem(rng, rng.randint(3, 7), rng.randint(1, 3), rng.randint(1, 3))
    optimum = brute_force(problem)
    for method in (exact, fast):
        result = method(problem)
        check(problem, result)
        assert len(result) == optimum, method.__name__
    assert lp_bound(problem) >= optimum - 1e-9


def test_the_flow_bound_is_the_lp_relaxation():
    rng = random.Random(3)
    problem = random_problem(rng, 40, 4, 5, participants=10, exhibitors=6)
    assert flow_bound(problem) == pytest.approx(lp_bound(problem))


def test_a_party_asked_for_more_meetings_than_slots_gets_one_per_slot():
    problem = Problem([(i, f"p{i}", "popular") for i in range(5)], slots=3, tables=10)
    result = schedule(problem)
    check(problem, result)
    assert len(result) == 3 and sorted(s for s, _t in result.values()) == [0, 1, 2]


def test_tables_limit_each_slot():
    problem = Problem([(i, f"p{i}", f"e{i}") for i in range(7)], slots=2, tables=3)
    result = fast(problem)
    check(problem, result)
    assert len(result) == 6


def test_slots_taken_beforehand_are_respected():
    problem = Problem([(1, "a", "x"), (2, "b", "x")], slots=2, tables=5, busy={("e", "x"): {0}}, load=[1, 0])
    for method in (exact, fast):
        result = method(problem)
        check(problem, result)
        assert len(result) == 1 and next(iter(result.values()))[0] == 1


def test_alternating_path_repair_finds_what_greedy_alone_misses():
    # p1 meets x in slot 0 and y wants p1 too; the repair moves meetings so that all fit in two slots
    rng = random.Random(11)
    for _ in range(30):
        problem = random_problem(rng, 9, 3, 9, participants=3, exhibitors=3)  # a complete 3×3: Δ = 3 = slots
        result = fast(problem)
        check(problem, result)
        assert len(result) == 9  # König: a bipartite graph of maximum degree Δ is coloured with Δ colours
