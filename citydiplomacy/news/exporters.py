"""The inbox as a spreadsheet: one row per story, in the reader's language and calendar."""

import datetime as dt

from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.templatetags.cd import listing

from .labels import topic_label
from .models import EVENT_TYPES


def _date(iso):
    try:
        return dt.date.fromisoformat(iso or "")
    except (TypeError, ValueError):
        return None


def story_columns():
    """Dates as date cells (the sheet sorts them), as every export of the app writes them."""
    types = dict(EVENT_TYPES)
    return [
        (_("published"), lambda s: s.published),
        (_("title"), lambda s: s.title),
        (_("status"), lambda s: s.get_status_display()),
        (_("event type"), lambda s: types.get(s.event_type, s.event_type)),
        (_("home city"), lambda s: s.localized.get("home_city") or ""),
        (_("partner cities"), lambda s: listing(s.localized.get("cities"))),
        (_("countries"), lambda s: listing(s.localized.get("countries"))),
        (_("organizations"), lambda s: listing(s.localized.get("organizations"))),
        (_("people"), lambda s: listing(p.get("name") for p in s.localized.get("people") or [])),
        (_("topics"), lambda s: listing(topic_label(t) for t in s.proposed.get("topics") or [])),
        (_("event date"), lambda s: _date(s.proposed.get("event_date"))),
        (_("outlets"), lambda s: listing(sorted({a.outlet for a in s.articles.all() if a.outlet}))),
        (_("addresses"), lambda s: "\n".join(a.url for a in s.articles.all())),
    ]
