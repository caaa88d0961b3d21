"""The action pages: each POST goes through its service, shows a message, and bad input never gives a 500."""

import datetime as dt

from citydiplomacy.core.audit import history
from citydiplomacy.events import guests
from citydiplomacy.events.models import Audience, Event, FollowUpAction, Invitation, Session, Status

from .conftest import START, at


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_status_and_postpone_through_the_page(event, secretary, client_for):
    client = client_for(secretary)
    response = client.post(f"/events/{event.pk}/postpone/", {"start_date": "2025-06-01", "end_date": "2025-06-02",
                                                             "reason": "Weather"}, follow=True)  # fmt: skip
    assert "The event was postponed." in messages_of(response)
    assert Event.objects.get(pk=event.pk).status == Status.POSTPONED
    response = client.post(f"/events/{event.pk}/status/", {"status": "running"}, follow=True)
    assert any("cannot become" in m for m in messages_of(response))
    response = client.post(f"/events/{event.pk}/postpone/", {"start_date": "not a date"}, follow=True)
    assert "Check the fields of the form." in messages_of(response)


def test_follow_up_action_becomes_a_commitment_through_the_page(
    event, secretary, client_for, agreement_factory
):
    agreement = agreement_factory()
    client = client_for(secretary)
    client.post(f"/events/{event.pk}/follow-up/", {"title": "Send the study", "due_on": "1404/05/01"})
    action = FollowUpAction.objects.get()
    response = client.post(
        f"/events/{event.pk}/follow-up/{action.pk}/commit/", {"agreement": agreement.pk}, follow=True
    )
    assert "The action became a commitment." in messages_of(response)
    assert agreement.commitments.filter(title="Send the study").exists()
    assert history(event).first().action == "events.event.follow_up_committed"


def test_session_delete_is_audited(event, secretary, client_for):
    from citydiplomacy.events import services

    session = services.save_session(
        event, secretary, title_fa="x", starts_at=at(START, 9), ends_at=at(START, 10)
    )
    client_for(secretary).post(f"/events/{event.pk}/sessions/{session.pk}/delete/")
    assert not Session.objects.exists()
    assert history(event).first().action == "events.session.deleted"


def test_session_of_another_event_is_not_found(event_factory, event, secretary, client_for):
    from citydiplomacy.events import services

    other = event_factory(title_en="Other")
    session = services.save_session(
        other, secretary, title_fa="x", starts_at=at(START, 9), ends_at=at(START, 10)
    )
    assert client_for(secretary).get(f"/events/{event.pk}/sessions/{session.pk}/edit/").status_code == 404


def test_guest_steps_through_the_page(event, secretary, client_for):
    guest = guests.invite(event, secretary, guest_name="G", audience=Audience.CITIZENS, foreign=True)
    client = client_for(secretary)
    response = client.post(f"/events/{event.pk}/guests/{guest.pk}/arrive/", follow=True)
    assert any("cannot be checked in" in m for m in messages_of(response))
    client.post(f"/events/{event.pk}/guests/{guest.pk}/accept/")
    response = client.post(f"/events/{event.pk}/guests/{guest.pk}/arrive/", follow=True)
    assert any("visa support letter first" in m for m in messages_of(response))
    client.post(f"/events/{event.pk}/guests/{guest.pk}/visa_letter/")
    client.post(f"/events/{event.pk}/guests/{guest.pk}/arrive/")
    assert Invitation.objects.get().status == "arrived"
    response = client.post(f"/events/{event.pk}/guests/{guest.pk}/fly-away/", follow=True)
    assert "Unknown action." in messages_of(response)


def test_letter_template_form_names_the_unknown_field(secretary, client_for):
    response = client_for(secretary).post("/events/letter-templates/", {
        "kind": "invitation", "language": "en", "subject": "Hi", "body": "Dear {{ guest_name }} {{ salary }}",
    })  # fmt: skip
    assert response.status_code == 200 and "salary" in response.content.decode()


def test_exhibition_through_the_pages(event, secretary, client_for):
    from citydiplomacy.partners.models import Contact, Organization

    org = Organization.objects.create(name_fa="شرکت", name_en="Company", kind="startup")
    person = Contact.objects.create(name_fa="مدیر", name_en="Manager")
    client = client_for(secretary)
    client.post(
        f"/events/{event.pk}/exhibition/exhibitors/",
        {"organization": org.pk, "kind": "startup", "booth": "A1"},
    )
    client.post(f"/events/{event.pk}/exhibition/slots/", {"day": START.isoformat(), "start": "10:00", "end": "11:00",
                                                          "minutes": "30"})  # fmt: skip
    exhibitor = event.exhibitors.get()
    client.post(
        f"/events/{event.pk}/exhibition/requests/", {"participant": person.pk, "exhibitor": exhibitor.pk}
    )
    request = event.meeting_requests.get()
    client.post(f"/events/{event.pk}/exhibition/requests/{request.pk}/accept/")
    response = client.post(f"/events/{event.pk}/exhibition/schedule/", follow=True)
    assert "1 meetings scheduled; 0 accepted requests could not be fitted." in messages_of(response)
    meeting = request.__class__.objects.get().meeting
    response = client.post(f"/events/{event.pk}/exhibition/meetings/{meeting.pk}/outcome/",
                           {"held": "on", "export_lead": "on"}, follow=True)  # fmt: skip
    assert "The outcome was recorded." in messages_of(response)
    response = client.post(f"/events/{event.pk}/exhibition/slots/", {"day": (START - dt.timedelta(days=9)).isoformat(),
                                                                     "start": "10:00", "end": "11:00", "minutes": "30"},
                           follow=True)  # fmt: skip
    assert any("outside" in m for m in messages_of(response))
