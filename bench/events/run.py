"""Benchmark of the B2B meeting scheduler (citydiplomacy/events/scheduler.py).

    python bench/events/run.py [--seed 7] [--runs 5] [--no-lp-check]

One instance: 500 participants, 100 exhibitors whose popularity falls off as 1/√rank (so the most wanted
ones are asked for more meetings than there are slots), 3,000 distinct requests, 40 slots, 70 tables a slot.
Its first 750 and 1,500 requests are the smaller instances. For each size: the requests met by the fast
scheduler (greedy + alternating-path repair), the upper bound of the LP relaxation (computed as a flow; on
the 1,500 instance the LP itself is also solved with HiGHS to check that both agree), their ratio (target ≥
0.98 at 3,000) and the best time of `--runs` runs; then the time per request at 3,000 against that at 750
(target ≤ 2). Every schedule is checked: nobody twice in a slot, no slot over its tables.
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from citydiplomacy.events.scheduler import Problem, check, fast, flow_bound, lp_bound  # noqa: E402

PARTICIPANTS, EXHIBITORS, REQUESTS, SLOTS, TABLES = 500, 100, 3000, 40, 70
SIZES = (750, 1500, 3000)


def instance(seed):
    rng = random.Random(seed)
    weights = [1 / (rank + 1) ** 0.5 for rank in range(EXHIBITORS)]
    pairs, order = set(), []
    while len(order) < REQUESTS:
        pair = (rng.randrange(PARTICIPANTS), rng.choices(range(EXHIBITORS), weights)[0])
        if pair not in pairs:
            pairs.add(pair)
            order.append(pair)
    return [(i, f"p{p}", f"e{e}") for i, (p, e) in enumerate(order)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-lp-check", action="store_true", help="skip solving the LP itself at 1,500")
    args = parser.parse_args(argv)
    requests = instance(args.seed)
    flow_bound(Problem(requests[:10], SLOTS, TABLES))  # import scipy before timing
    print(
        f"B2B scheduler: {PARTICIPANTS} participants, {EXHIBITORS} exhibitors, {SLOTS} slots × {TABLES} tables"
    )
    print(f"{'requests':>9} {'met':>6} {'LP bound':>9} {'share':>7} {'best time':>10} {'µs/request':>11}")
    per_request, ok = {}, True
    for size in SIZES:
        problem = Problem(requests[:size], SLOTS, TABLES)
        times = []
        for _run in range(args.runs):
            started = time.perf_counter()
            result = fast(problem)
            times.append(time.perf_counter() - started)
        check(problem, result)
        bound = flow_bound(problem)
        if size == 1500 and not args.no_lp_check:
            lp = lp_bound(problem)
            agree = abs(lp - bound) < 1e-6
            print(f"          (LP relaxation solved by HiGHS at {size}: {lp:.1f}; flow bound {bound}: "
                  f"{'agree' if agree else 'DISAGREE'})")  # fmt: skip
            ok &= agree
        share = len(result) / bound if bound else 1.0
        best = min(times)
        per_request[size] = best / size
        print(
            f"{size:>9} {len(result):>6} {bound:>9} {share:>7.4f} {best:>9.3f}s {per_request[size] * 1e6:>11.1f}"
        )
        if size == REQUESTS:
            ok &= share >= 0.98
            print(f"share of the bound met at {size}: {share:.4f} (target ≥ 0.98)")
    growth = per_request[3000] / per_request[750]
    print(f"time per request at 3,000 / at 750: {growth:.2f} (target ≤ 2)")
    ok &= growth <= 2
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
