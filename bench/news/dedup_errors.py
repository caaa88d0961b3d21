"""Story grouping's errors on the TUNING part only: the gold pairs missed and the pairs wrongly joined.

    python bench/news/dedup_errors.py [--set dev|invented]

Runs the engine over the whole set (as ``score_split.py`` does, so grouping sees every article) and
lists, for pairs of two TUNING records only, each record's id with what grouping reads of it: the
language, home city, event type, publication and event dates, partner cities, organizations,
countries, people and the predicted cluster. The checking part is never printed nor counted.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_split  # noqa: E402


def describe(rid: str, p: dict) -> str:
    people = [x.get("name") if isinstance(x, dict) else x for x in p.get("people") or []]
    return (
        f"{rid}: lang={p.get('lang')} home={p.get('home_city')} type={p.get('event_type')} "
        f"published={p.get('published')} event={p.get('event_date')} cities={p.get('cities')} "
        f"orgs={p.get('organizations')} countries={p.get('countries')} people={people} "
        f"cluster={p.get('cluster')}"
    )


def tune_errors(tune: dict, pred: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(missed, wrong): pairs of tuning records in one gold group not joined, and joined but not."""
    missed, wrong = [], []
    for a, b in itertools.combinations(sorted(tune), 2):
        ga, gb = tune[a]["gold"].get("duplicate_group"), tune[b]["gold"].get("duplicate_group")
        pa, pb = pred.get(a, {}).get("cluster"), pred.get(b, {}).get("cluster")
        same_gold, same_pred = ga is not None and ga == gb, pa is not None and pa == pb
        if same_gold and not same_pred:
            missed.append((a, b))
        if same_pred and not same_gold:
            wrong.append((a, b))
    return missed, wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=score_split.ROOT.parent / "shared")
    ap.add_argument("--set", choices=sorted(score_split.SETS), default="invented")
    args = ap.parse_args(argv)
    parts, pred, _scorer, _meta = score_split.run(args.shared, args.set)
    missed, wrong = tune_errors(parts["tune"], pred)
    for title, pairs in (("gold pairs missed", missed), ("pairs wrongly joined", wrong)):
        print(f"{title} (tuning part): {len(pairs)}")
        for a, b in pairs:
            print(f"  {describe(a, pred[a])}\n    {describe(b, pred[b])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
