"""The search index over every name and alias, Persian or English, letter forms unified.

Each name is stored normalized, once whole and once from each later word on, so that a prefix lookup
finds "Asian Mayors Forum" from "forum" or "mayors". One indexed range lookup answers a query.
"""

from django.db import connection

from citydiplomacy.lib.persian import normalize_name

MAX_TAILS = 6  # words of a long name from which a tail is indexed
KEY_LENGTH = 200


def name_keys(names):
    keys = set()
    for name in names:
        key = normalize_name(name or "")
        if not key:
            continue
        words = key.split(" ")
        for i in range(min(len(words), MAX_TAILS)):
            keys.add(" ".join(words[i:])[:KEY_LENGTH])
    return keys


def index_names(kind, object_id, names, label="", model=None):
    """Replace the index rows of one record. `model` lets data migrations pass the historical model."""
    from .models import SearchName

    model = model or SearchName
    model.objects.filter(kind=kind, object_id=object_id).delete()
    model.objects.bulk_create(
        [
            model(key=k, kind=kind, object_id=object_id, label=str(label)[:300])
            for k in sorted(name_keys(names))
        ]
    )


def prefix_filter(qs, key):
    """Rows whose key starts with `key`, in a form both databases answer from the B-tree index."""
    if connection.vendor == "sqlite":
        # SQLite does not use an index for LIKE with ESCAPE; a range on the binary order is equivalent.
        return qs.filter(key__gte=key, key__lt=key + "\U0010ffff")
    return qs.filter(key__startswith=key)  # PostgreSQL: the varchar_pattern_ops index Django adds


def search(text, kinds=None, limit=50):
    """[(kind, object_id, label)] for records with a name starting (at a word) with `text`; exact first."""
    from .models import SearchName

    key = normalize_name(text or "")[:KEY_LENGTH]
    if not key:
        return []
    qs = prefix_filter(SearchName.objects.all(), key)
    if kinds:
        qs = qs.filter(kind__in=list(kinds))
    rows = qs.values_list("kind", "object_id", "label", "key")[: limit * 4]
    found = {}
    for kind, object_id, label, row_key in rows:
        rank = 0 if row_key == key else 1
        current = found.get((kind, object_id))
        if current is None or rank < current[0]:
            found[(kind, object_id)] = (rank, label)
    ordered = sorted(found.items(), key=lambda item: (item[1][0], item[1][1]))
    return [(kind, object_id, label) for (kind, object_id), (rank, label) in ordered[:limit]]
