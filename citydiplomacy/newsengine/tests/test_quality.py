"""Scores on the shared evaluation data (skipped when ../shared is absent)."""

import gzip
import importlib.util
import json

from citydiplomacy.newsengine import NewsItem, process_many
from citydiplomacy.newsengine.decode import decode_bytes
from citydiplomacy.newsengine.htmltext import extract


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_news_dev_scores(shared):
    """Both dev files (news-dev and news-dev-2), scored together, with the thresholds of issue 9."""
    scorer = _load(shared / "eval" / "score_news.py", "score_news")
    gold = {}
    for name in ("news-dev.jsonl", "news-dev-2.jsonl"):
        gold.update(scorer.load(shared / "eval" / name))
    items = [NewsItem(id=r["id"], url=r.get("url"), text=r["text"]) for r in gold.values()]
    pred = {r.id: r.to_dict() for r in process_many(items)}
    out, _ = scorer.score(gold, pred)
    assert out["headline_mean"] >= 0.85, out
    assert out["event_type_accuracy"] >= 0.80, out
    for k in ("cities_f1", "countries_f1", "organizations_f1"):
        assert out[k] >= 0.85, (k, out)


def test_boilerplate_f1(shared):
    d = shared / "eval" / "boilerplate"
    scorer = _load(d / "score_boilerplate.py", "score_boilerplate")
    gold = json.loads((d / "ground-truth.json").read_text())
    ps, rs = [], []
    for pid, g in gold.items():
        html = gzip.open(d / "html" / f"{pid}.html.gz").read()
        pred = extract(decode_bytes(html)).text
        gs, p_ = scorer.shingles(g["articleBody"]), scorer.shingles(pred)
        inter = len(gs & p_)
        ps.append(inter / len(p_) if p_ else 0.0)
        rs.append(inter / len(gs) if gs else 1.0)
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    assert 2 * p * r / (p + r) >= 0.93
