"""Every transition of a mission request and its guards, through the services the pages and API call."""

import datetime as dt

import pytest
from django.utils import timezone

from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.missions import services
from citydiplomacy.missions.models import Decision, MissionRequest, Status
from citydiplomacy.partners.models import Country

TODAY = timezone.localdate


def actions(mission):
    return [entry.action for entry in history(mission)][::-1]


@pytest.fixture
def submitted(mission_factory, requester):
    return services.submit(mission_factory(), requester)


@pytest.fixture
def approved(submitted, chair):
    return services.approve(submitted, chair)


def past_approved(mission_factory, requester, chair, days_ago=10, **fields):
    start = TODAY() - dt.timedelta(days=days_ago + 4)
    mission = mission_factory(start_date=start, end_date=start + dt.timedelta(days=4), **fields)
    services.submit(mission, requester)
    return services.approve(mission, chair)


def test_new_request_is_a_draft_with_a_reference_and_is_audited(mission_factory):
    mission = mission_factory()
    assert mission.status == Status.DRAFT
    assert mission.reference.startswith("MR-")
    assert actions(mission) == ["missions.request.created"]


def test_references_are_numbered_in_sequence(mission_factory):
    first, second = mission_factory(), mission_factory()
    assert int(second.reference.rsplit("-", 1)[1]) == int(first.reference.rsplit("-", 1)[1]) + 1


def test_end_before_start_is_refused(mission_factory):
    with pytest.raises(DomainError, match="end date"):
        mission_factory(start_date=dt.date(2025, 5, 10), end_date=dt.date(2025, 5, 9))


def test_submission_sets_the_first_submission_date_once(mission_factory, requester, chair):
    mission = mission_factory()
    services.submit(mission, requester, on=dt.date(2025, 1, 5))
    services.send_back(mission, chair, reason="Add the invitation letter")
    services.submit(mission, requester, on=dt.date(2025, 1, 20))
    mission.refresh_from_db()
    assert mission.status == Status.SUBMITTED
    assert mission.submitted_on == dt.date(2025, 1, 5)
    assert actions(mission) == [
        "missions.request.created",
        "missions.request.submitted",
        "missions.request.sent_back",
        "missions.request.submitted",
    ]


def test_submission_needs_a_destination(mission_factory, requester):
    mission = mission_factory(countries=[])
    with pytest.raises(DomainError, match="destination"):
        services.submit(mission, requester)


def test_draft_cannot_be_approved(mission_factory, chair):
    with pytest.raises(DomainError):
        services.approve(mission_factory(), chair)


def test_approval_records_a_dated_decision_in_the_session(submitted, chair, secretary):
    session = services.create_session(secretary, date=dt.date(2025, 3, 1))
    services.put_on_agenda(session, submitted, secretary)
    mission = services.approve(submitted, chair, session=session)
    assert mission.status == Status.APPROVED
    assert mission.decided_on == dt.date(2025, 3, 1)
    decision = Decision.objects.get(mission=mission)
    assert (decision.kind, decision.session, decision.by) == ("approved", session, chair)


def test_rejection_needs_a_reason(submitted, chair):
    with pytest.raises(DomainError, match="reason"):
        services.reject(submitted, chair, reason="  ")
    mission = services.reject(submitted, chair, reason="No budget this year")
    assert mission.status == Status.REJECTED
    assert mission.decision_reason == "No budget this year"


def test_send_back_needs_a_reason(submitted, chair):
    with pytest.raises(DomainError):
        services.send_back(submitted, chair, reason="")


def test_rejected_request_cannot_be_realized_or_resubmitted(submitted, chair, requester):
    services.reject(submitted, chair, reason="Not a priority")
    with pytest.raises(DomainError):
        services.realize(submitted, requester, actual_start_date=TODAY(), actual_end_date=TODAY())
    with pytest.raises(DomainError):
        services.submit(submitted, requester)


def test_decided_request_cannot_be_decided_again(approved, chair):
    with pytest.raises(DomainError):
        services.reject(approved, chair, reason="changed my mind")


def test_withdrawal_before_decision_is_counted_as_a_decision(submitted, requester):
    mission = services.withdraw(submitted, requester, reason="The summit was postponed")
    assert mission.status == Status.WITHDRAWN
    assert Decision.objects.get(mission=mission).kind == "withdrawn"


def test_withdrawing_a_draft_leaves_no_decision(mission_factory, requester):
    mission = services.withdraw(mission_factory(), requester)
    assert mission.status == Status.WITHDRAWN
    assert not Decision.objects.filter(mission=mission).exists()


def test_approved_request_cannot_be_withdrawn(approved, requester):
    with pytest.raises(DomainError):
        services.withdraw(approved, requester)


def test_realization_records_actual_dates_and_travellers(mission_factory, requester, chair, traveller):
    mission = past_approved(mission_factory, requester, chair)
    start = mission.start_date
    services.realize(
        mission,
        requester,
        actual_start_date=start,
        actual_end_date=start + dt.timedelta(days=3),
        actual_travellers=[traveller],
    )
    mission.refresh_from_db()
    assert mission.status == Status.REALIZED
    assert mission.actual_end_date == start + dt.timedelta(days=3)
    assert list(mission.actual_travellers.all()) == [traveller]
    assert mission.persons_count == 1


def test_mission_cannot_be_realized_before_it_starts(approved, requester):
    with pytest.raises(DomainError, match="before it starts"):
        services.realize(
            approved, requester, actual_start_date=approved.start_date, actual_end_date=approved.end_date
        )


def test_cancellation_needs_a_reason_and_an_approval(approved, requester, mission_factory):
    with pytest.raises(DomainError):
        services.cancel(approved, requester, reason="")
    assert services.cancel(approved, requester, reason="Visa refused").status == Status.CANCELLED
    with pytest.raises(DomainError):
        services.cancel(mission_factory(), requester, reason="not approved")


def test_approved_mission_past_its_end_is_closure_overdue(mission_factory, requester, chair):
    overdue = past_approved(mission_factory, requester, chair)
    assert overdue.is_closure_overdue
    assert list(MissionRequest.objects.closure_overdue()) == [overdue]


def test_post_trip_report_is_due_after_the_configured_days(mission_factory, requester, chair, settings):
    settings.POST_TRIP_REPORT_DAYS = 15
    mission = past_approved(mission_factory, requester, chair, days_ago=30)
    services.realize(
        mission, requester, actual_start_date=mission.start_date, actual_end_date=mission.end_date
    )
    mission.refresh_from_db()
    assert mission.report_due_on == mission.end_date + dt.timedelta(days=15)
    assert mission.is_report_overdue
    assert list(MissionRequest.objects.report_overdue()) == [mission]
    report = services.submit_report(
        mission, requester, results="Met the metro operators", follow_up="Draft an MoU"
    )
    assert report.was_late
    mission = MissionRequest.objects.get(pk=mission.pk)
    assert not mission.is_report_overdue
    assert "missions.report.submitted" in actions(mission)


def test_report_within_the_deadline_is_not_late(mission_factory, requester, chair, settings):
    settings.POST_TRIP_REPORT_DAYS = 15
    mission = past_approved(mission_factory, requester, chair, days_ago=2)
    services.realize(
        mission, requester, actual_start_date=mission.start_date, actual_end_date=mission.end_date
    )
    assert not services.submit_report(mission, requester, results="Signed the MoU").was_late


def test_only_a_realized_mission_has_a_report(approved, requester):
    with pytest.raises(DomainError):
        services.submit_report(approved, requester, results="x")


def test_changing_dates_after_approval_sends_the_request_back_to_review(approved, requester):
    mission = services.update_request(approved, requester, end_date=approved.end_date + dt.timedelta(days=2))
    assert mission.status == Status.SUBMITTED
    assert actions(mission)[-2:] == ["missions.request.edited", "missions.request.returned_to_review"]


def test_changing_destinations_after_approval_sends_it_back(approved, requester):
    mission = services.update_request(approved, requester, countries=[Country.objects.get(iso2="TR")])
    assert mission.status == Status.SUBMITTED


def test_changing_travellers_after_approval_sends_it_back(approved, requester):
    mission = services.update_request(approved, requester, travellers=[])
    assert mission.status == Status.SUBMITTED


def test_changing_the_justification_after_approval_keeps_it_approved(approved, requester):
    mission = services.update_request(approved, requester, justification="More detail")
    assert mission.status == Status.APPROVED
    entry = history(mission).first()
    assert entry.action == "missions.request.edited"
    assert entry.data["changes"]["justification"][1] == "More detail"


def test_an_edit_without_change_writes_no_audit_entry(mission_factory, requester):
    mission = mission_factory()
    services.update_request(mission, requester, title=mission.title)
    assert actions(mission) == ["missions.request.created"]


def test_realized_request_cannot_be_edited(mission_factory, requester, chair):
    mission = past_approved(mission_factory, requester, chair)
    services.realize(
        mission, requester, actual_start_date=mission.start_date, actual_end_date=mission.end_date
    )
    with pytest.raises(DomainError):
        services.update_request(mission, requester, title="new")


def test_only_submitted_requests_go_on_an_agenda(mission_factory, secretary):
    session = services.create_session(secretary, date=TODAY())
    with pytest.raises(DomainError):
        services.put_on_agenda(session, mission_factory(), secretary)


def test_session_numbers_are_unique_and_follow_on(secretary):
    first = services.create_session(secretary, date=TODAY())
    second = services.create_session(secretary, date=TODAY())
    assert second.number == first.number + 1
    with pytest.raises(DomainError):
        services.create_session(secretary, date=TODAY(), number=first.number)
