"""iCalendar feeds (`.ics`): one per event, one per person's sessions, one per B2B agenda.

A phone calendar subscribes without signing in, so a feed's address carries a signed token naming what it
shows (`feed_token`); anyone holding the link reads that one feed and nothing else.
"""

import datetime as dt

from django.core import signing
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

SALT = "events.ics"


def feed_token(kind, pk):
    return signing.Signer(salt=SALT).sign(f"{kind}-{pk}").replace(":", ".")


def read_token(token):
    """(kind, pk) from a token, or None if it was not signed here."""
    try:
        value = signing.Signer(salt=SALT).unsign(token.replace(".", ":", 1) if ":" not in token else token)
    except signing.BadSignature:
        return None
    kind, _sep, pk = value.partition("-")
    return (kind, int(pk)) if pk.isdigit() else None


def _calendar(name):
    cal = Calendar()
    cal.add("prodid", "-//City Diplomacy//events//FA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", timezone.get_current_timezone_name())
    return cal


def _vevent(uid, summary, start, end, location="", description=""):
    item = VEvent()
    item.add("uid", uid)
    item.add("dtstamp", dt.datetime.now(dt.UTC))
    item.add("summary", summary)
    item.add("dtstart", start.astimezone(dt.UTC))
    item.add("dtend", end.astimezone(dt.UTC))
    if location:
        item.add("location", location)
    if description:
        item.add("description", description)
    return item


def _session_summary(session):
    return " / ".join(t for t in (session.title_fa, session.title_en) if t)


def _session_description(session):
    people = [*(f"⧫ {c}" for c in session.chairs.all()), *(str(c) for c in session.speakers.all())]
    return "\n".join(filter(None, [session.event.title_fa, session.languages, "، ".join(people)]))


def sessions_calendar(name, sessions, host="citydiplomacy"):
    cal = _calendar(name)
    for s in sessions:
        location = " · ".join(filter(None, [s.room, s.event.venue]))
        cal.add_component(
            _vevent(f"session-{s.pk}@{host}", _session_summary(s), s.starts_at, s.ends_at, location,
                    _session_description(s))
        )  # fmt: skip
    return cal.to_ical()


def meetings_calendar(name, meetings, host="citydiplomacy"):
    cal = _calendar(name)
    for m in meetings:
        summary = f"B2B: {m.request.participant} ↔ {m.request.exhibitor}"
        location = f"Table {m.table}"
        cal.add_component(
            _vevent(f"meeting-{m.pk}@{host}", summary, m.slot.starts_at, m.slot.ends_at, location)
        )
    return cal.to_ical()
