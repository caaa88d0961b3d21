import datetime as dt
import io

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from citydiplomacy.core.errors import DomainError
from citydiplomacy.events import b2b
from citydiplomacy.events.feeds import feed_token
from citydiplomacy.events.models import Meeting, MeetingSlot, RequestStatus
from citydiplomacy.partners.models import Contact, Organization

from .conftest import START


@pytest.fixture
def fair(event, secretary):
    """Three exhibitors, four participants, two slots, two tables."""
    event.meeting_tables = 2
    event.save(update_fields=["meeting_tables"])
    exhibitors = [
        b2b.add_exhibitor(event, secretary, organization=Organization.objects.create(
            name_fa=f"شرکت {i}", name_en=f"Company {i}", kind="startup"), kind="startup", booth=f"B{i}")
        for i in range(3)
    ]  # fmt: skip
    people = [Contact.objects.create(name_fa=f"مدیر {i}", name_en=f"Manager {i}") for i in range(4)]
    b2b.add_slots(event, secretary, day=START, start=dt.time(10), end=dt.time(10, 40), minutes=20)
    return event, exhibitors, people


def accept_all(event, secretary, pairs):
    requests = []
    for person, exhibitor in pairs:
        r = b2b.request_meeting(event, secretary, participant=person, exhibitor=exhibitor)
        b2b.answer_request(r, secretary, accepted=True)
        requests.append(r)
    return requests


def test_slots_are_cut_inside_the_event_and_not_twice(fair, secretary):
    event, _x, _p = fair
    assert MeetingSlot.objects.filter(event=event).count() == 2
    with pytest.raises(DomainError, match="No new slot"):
        b2b.add_slots(event, secretary, day=START, start=dt.time(10), end=dt.time(10, 40), minutes=20)
    with pytest.raises(DomainError, match="outside"):
        b2b.add_slots(event, secretary, day=START - dt.timedelta(days=1), start=dt.time(10), end=dt.time(11),
                      minutes=20)  # fmt: skip


def test_schedule_books_nobody_twice_and_respects_tables(fair, secretary):
    event, (x0, x1, x2), (p0, p1, p2, p3) = fair
    # x0 is wanted by three people: only two slots, so one request cannot be met
    accept_all(event, secretary, [(p0, x0), (p1, x0), (p2, x0), (p0, x1), (p3, x2), (p1, x2)])
    made, left = b2b.schedule_meetings(event, secretary)
    meetings = list(Meeting.objects.all())
    assert len(meetings) == len(made) == 4 and left == 2  # 2 slots × 2 tables = 4 at most
    seen = set()
    for m in meetings:
        for key in (
            (m.slot_id, "p", m.participant_id),
            (m.slot_id, "e", m.exhibitor_id),
            (m.slot_id, "t", m.table),
        ):
            assert key not in seen
            seen.add(key)
        assert 1 <= m.table <= 2


def test_scheduling_again_keeps_meetings_and_fills_what_is_free(fair, secretary):
    event, (x0, x1, _x2), (p0, p1, _p2, _p3) = fair
    accept_all(event, secretary, [(p0, x0)])
    b2b.schedule_meetings(event, secretary)
    first = Meeting.objects.get()
    accept_all(event, secretary, [(p1, x0), (p0, x1)])
    made, left = b2b.schedule_meetings(event, secretary)
    assert len(made) == 2 and left == 0
    assert Meeting.objects.get(pk=first.pk).slot_id == first.slot_id


def test_a_request_is_made_once_and_answered_once(fair, secretary):
    event, (x0, *_), (p0, *_) = fair
    r = b2b.request_meeting(event, secretary, participant=p0, exhibitor=x0)
    with pytest.raises(DomainError, match="already asked"):
        b2b.request_meeting(event, secretary, participant=p0, exhibitor=x0)
    b2b.answer_request(r, secretary, accepted=False)
    r.refresh_from_db()
    assert r.status == RequestStatus.DECLINED
    with pytest.raises(DomainError):
        b2b.answer_request(r, secretary, accepted=True)


def test_outcome_needs_a_held_meeting(fair, secretary):
    event, (x0, *_), (p0, *_) = fair
    accept_all(event, secretary, [(p0, x0)])
    b2b.schedule_meetings(event, secretary)
    meeting = Meeting.objects.get()
    with pytest.raises(DomainError):
        b2b.record_outcome(meeting, secretary, held=False, export_lead=True)
    b2b.record_outcome(meeting, secretary, held=True, export_lead=True, possible_agreement=True)
    from citydiplomacy.events.report import events_report

    data = events_report(START, START)
    assert (
        data["b2b"]["held"] == 1
        and data["b2b"]["export_lead"] == 1
        and data["b2b"]["possible_agreement"] == 1
    )


def test_agenda_page_pdf_and_subscribable_ics(fair, secretary, client_for):
    event, (x0, x1, _x), (p0, *_) = fair
    accept_all(event, secretary, [(p0, x0), (p0, x1)])
    b2b.schedule_meetings(event, secretary)
    client = client_for(secretary)
    html = client.get(f"/events/b2b/participant/{p0.pk}/").content.decode()
    assert "Company 0" in html and "Company 1" in html
    pdf = client.get(f"/events/b2b/participant/{p0.pk}/agenda.pdf")
    import unicodedata

    text = unicodedata.normalize("NFKC", PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text())
    assert "شرکت" in text or "شرکت"[::-1] in text  # the exhibitors' Persian names
    ics = client_for(None).get(f"/events/feeds/{feed_token('participant', p0.pk)}.ics")
    items = Calendar.from_ical(ics.content).walk("VEVENT")
    assert len(items) == 2 and {str(i["location"]) for i in items} <= {"Table 1", "Table 2"}


def test_exhibition_pages_by_role(fair, personas, client_for, django_assert_max_num_queries, secretary):
    event, exhibitors, people = fair
    accept_all(event, secretary, [(p, x) for p in people for x in exhibitors][:6])
    b2b.schedule_meetings(event, secretary)
    for name, user in personas.items():
        client = client_for(user)
        client.get("/events/")
        with django_assert_max_num_queries(12):
            assert client.get(f"/events/{event.pk}/exhibition/").status_code == 200, name
        status = client.post(f"/events/{event.pk}/exhibition/schedule/").status_code
        assert status == (302 if name in ("secretary", "admin") else 403), name
    assert (
        client_for(personas["secretary"]).post(f"/events/{event.pk}/exhibition/requests/1/maybe/").status_code
        == 404
    )
