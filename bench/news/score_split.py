"""Scores of the news engine on the tuning part, the checking part and the whole dev set.

    python bench/news/score_split.py [--errors] [--set invented]

Reads ../shared/eval/news-dev.jsonl and news-dev-2.jsonl, runs the engine once over all records (so
story grouping sees every article, as in production), and scores each part of bench/news/dev-split.json
with ../shared/eval/score_news.py, loaded as a module. ``--errors`` lists, for the TUNING part only,
the fields each record gets wrong (the checking part is measured, never read).

``--set invented`` scores the project's own invented set instead (bench/news/invented.jsonl, 70 articles
written from the evaluation README's definitions by someone who had not read the engine, split the same
way in bench/news/invented-split.json): a second measure of generalization; its notes on labelling are
in invented-NOTES.md. ``--set invented2``: 100 more, by two other writers, written later (invented2-NOTES.md).
``--set invented3a`` / ``invented3b``: 50 each, by two more writers, written in the sixth session after all the
earlier tuning and measured whole before anyone tuned on them (invented3*-NOTES.md).
``--set invented4a`` / ``invented4b``: 50 each by two more writers, of situations the writers' guide does not spell out
(condolences, pavilions at fairs, aid after an earthquake, awards, training courses), written after the
session's first rounds (invented4a-NOTES.md, invented4b-NOTES.md).
``--set invented5a`` / ``invented5b``: 50 each, the natural mix of such news, by two more writers who read neither
the engine nor the sets of this session; kept out of sight as a holdout until the session's third round
(invented5a-NOTES.md, invented5b-NOTES.md).
``--set invented6a`` / ``invented6b``: 100 more in the natural mix, by two more writers, the sixth session's final
holdout: measured only at the session's start and end, never read by anyone tuning (invented6*-NOTES.md).
``--set invented7a`` / ``invented7b``: 100 more in the natural mix, by two more writers, the seventh session's holdout,
measured only at its start and end (invented7*-NOTES.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from citydiplomacy.newsengine import NewsItem, process_many  # noqa: E402

FIELDS = [
    "headline_mean",
    "is_city_diplomacy_accuracy",
    "event_type_accuracy",
    "agreement_kind_accuracy",
    "home_city_accuracy",
    "published_accuracy",
    "event_date_accuracy",
    "cities_f1",
    "countries_f1",
    "organizations_f1",
    "people_f1",
    "topics_f1",
    "duplicates_f1",
]


def _load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SETS = {
    "dev": (("news-dev.jsonl", "news-dev-2.jsonl"), "dev-split.json"),
    "invented": (("invented.jsonl",), "invented-split.json"),
    "invented2": (("invented2.jsonl",), "invented2-split.json"),
    "invented3a": (("invented3a.jsonl",), "invented3a-split.json"),
    "invented3b": (("invented3b.jsonl",), "invented3b-split.json"),
    "invented4a": (("invented4a.jsonl",), "invented4a-split.json"),
    "invented4b": (("invented4b.jsonl",), "invented4b-split.json"),
    "invented5a": (("invented5a.jsonl",), "invented5a-split.json"),
    "invented5b": (("invented5b.jsonl",), "invented5b-split.json"),
    "invented6a": (("invented6a.jsonl",), "invented6a-split.json"),
    "invented6b": (("invented6b.jsonl",), "invented6b-split.json"),
    "invented7a": (("invented7a.jsonl",), "invented7a-split.json"),
    "invented7b": (("invented7b.jsonl",), "invented7b-split.json"),
}


def run(shared: Path, which: str = "dev") -> tuple[dict, dict, object, dict]:
    scorer = _load_module(shared / "eval" / "score_news.py", "score_news")
    files, split_file = SETS[which]
    folder = shared / "eval" if which == "dev" else ROOT / "bench" / "news"
    gold: dict = {}
    for name in files:
        gold.update(scorer.load(folder / name))
    items = [NewsItem(id=r["id"], url=r.get("url"), text=r["text"]) for r in gold.values()]
    t = time.perf_counter()
    pred = {r.id: r.to_dict() for r in process_many(items)}
    elapsed = time.perf_counter() - t
    split = json.loads((ROOT / "bench" / "news" / split_file).read_text())
    parts = {
        "tune": {i: gold[i] for i in split["tune"] if i in gold},
        "check": {i: gold[i] for i in split["check"] if i in gold},
        "all": gold,
    }
    return parts, pred, scorer, {"seconds": elapsed, "records": len(gold)}


def errors(part: dict, pred: dict, scorer) -> list[str]:
    """Per record of ``part``, the fields the engine gets wrong (tuning part only)."""
    out = []
    for rid, rec in part.items():
        g, p = rec["gold"], pred.get(rid, {})
        bad = []
        for k in ("is_city_diplomacy", "event_type", "home_city", "published", "event_date"):
            gv, pv = g.get(k), p.get(k)
            if k == "home_city" and not g.get("is_city_diplomacy"):
                continue
            if k in ("published", "event_date") and not gv:
                continue
            if k == "home_city":
                gv, pv = scorer.canon(gv or ""), scorer.canon(pv or "")
            if gv != pv:
                bad.append(f"{k}: gold={g.get(k)!r} pred={p.get(k)!r}")
        for k in ("cities", "countries", "organizations", "topics"):
            gs = {scorer.canon(x) for x in g.get(k) or []}
            ps = {scorer.canon(x) for x in p.get(k) or []}
            if gs != ps:
                bad.append(f"{k}: missing={sorted(gs - ps)} extra={sorted(ps - gs)}")
        tp, fp, fn = scorer.people_match(g.get("people") or [], p.get("people"))
        if fp or fn:
            gn = [x["name"] for x in g.get("people") or []]
            pn = [x["name"] for x in p.get("people") or []]
            bad.append(f"people: gold={gn} pred={pn}")
        if bad:
            out.append(f"== {rid}\n  " + "\n  ".join(bad))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", action="store_true", help="list the tuning part's errors per record")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--set", choices=sorted(SETS), default="dev", help="the evaluation files or our invented set"
    )
    args = ap.parse_args(argv)
    parts, pred, scorer, meta = run(args.shared, args.set)
    table = {name: scorer.score(part, pred)[0] for name, part in parts.items()}
    if args.json:
        print(json.dumps({n: {k: t[k] for k in FIELDS} for n, t in table.items()}, indent=1))
    else:
        print(f"{'field':30s} " + " ".join(f"{n:>7s}" for n in table))
        for k in FIELDS:
            cells = []
            for t in table.values():
                v = t.get(k)
                cells.append(f"{v:7.3f}" if isinstance(v, float) else f"{'-':>7s}")
            print(f"{k:30s} " + " ".join(cells))
        print(
            "records: " + ", ".join(f"{n} {len(p)}" for n, p in parts.items()),
            f"- engine time {meta['seconds']:.2f}s",
        )
    if args.errors:
        print("\n".join(errors(parts["tune"], pred, scorer)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
