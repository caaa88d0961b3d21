"""Story grouping scored on the committed dev split (bench/news/dev-split.json).

    python bench/news/dedup_eval.py [--json] [--set dev|invented|invented2|invented3a|invented3b]

``--set`` scores one of the project's invented sets (bench/news/invented*.jsonl, split by their
``*-split.json``, the sets of score_split.py) the same way: only the figures of each part are printed.

Each part (tune, check, all) is extracted and grouped on its own, so records of one part never
influence the grouping of the other; the duplicate precision / recall / F1 of
../shared/eval/score_news.py are printed per part.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from citydiplomacy.newsengine import NewsItem, process_many  # noqa: E402


def _scorer():
    path = ROOT.parent / "shared" / "eval" / "score_news.py"
    spec = importlib.util.spec_from_file_location("score_news", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT / "bench" / "news"))
    from score_split import SETS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--set", choices=sorted(SETS), default="dev", help="the evaluation files or an invented set"
    )
    args = ap.parse_args(argv)
    scorer = _scorer()
    names, split_name = SETS[args.set]
    folder = ROOT.parent / "shared" / "eval" if args.set == "dev" else ROOT / "bench" / "news"
    gold = {}
    for name in names:
        gold.update(scorer.load(folder / name))
    split = json.loads((ROOT / "bench" / "news" / split_name).read_text())
    parts = {"tune": set(split["tune"]), "check": set(split["check"]), "all": set(gold)}
    out = {}
    for part, ids in parts.items():
        sub = {k: v for k, v in gold.items() if k in ids}
        items = [NewsItem(id=r["id"], url=r.get("url"), text=r["text"]) for r in sub.values()]
        pred = {r.id: r.to_dict() for r in process_many(items)}
        res, _ = scorer.score(sub, pred)
        out[part] = {k: res[k] for k in ("duplicates_precision", "duplicates_recall", "duplicates_f1")}
        out[part]["records"] = len(sub)
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        for part, r in out.items():
            print(
                f"{part:6s} ({r['records']:2d} records): duplicates precision {r['duplicates_precision']:.3f} "
                f"recall {r['duplicates_recall']:.3f} F1 {r['duplicates_f1']:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
