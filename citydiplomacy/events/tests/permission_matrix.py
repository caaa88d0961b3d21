"""Who may read and change events, their programme, guests, exhibition and report.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format). Every signed-in
user but the jury reads events; the secretary and the administrator change them and alone see the guests
(personal data); the report is for those who read reports (not requesters, not the jury); a calendar feed opens
to whoever holds its signed link.
"""

import datetime as dt

from citydiplomacy.core.tests.matrix import DENIED, OK, roles

READERS = roles(OK, jury=DENIED)
OFFICE = roles(DENIED, secretary=OK, admin=OK)
REPORT = roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)


def world(users):
    from django.utils import timezone

    from citydiplomacy.events import b2b, guests, services
    from citydiplomacy.events.feeds import feed_token
    from citydiplomacy.events.models import Audience, Kind, LetterKind
    from citydiplomacy.partners.models import City, Contact, Organization

    secretary = users["secretary"]
    tehran = City.objects.get(name_en="Tehran")
    beijing = City.objects.get(name_en="Beijing")
    start = dt.date.today() + dt.timedelta(days=30)
    event = services.create_event(
        secretary, title_fa="رویداد شهری", title_en="Urban Event", kind=Kind.CONGRESS, start_date=start,
        end_date=start + dt.timedelta(days=2), city=tehran, hosted=True, audiences=[Audience.CITY_ORGANIZATIONS],
    )  # fmt: skip
    speaker = Contact.objects.create(name_fa="سارا کریمی", name_en="Sara Karimi")
    at = timezone.make_aware(dt.datetime.combine(start, dt.time(9)), timezone.get_current_timezone())
    session = services.save_session(
        event, secretary, title_fa="افتتاحیه", title_en="Opening", starts_at=at, ends_at=at + dt.timedelta(hours=1),
        room="Hall A", speakers=[speaker], chairs=[],
    )  # fmt: skip
    action = services.add_follow_up(event, secretary, title="Send the study", due_on=start)
    invitation = guests.invite(
        event,
        secretary,
        guest_name="Li Wei",
        city=beijing,
        audience=Audience.CITIES_GOVERNMENTS,
        foreign=True,
    )
    organization = Organization.objects.create(name_fa="شرکت", name_en="Company", kind="company")
    exhibitor = b2b.add_exhibitor(event, secretary, organization=organization, kind="other")
    b2b.add_slots(event, secretary, day=start, start=dt.time(10), end=dt.time(11), minutes=20)
    asked = b2b.request_meeting(event, secretary, participant=speaker, exhibitor=exhibitor)
    b2b.answer_request(asked, secretary, accepted=True)
    (meeting,), _left = b2b.schedule_meetings(event, secretary)
    pending = b2b.request_meeting(
        event,
        secretary,
        participant=Contact.objects.create(name_fa="جان", name_en="John"),
        exhibitor=exhibitor,
    )
    return {
        "event": event, "session": session, "action": action, "invitation": invitation, "speaker": speaker,
        "exhibitor": exhibitor, "pending": pending, "meeting": meeting, "letter_kind": LetterKind.INVITATION,
        "feed": feed_token("event", event.pk),
    }  # fmt: skip


def _agenda(world):  # "exhibitor" is both the URL's kind and a world key: name the arguments here
    return ["exhibitor", world["exhibitor"].pk]


PAGES = {
    "events:list": {"GET": READERS},
    "events:create": {"GET": OFFICE, "POST": OFFICE},
    "events:detail": {"args": ["event"], "GET": READERS},
    "events:edit": {"args": ["event"], "GET": OFFICE, "POST": OFFICE},
    "events:status": {"args": ["event"], "POST": OFFICE},
    "events:postpone": {"args": ["event"], "POST": OFFICE},
    "events:add_follow_up": {"args": ["event"], "POST": OFFICE},
    "events:commit_action": {"args": ["event", "action"], "POST": OFFICE},
    "events:link_mission": {"args": ["event"], "POST": OFFICE},
    "events:link_agreement": {"args": ["event"], "POST": OFFICE},
    "events:programme": {"args": ["event"], "GET": READERS},
    "events:programme_pdf": {"args": ["event"], "GET": READERS},
    "events:programme_ics": {"args": ["event"], "GET": READERS},
    "events:session_create": {"args": ["event"], "GET": OFFICE, "POST": OFFICE},
    "events:session_edit": {"args": ["event", "session"], "GET": OFFICE, "POST": OFFICE},
    "events:session_delete": {"args": ["event", "session"], "POST": OFFICE},
    "events:person_sessions": {"args": ["speaker"], "GET": READERS},
    "events:person_ics": {"args": ["speaker"], "GET": READERS},
    "events:feed": {"args": ["feed"], "GET": roles(OK, anonymous=OK)},
    "events:guests": {"args": ["event"], "GET": OFFICE, "POST": OFFICE},
    "events:invitation_action": {"args": ["event", "invitation", "accept"], "POST": OFFICE},
    "events:letter": {"args": ["event", "invitation", "letter_kind", "en"], "GET": OFFICE},
    "events:badges": {"args": ["event"], "GET": OFFICE},
    "events:check_in": {"args": ["event"], "GET": OFFICE, "POST": OFFICE},
    "events:guest_counts": {"args": ["event"], "GET": OFFICE},
    "events:letter_templates": {"GET": OFFICE, "POST": OFFICE},
    "events:exhibition": {"args": ["event"], "GET": READERS},
    "events:add_exhibitor": {"args": ["event"], "POST": OFFICE},
    "events:add_slots": {"args": ["event"], "POST": OFFICE},
    "events:request_meeting": {"args": ["event"], "POST": OFFICE},
    "events:answer_request": {"args": ["event", "pending", "accept"], "POST": OFFICE},
    "events:schedule": {"args": ["event"], "POST": OFFICE},
    "events:outcome": {"args": ["event", "meeting"], "POST": OFFICE},
    "events:agenda": {"args": _agenda, "GET": READERS},
    "events:agenda_ics": {"args": ["participant", "speaker"], "GET": READERS},
    "events:agenda_pdf": {"args": _agenda, "GET": READERS},
    "events:report": {"GET": REPORT},
    "events:report_pdf": {"GET": REPORT},
    "events:report_xlsx": {"GET": REPORT},
}
API = {
    "GET /api/events/": READERS,
    "POST /api/events/": OFFICE,
    "GET /api/events/{id}/": ("event", READERS),
    "PUT /api/events/{id}/": ("event", OFFICE),
    "PATCH /api/events/{id}/": ("event", OFFICE),
    "POST /api/events/{id}/postpone/": ("event", OFFICE),
    "POST /api/events/{id}/status/": ("event", OFFICE),
    "GET /api/events-report/": REPORT,
    "GET /api/event-sessions/": READERS,
    "POST /api/event-sessions/": OFFICE,
    "GET /api/event-sessions/{id}/": ("session", READERS),
    "PUT /api/event-sessions/{id}/": ("session", OFFICE),
    "PATCH /api/event-sessions/{id}/": ("session", OFFICE),
    "GET /api/event-exhibitors/": READERS,
    "POST /api/event-exhibitors/": OFFICE,
    "GET /api/event-exhibitors/{id}/": ("exhibitor", READERS),
    "GET /api/event-meeting-requests/": READERS,
    "POST /api/event-meeting-requests/": OFFICE,
    "GET /api/event-meeting-requests/{id}/": ("pending", READERS),
    "GET /api/event-meetings/": READERS,
    "GET /api/event-meetings/{id}/": ("meeting", READERS),
    "PUT /api/event-meetings/{id}/": ("meeting", OFFICE),
    "PATCH /api/event-meetings/{id}/": ("meeting", OFFICE),
    "GET /api/event-invitations/": OFFICE,
    "POST /api/event-invitations/": OFFICE,
    "GET /api/event-invitations/{id}/": ("invitation", OFFICE),
    "POST /api/event-invitations/{id}/step/": ("invitation", OFFICE),
}
