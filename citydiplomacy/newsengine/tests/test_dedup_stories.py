"""Story grouping on invented reports told by several outlets (``dedup_stories``): every pair of
reports of one event is one story, every near miss stays apart."""

from itertools import combinations

import pytest

from citydiplomacy.newsengine import NewsItem, process_many

from .dedup_stories import SAME
from .dedup_stories_apart import APART


def _grouped(name, reports):
    items = [NewsItem(id=f"{name}-{i}", text=text, published=day) for i, (text, day) in enumerate(reports)]
    return process_many(items)


@pytest.mark.parametrize(("name", "reports"), SAME, ids=[n for n, _ in SAME])
def test_reports_of_one_event_are_one_story(name, reports):
    records = _grouped(name, reports)
    assert records[0].cluster is not None
    assert all(r.cluster == records[0].cluster for r in records)


@pytest.mark.parametrize(("name", "reports"), APART, ids=[n for n, _ in APART])
def test_near_misses_are_two_stories(name, reports):
    records = _grouped(name, reports)
    for x, y in combinations(records, 2):
        assert x.cluster is None or x.cluster != y.cluster


def test_the_invented_set_is_large_enough():
    pairs = sum(len(list(combinations(reports, 2))) for _, reports in SAME)
    assert pairs >= 25 and len(APART) >= 15
    assert {"fa", "en"} <= {r.lang for _, reports in SAME for r in _grouped("x", reports)}
