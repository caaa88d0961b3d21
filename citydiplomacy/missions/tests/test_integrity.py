"""The committee's record holds together (issue 8 §3, §4): the unit rule on create and update, decisions on
agenda items belong to their session, costs send an approved request back, the agenda refuses doubles."""

import io
import unicodedata
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import AuditEntry
from citydiplomacy.missions import services
from citydiplomacy.missions.minutes import minutes_pdf
from citydiplomacy.missions.models import Decision, MissionRequest, Status


def actions(obj):
    return [entry.action for entry in history(obj)][::-1]


# The unit rule: one helper for the page form, API create and API update.


def test_requester_cannot_move_a_request_to_another_unit_through_the_api(
    mission_factory, requester, other_unit, client_for
):
    mission = mission_factory()
    response = client_for(requester).patch(
        f"/api/missions/{mission.pk}/", {"unit": other_unit.pk}, content_type="application/json"
    )
    assert response.status_code == 403
    mission.refresh_from_db()
    assert mission.unit_id == requester.unit_id
    assert actions(mission) == ["missions.request.created"]


def test_requester_can_still_edit_their_own_request_through_the_api(mission_factory, requester, client_for):
    mission = mission_factory()
    response = client_for(requester).patch(
        f"/api/missions/{mission.pk}/",
        {"title": "Renamed", "unit": requester.unit_id},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert MissionRequest.objects.get(pk=mission.pk).title == "Renamed"


def test_secretary_may_move_a_request_to_another_unit(mission_factory, secretary, other_unit, client_for):
    mission = mission_factory()
    response = client_for(secretary).patch(
        f"/api/missions/{mission.pk}/", {"unit": other_unit.pk}, content_type="application/json"
    )
    assert response.status_code == 200
    assert MissionRequest.objects.get(pk=mission.pk).unit_id == other_unit.pk


def test_requester_page_form_cannot_move_a_request_to_another_unit(
    mission_factory, requester, other_unit, client_for, china
):
    mission = mission_factory()
    client = client_for(requester)
    data = {
        "title": "Edited on the page",
        "unit": other_unit.pk,  # a disabled field: the form keeps the request's own unit
        "purpose": "summit",
        "mode": "in_person",
        "countries": [china.pk],
        "start_date": mission.start_date.isoformat(),
        "end_date": mission.end_date.isoformat(),
        "funding": mission.funding,
        "currency": mission.currency,
    }
    response = client.post(reverse("missions:edit", args=[mission.pk]), data)
    assert response.status_code in (200, 302)
    assert MissionRequest.objects.get(pk=mission.pk).unit_id == requester.unit_id


def test_the_services_refuse_a_foreign_unit_whoever_calls_them(mission_factory, requester, other_unit):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        mission_factory(unit=other_unit)
    mission = mission_factory()
    with pytest.raises(PermissionDenied):
        services.update_request(mission, requester, unit=other_unit)


# Decisions on agenda items belong to their session; the minutes count what they list.


@pytest.fixture
def on_agenda(mission_factory, requester, secretary):
    mission = services.submit(mission_factory(title="Metropolis summit"), requester)
    session = services.create_session(secretary, date=mission.start_date)
    services.put_on_agenda(session, mission, secretary)
    return mission, session


def test_a_decision_on_an_agenda_item_belongs_to_that_session(on_agenda, chair):
    mission, session = on_agenda
    services.approve(mission, chair)  # the chair names no session
    decision = Decision.objects.get(mission=mission)
    assert decision.session_id == session.pk
    assert decision.date == session.date


def test_a_decision_off_any_agenda_has_no_session(mission_factory, requester, chair):
    mission = services.submit(mission_factory(), requester)
    services.approve(mission, chair)
    assert Decision.objects.get(mission=mission).session is None


def test_a_later_decision_goes_to_the_next_session_with_the_item(on_agenda, chair, requester, secretary):
    mission, first = on_agenda
    services.send_back(mission, chair, reason="Add the invitation")
    services.submit(mission, requester)
    services.approve(mission, chair)  # not on a new agenda: this decision is outside a session
    decisions = list(Decision.objects.filter(mission=mission).order_by("id"))
    assert [d.session_id for d in decisions] == [first.pk, None]


def pdf_text(data):
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return unicodedata.normalize("NFKC", text)


def test_the_minutes_count_the_decisions_they_list(on_agenda, chair, mission_factory, requester, secretary):
    mission, session = on_agenda
    other = services.submit(mission_factory(title="Exhibition"), requester)
    services.put_on_agenda(session, other, secretary)
    services.approve(mission, chair)
    services.reject(other, chair, reason="Too costly")
    with translation.override("en"):
        text = pdf_text(minutes_pdf(session))
    assert "Approved: 1; rejected: 1; sent back: 0." in text.replace("\n", " ")


def test_the_minutes_do_not_show_a_decision_of_another_session_as_this_ones(
    on_agenda, chair, requester, secretary
):
    mission, session = on_agenda
    services.send_back(mission, chair, reason="Add the invitation")
    services.submit(mission, requester)
    later = services.create_session(secretary, date=session.date)
    services.put_on_agenda(later, mission, secretary)
    services.approve(mission, chair)
    assert Decision.objects.filter(mission=mission, kind="approved", session=later).exists()
    with translation.override("en"):
        first_minutes = pdf_text(minutes_pdf(session)).replace("\n", " ")
        later_minutes = pdf_text(minutes_pdf(later)).replace("\n", " ")
    assert "Approved: 0; rejected: 0; sent back: 1." in first_minutes
    assert "Approved: 1; rejected: 0; sent back: 0." in later_minutes


# Changes after approval that the committee must see again.


@pytest.mark.parametrize(
    "change",
    [
        {"estimated_cost": Decimal("3000000000")},
        {"funding": "municipality"},
        {"currency": "EUR"},
    ],
)
def test_cost_or_funding_changed_after_approval_sends_the_request_back_to_review(
    change, mission_factory, requester, chair
):
    mission = mission_factory(estimated_cost=Decimal("1500000000"), funding="host", currency="IRR")
    services.approve(services.submit(mission, requester), chair)
    services.update_request(mission, requester, **change)
    mission.refresh_from_db()
    assert mission.status == Status.SUBMITTED
    assert actions(mission)[-1] == "missions.request.returned_to_review"


def test_raising_the_cost_through_the_api_sends_an_approved_request_back(
    mission_factory, requester, chair, client_for
):
    mission = mission_factory(estimated_cost=Decimal("1500000000"))
    services.approve(services.submit(mission, requester), chair)
    response = client_for(requester).patch(
        f"/api/missions/{mission.pk}/", {"estimated_cost": "3000000000"}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"


def test_a_title_change_after_approval_keeps_the_approval(mission_factory, requester, chair):
    mission = services.approve(services.submit(mission_factory(), requester), chair)
    services.update_request(mission, requester, title="A clearer title")
    assert MissionRequest.objects.get(pk=mission.pk).status == Status.APPROVED


# The agenda takes a request once.


def test_putting_a_request_on_an_agenda_twice_is_refused_without_a_second_entry(on_agenda, secretary):
    mission, session = on_agenda
    with pytest.raises(DomainError, match="already on the agenda"):
        services.put_on_agenda(session, mission, secretary)
    assert AuditEntry.objects.filter(action="missions.request.put_on_agenda").count() == 1
    assert AuditEntry.objects.filter(action="missions.session.agenda_added").count() == 1


def test_the_agenda_page_and_api_say_the_request_is_already_there(on_agenda, secretary, client_for):
    mission, session = on_agenda
    client = client_for(secretary)
    response = client.post(
        reverse("missions:session_agenda_add", args=[session.pk]), {"mission": mission.pk}, follow=True
    )
    assert "already on the agenda" in response.content.decode()
    response = client.post(
        f"/api/sessions/{session.pk}/agenda/", {"mission": mission.pk}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "already on the agenda" in response.json()["detail"]
    assert AuditEntry.objects.filter(action="missions.request.put_on_agenda").count() == 1


def test_taking_off_the_agenda_a_request_not_on_it_is_refused(on_agenda, secretary, client_for):
    mission, session = on_agenda
    services.remove_from_agenda(session, mission, secretary)
    response = client_for(secretary).post(
        reverse("missions:session_agenda_remove", args=[session.pk, mission.pk]), follow=True
    )
    assert response.status_code == 200
    assert "not on the agenda" in response.content.decode()
    assert AuditEntry.objects.filter(action="missions.session.agenda_removed").count() == 1
