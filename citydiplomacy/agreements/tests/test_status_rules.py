import datetime as dt

import pytest

from citydiplomacy.agreements import services
from citydiplomacy.agreements.models import Agreement, Commitment, CommitmentStatus, Status
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import AuditEntry


def test_validity_in_years_sets_the_expiry_date(agreement_factory, today):
    agreement = agreement_factory(signed_on=dt.date(2023, 4, 1), valid_years=5)
    assert agreement.expires_on == dt.date(2028, 3, 31)


def test_agreement_in_force_past_its_expiry_reads_as_expired_and_the_job_stores_it(agreement_factory, today):
    agreement = agreement_factory(signed_on=dt.date(2019, 1, 1), valid_years=5)
    assert agreement.effective_status(today) == Status.EXPIRED
    assert not agreement.is_in_force(today)
    assert list(Agreement.objects.expired(today)) == [agreement]
    assert services.expire_agreements(today) == 1
    agreement.refresh_from_db()
    assert agreement.status == Status.EXPIRED
    assert AuditEntry.objects.filter(action="agreements.agreement.expired").count() == 1


def test_agreement_expiring_within_90_days(agreement_factory, today):
    soon = agreement_factory(
        signed_on=dt.date(2020, 1, 1), valid_years=None, expires_on=today + dt.timedelta(days=89)
    )
    later = agreement_factory(
        signed_on=dt.date(2020, 1, 1), valid_years=None, expires_on=today + dt.timedelta(days=91)
    )
    assert soon.is_expiring(today) and not later.is_expiring(today)
    assert list(Agreement.objects.expiring(today)) == [soon]


def test_termination_needs_a_reason_and_historical_is_final(agreement_factory, secretary, today):
    agreement = agreement_factory()
    with pytest.raises(DomainError):
        services.change_status(agreement, secretary, status=Status.TERMINATED, reason=" ", today=today)
    services.change_status(
        agreement, secretary, status=Status.TERMINATED, reason="Partner withdrew", today=today
    )
    services.change_status(agreement, secretary, status=Status.HISTORICAL, reason="Archived", today=today)
    with pytest.raises(DomainError):
        services.change_status(agreement, secretary, status=Status.ACTIVE, today=today)


def test_executive_document_needs_its_parent_agreement(agreement_factory):
    with pytest.raises(DomainError):
        agreement_factory(kind="executive")
    parent = agreement_factory()
    child = agreement_factory(kind="executive", parent=parent)
    assert list(parent.children.all()) == [child]


def test_open_commitment_past_due_is_overdue_and_delivered_one_is_not(
    agreement_factory, secretary, owner, today
):
    agreement = agreement_factory()
    late = services.add_commitment(
        agreement, secretary, title="Exchange experts", owner=owner, due_on=today - dt.timedelta(days=1)
    )
    done = services.add_commitment(
        agreement, secretary, title="Cultural week", owner=owner, due_on=today - dt.timedelta(days=1)
    )
    services.deliver(done, secretary, delivered_on=today, evidence="Held in Beijing, photos attached")
    late.refresh_from_db(), done.refresh_from_db()
    assert late.is_overdue(today) and not done.is_overdue(today)
    assert not late.is_overdue(today - dt.timedelta(days=1))  # due that day: not yet overdue
    assert list(Commitment.objects.overdue(today)) == [late]


def test_delivery_needs_evidence(agreement_factory, secretary, today):
    commitment = services.add_commitment(agreement_factory(), secretary, title="Report", due_on=today)
    with pytest.raises(DomainError):
        services.deliver(commitment, secretary, delivered_on=today, evidence="")
    assert Commitment.objects.get().status == CommitmentStatus.OPEN


def test_delivering_a_recurring_commitment_opens_the_next_occurrence(agreement_factory, secretary, today):
    commitment = services.add_commitment(
        agreement_factory(),
        secretary,
        title="Quarterly committee",
        due_on=dt.date(2025, 1, 31),
        recurrence="quarterly",
    )
    following = services.deliver(commitment, secretary, delivered_on=today, evidence="Minutes")
    assert following.due_on == dt.date(2025, 4, 30)
    assert following.status == CommitmentStatus.OPEN


def test_closed_agreement_takes_no_new_commitment(agreement_factory, secretary, today):
    agreement = agreement_factory()
    services.change_status(agreement, secretary, status=Status.TERMINATED, reason="Ended", today=today)
    with pytest.raises(DomainError):
        services.add_commitment(agreement, secretary, title="Too late")


def test_mission_follow_up_becomes_a_commitment_and_links_the_mission(
    agreement_factory, mission_factory, requester, chair, secretary, owner, today
):
    from citydiplomacy.missions import services as missions

    mission = mission_factory(start_date=dt.date(2025, 3, 1))
    missions.submit(mission, requester)
    missions.approve(mission, chair)
    missions.realize(
        mission, requester, actual_start_date=dt.date(2025, 3, 1), actual_end_date=dt.date(2025, 3, 5)
    )
    missions.submit_report(
        mission, requester, results="Met the mayor", follow_up="Send metro experts to Beijing\nOther"
    )
    agreement = agreement_factory()
    commitment = services.commitment_from_follow_up(mission, agreement, secretary, owner=owner, due_on=today)
    assert commitment.title == "Send metro experts to Beijing"
    assert commitment.source_mission == mission
    assert list(mission.agreements.all()) == [agreement]
