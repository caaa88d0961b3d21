"""Who may read the news inbox and decide on its stories and sources.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format).
"""

import itertools

from citydiplomacy.core.tests.matrix import DENIED, OK, jurors_denied, roles

_serial = itertools.count(1)  # a world is made again for each unsafe request: its unique addresses vary


def world(users):
    from citydiplomacy.news.models import Source, Story

    source = Source.objects.create(name="Test feed", url=f"http://127.0.0.1:9/feed-{next(_serial)}.xml")
    story = Story.objects.create(title="Mayor visits Beijing")
    other = Story.objects.create(title="Mayor visits Beijing (another outlet)")
    correction = story.corrections.create(fields=["event_type"], original={"event_type": "meeting"})
    return {"source": source, "story": story, "other": other, "correction": correction}


PAGES = {
    "news:inbox": {"GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)},
    "news:story": {
        "args": ["story"],
        "GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED),
    },
    "news:accept": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:correct": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:dismiss": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:reopen": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:paste": {
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "news:sources": {"GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)},
    "news:source_create": {
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "news:source_edit": {
        "args": ["source"],
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "news:fetch": {"args": ["source"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:merge": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:split": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
    "news:alias": {"args": ["story"], "POST": roles(DENIED, secretary=OK, admin=OK)},
}
READERS = roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)
API = {
    "GET /api/news/stories/": READERS,
    "GET /api/news/stories/{id}/": ("story", READERS),
    "POST /api/news/stories/{id}/merge/": ("story", roles(DENIED, secretary=OK, admin=OK)),
    "POST /api/news/stories/{id}/split/": ("story", roles(DENIED, secretary=OK, admin=OK)),
    "GET /api/news/corrections/": READERS,
    "GET /api/news/corrections/{id}/": ("correction", READERS),
}


jurors_denied(PAGES, API)
