"""The pipeline's rules: which stage may follow which, what each move needs, and what winning creates."""

import datetime as dt

import pytest

from citydiplomacy.agreements.models import Agreement, Kind
from citydiplomacy.agreements.models import Status as AgreementStatus
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import AuditEntry
from citydiplomacy.exports import services
from citydiplomacy.exports.models import Lead, Stage, StageChange


def test_new_lead_starts_as_an_inquiry_with_the_partners_country(lead_factory, iraq):
    lead = lead_factory()
    assert lead.stage == Stage.INQUIRY
    assert lead.country == iraq
    assert AuditEntry.objects.filter(action="exports.lead.created").count() == 1


def test_a_lead_names_an_offering_and_a_partner(officer, hotline):
    with pytest.raises(DomainError, match="offering"):
        services.create_lead(officer, offerings=[], title="x", country=None, partner_city=None)
    with pytest.raises(DomainError, match="partner"):
        services.create_lead(officer, offerings=[hotline], title="x")
    assert not Lead.objects.exists()


def test_forward_moves_need_no_reason(lead_factory, officer):
    lead = lead_factory()
    services.move(lead, officer, Stage.PRESENTATION)
    services.move(lead, officer, Stage.NEGOTIATION)  # skipping a stage forward is allowed
    lead.refresh_from_db()
    assert lead.stage == Stage.NEGOTIATION
    assert list(lead.stage_changes.values_list("to_stage", flat=True)) == [
        "inquiry",
        "presentation",
        "negotiation",
    ]


def test_moving_backwards_without_a_reason_is_refused_and_changes_nothing(lead_factory, officer):
    lead = lead_factory()
    services.move(lead, officer, Stage.PROPOSAL)
    with pytest.raises(DomainError, match="needs a reason"):
        services.move(lead, officer, Stage.INQUIRY)
    lead.refresh_from_db()
    assert lead.stage == Stage.PROPOSAL
    assert StageChange.objects.filter(lead=lead).count() == 2
    services.move(lead, officer, Stage.INQUIRY, reason="They changed their contact person")
    lead.refresh_from_db()
    assert lead.stage == Stage.INQUIRY


def test_a_lead_cannot_be_won_without_a_proposal_on_file(lead_factory, officer, with_proposal):
    lead = lead_factory()
    services.move(lead, officer, Stage.NEGOTIATION)
    with pytest.raises(DomainError, match="proposal"):
        services.move(lead, officer, Stage.WON)
    assert not Agreement.objects.exists()
    with_proposal(lead)
    services.move(lead, officer, Stage.WON)
    lead.refresh_from_db()
    assert lead.stage == Stage.WON


def test_winning_makes_a_contract_in_the_registry_with_a_delivery_commitment_per_offering(
    lead_factory, officer, with_proposal, hotline, app_offering, najaf
):
    lead = with_proposal(lead_factory(offerings=[hotline, app_offering]))
    due = dt.date.today() + dt.timedelta(days=120)
    services.move(lead, officer, Stage.WON, contract_title="Hotline contract", delivery_due=due)
    lead.refresh_from_db()
    contract = lead.agreement
    assert contract.kind == Kind.CONTRACT and contract.status == AgreementStatus.SIGNED
    assert contract.title_fa == "Hotline contract"
    assert [p.city for p in contract.parties.all()] == [najaf]
    commitments = contract.commitments.order_by("owner_unit__name_fa")
    assert {c.owner_unit for c in commitments} == {hotline.unit, app_offering.unit}
    assert all(c.due_on == due and c.side == "ours" for c in commitments)
    assert lead.won_on == dt.date.today()
    assert AuditEntry.objects.filter(action="exports.lead.won").count() == 1


def test_a_loss_needs_a_reason_from_the_list(lead_factory, officer, reason):
    lead = lead_factory()
    with pytest.raises(DomainError, match="reason"):
        services.move(lead, officer, Stage.LOST)
    reason.active = False
    reason.save()
    with pytest.raises(DomainError, match="no longer"):
        services.move(lead, officer, Stage.LOST, lost_reason=reason)
    reason.active = True
    reason.save()
    services.move(lead, officer, Stage.LOST, lost_reason=reason, lost_note="Budget moved to roads")
    lead.refresh_from_db()
    assert (lead.stage, lead.lost_reason, lead.lost_note) == (Stage.LOST, reason, "Budget moved to roads")


def test_a_lost_lead_is_reopened_with_a_reason_at_an_open_stage(lead_factory, officer, reason):
    lead = lead_factory()
    services.move(lead, officer, Stage.LOST, lost_reason=reason)
    with pytest.raises(DomainError, match="open stage"):
        services.move(lead, officer, Stage.DELIVERY, reason="x")
    with pytest.raises(DomainError, match="reopening"):
        services.move(lead, officer, Stage.PRESENTATION)
    services.move(lead, officer, Stage.PRESENTATION, reason="New mayor asked again")
    lead.refresh_from_db()
    assert lead.stage == Stage.PRESENTATION and lead.lost_reason is None


def test_delivery_comes_after_winning_and_a_won_lead_stays_won(lead_factory, officer, with_proposal, reason):
    lead = with_proposal(lead_factory())
    with pytest.raises(DomainError, match="before delivery"):
        services.move(lead, officer, Stage.DELIVERY)
    services.move(lead, officer, Stage.WON)
    with pytest.raises(DomainError, match="contract"):
        services.move(lead, officer, Stage.NEGOTIATION, reason="they want a discount")
    with pytest.raises(DomainError, match="open lead"):
        services.move(lead, officer, Stage.LOST, lost_reason=reason)
    services.move(lead, officer, Stage.DELIVERY)
    services.move(lead, officer, Stage.AFTER_SALES)
    lead.refresh_from_db()
    assert lead.stage == Stage.AFTER_SALES and lead.delivered_on == dt.date.today()


def test_the_same_stage_is_not_a_move(lead_factory, officer):
    with pytest.raises(DomainError, match="already"):
        services.move(lead_factory(), officer, Stage.INQUIRY)


def test_days_in_a_stage_are_recorded_with_each_move(lead_factory, officer):
    lead = lead_factory()
    start = lead.stage_since
    services.move(lead, officer, Stage.PRESENTATION, now=start + dt.timedelta(days=3, hours=12))
    change = StageChange.objects.get(lead=lead, to_stage=Stage.PRESENTATION)
    assert change.days_in_previous == pytest.approx(3.5)


def test_proposals_and_activities_are_audited_and_checked(lead_factory, officer):
    lead = lead_factory()
    with pytest.raises(DomainError, match="once it is sent"):
        services.add_proposal(lead, officer, sent_on=dt.date.today() + dt.timedelta(days=3), reference="P")
    services.add_proposal(lead, officer, sent_on=dt.date.today(), reference="P-7")
    services.add_activity(lead, officer, kind="call", on=dt.date.today(), note="Called the deputy mayor")
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"exports.proposal.added", "exports.activity.added"} <= actions
