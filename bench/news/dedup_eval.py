"""Story grouping scored on the committed dev split (bench/news/dev-split.json).

    python bench/news/dedup_eval.py [--json] [--set invented]

``--set invented`` scores the project's invented set (bench/news/invented.jsonl, split by
bench/news/invented-split.json) the same way: only the figures of each part are printed.

Each part (tune, check, all) is extracted and grouped on its own, so records of one part never
influence the grouping of the other; the duplicate precision / recall / F1 of
../shared/eval/score_news.py are printed per part.
"""

from __future__ import annotations

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


SETS = {
    "dev": (
        [ROOT.parent / "shared" / "eval" / n for n in ("news-dev.jsonl", "news-dev-2.jsonl")],
        "dev-split.json",
    ),
    "invented": ([ROOT / "bench" / "news" / "invented.jsonl"], "invented-split.json"),
}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    scorer = _scorer()
    files, split_name = SETS["invented" if "invented" in argv else "dev"]
    gold = {}
    for path in files:
        gold.update(scorer.load(path))
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
    if "--json" in argv:
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
