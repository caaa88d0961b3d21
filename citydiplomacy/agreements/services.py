"""Every change to agreements and commitments: guard → change → save → audit, in one transaction."""

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.uploads import check_upload
from citydiplomacy.lib.jalali import jalali_year_of

from . import tallies
from .models import (
    CLOSED,
    IN_FORCE,
    Agreement,
    Commitment,
    CommitmentStatus,
    Kind,
    Milestone,
    Party,
    Recurrence,
    Representative,
    Roadmap,
    Status,
)

AGREEMENT_FIELDS = [
    "kind", "title_fa", "title_en", "parent", "signed_on", "signed_place", "our_signatory", "partner_signatories",
    "valid_years", "expires_on", "renewal", "status", "status_reason", "representative", "joint_committee", "notes",
]  # fmt: skip
# Which status may follow which; a reason is required for the ones in NEEDS_REASON.
TRANSITIONS = {
    Status.DRAFT: {Status.NEGOTIATING, Status.SIGNED, Status.TERMINATED, Status.HISTORICAL},
    Status.NEGOTIATING: {Status.DRAFT, Status.SIGNED, Status.TERMINATED},
    Status.SIGNED: {Status.ACTIVE, Status.EXPIRED, Status.TERMINATED, Status.HISTORICAL},
    Status.ACTIVE: {Status.EXPIRED, Status.TERMINATED, Status.HISTORICAL},
    Status.EXPIRED: {Status.ACTIVE, Status.HISTORICAL},
    Status.TERMINATED: {Status.HISTORICAL},
    Status.HISTORICAL: set(),
}
NEEDS_REASON = {Status.TERMINATED, Status.HISTORICAL}


def _values(obj, fields):
    return {f: getattr(obj, f + "_id") if hasattr(obj, f + "_id") else getattr(obj, f) for f in fields}


def next_reference(day):
    prefix = f"AG-{jalali_year_of(day)}-"
    last = (
        Agreement.objects.filter(reference__startswith=prefix)
        .order_by("-reference")
        .values_list("reference", flat=True)
        .first()
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{prefix}{number:05d}"


def _check(fields):
    check_upload(fields.get("file"))
    if fields.get("kind") == Kind.EXECUTIVE and not fields.get("parent"):
        raise DomainError(_("An executive document is made under an existing agreement."))
    if fields.get("status") in IN_FORCE and not fields.get("signed_on"):
        raise DomainError(_("A signed agreement needs its signing date."))
    if fields.get("expires_on") and fields.get("signed_on") and fields["expires_on"] < fields["signed_on"]:
        raise DomainError(_("The agreement expires before it is signed."))


PARTNER_FIELDS = ("city", "organization", "country")  # a party names at least one (party_names_a_partner)


def _set_parties(agreement, parties):
    countries_before = tallies.party_countries(agreement.pk)
    agreement.parties.all().delete()
    for party in parties:
        if isinstance(party, dict):
            if not any(party.get(name) for name in PARTNER_FIELDS):
                raise DomainError(_("Each party names a partner city, organization or country."))
            Party(agreement=agreement, **party).save()
        else:
            Party(agreement=agreement, **{type(party).__name__.lower(): party}).save()
    tallies.parties_changed(agreement.pk, countries_before)


@transaction.atomic
def create_agreement(user, *, parties=(), domains=(), missions=(), reference=None, today=None, **fields):
    """`parties` is a list of City, Organization or Country objects, or of dicts (city=…, signatory=…)."""
    if not parties:
        raise DomainError(_("Name at least one partner of the agreement."))
    fields.setdefault("status", Status.DRAFT)
    _check(fields)
    agreement = Agreement(reference=reference or next_reference(today or fields.get("signed_on") or dt.date.today()),
                          created_by=user, **fields)  # fmt: skip
    if not agreement.expires_on:
        agreement.expires_on = agreement.computed_expiry()
    agreement.save()
    _set_parties(agreement, parties)
    agreement.domains.set(domains)
    agreement.missions.set(missions)
    audit.record(
        "agreements.agreement.created", agreement, user, **_values(agreement, AGREEMENT_FIELDS),
        parties=[str(p) for p in agreement.parties.all()], domains=[d.code for d in agreement.domains.all()],
    )  # fmt: skip
    return agreement


@transaction.atomic
def update_agreement(agreement, user, *, parties=None, domains=None, missions=None, **fields):
    before = _values(agreement, AGREEMENT_FIELDS)
    fields.pop("status", None)  # status changes go through change_status
    _check({**before, **{k: v for k, v in fields.items()}, "parent": fields.get("parent", agreement.parent)})
    for name, value in fields.items():
        setattr(agreement, name, value)
    if ("signed_on" in fields or "valid_years" in fields) and not fields.get("expires_on"):
        agreement.expires_on = agreement.computed_expiry()
    agreement.save()
    if parties is not None:
        _set_parties(agreement, parties)
    if domains is not None:
        agreement.domains.set(domains)
    if missions is not None:
        agreement.missions.set(missions)
    changes = audit.diff(before, _values(agreement, AGREEMENT_FIELDS))
    audit.record("agreements.agreement.edited", agreement, user, **changes)
    return agreement


@transaction.atomic
def change_status(agreement, user, *, status, reason="", today=None):
    today = today or dt.date.today()
    current = Status(agreement.status)
    if status not in Status.values:
        raise DomainError(_("“{status}” is not a status of an agreement.").format(status=status))
    if status not in TRANSITIONS[current]:
        raise DomainError(
            _("An agreement that is {current} cannot become {new}.").format(
                current=current.label, new=Status(status).label
            )
        )
    if status in NEEDS_REASON and not reason.strip():
        raise DomainError(_("Give the reason."))
    if status in IN_FORCE and not agreement.signed_on:
        raise DomainError(_("A signed agreement needs its signing date."))
    if status == Status.ACTIVE and agreement.expires_on and agreement.expires_on < today:
        raise DomainError(_("The agreement has expired; renew it first."))
    agreement.status, agreement.status_reason = status, reason
    agreement.save(update_fields=["status", "status_reason"])
    audit.record(
        "agreements.agreement.status_changed", agreement, user, status=status, previous=current, reason=reason
    )
    return agreement


@transaction.atomic
def renew(agreement, user, *, expires_on, reason=""):
    if agreement.status in (Status.TERMINATED, Status.HISTORICAL):
        raise DomainError(_("A terminated or historical agreement cannot be renewed."))
    if agreement.expires_on and expires_on <= agreement.expires_on:
        raise DomainError(_("The new expiry date must come after the current one."))
    previous = agreement.expires_on
    agreement.expires_on = expires_on
    if agreement.status == Status.EXPIRED:
        agreement.status = Status.ACTIVE
    agreement.save(update_fields=["expires_on", "status"])
    audit.record(
        "agreements.agreement.renewed",
        agreement,
        user,
        expires_on=expires_on,
        previous=previous,
        reason=reason,
    )
    return agreement


@transaction.atomic
def expire_agreements(today, user=None):
    """Store `expired` on agreements in force past their expiry date; returns how many changed."""
    changed = 0
    for agreement in Agreement.objects.select_for_update().filter(status__in=IN_FORCE, expires_on__lt=today):
        agreement.status, agreement.status_reason = Status.EXPIRED, _("Its validity ended.")
        agreement.save(update_fields=["status", "status_reason"])
        audit.record("agreements.agreement.expired", agreement, user, expires_on=agreement.expires_on)
        changed += 1
    return changed


# Commitments

COMMITMENT_FIELDS = [
    "side",
    "title",
    "description",
    "owner",
    "owner_unit",
    "due_on",
    "recurrence",
    "milestone",
]


@transaction.atomic
def add_commitment(agreement, user, *, title, source_mission=None, **fields):
    if agreement.status in CLOSED:
        raise DomainError(_("A closed agreement takes no new commitments."))
    if not (title or "").strip():
        raise DomainError(_("Say what was promised."))
    if fields.get("recurrence", Recurrence.NONE) != Recurrence.NONE and not fields.get("due_on"):
        raise DomainError(_("A recurring commitment needs its first due date."))
    commitment = Commitment.objects.create(
        agreement=agreement, title=title.strip(), source_mission=source_mission, **fields
    )
    tallies.commitment_changed(None, tallies.snapshot(commitment))
    audit.record(
        "agreements.commitment.added", agreement, user, commitment=commitment.title, due_on=commitment.due_on,
        owner=commitment.owner, mission=source_mission.reference if source_mission else None,
    )  # fmt: skip
    return commitment


@transaction.atomic
def update_commitment(commitment, user, **fields):
    before = _values(commitment, COMMITMENT_FIELDS)
    counted = tallies.snapshot(commitment)
    for name, value in fields.items():
        setattr(commitment, name, value)
    commitment.save()
    tallies.commitment_changed(counted, tallies.snapshot(commitment))
    changes = audit.diff(before, _values(commitment, COMMITMENT_FIELDS))
    audit.record(
        "agreements.commitment.edited", commitment.agreement, user, commitment=commitment.title, **changes
    )
    return commitment


def _next_due(day, recurrence):
    months = {Recurrence.MONTHLY: 1, Recurrence.QUARTERLY: 3, Recurrence.YEARLY: 12}[recurrence]
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@transaction.atomic
def deliver(commitment, user, *, delivered_on, evidence="", evidence_file=None):
    """Mark delivered with its evidence; a recurring commitment opens its next occurrence."""
    if not commitment.is_open:
        raise DomainError(_("Only an open commitment can be delivered."))
    check_upload(evidence_file)
    if not (evidence or "").strip() and not evidence_file:
        raise DomainError(_("Give the evidence of delivery."))
    counted = tallies.snapshot(commitment)
    commitment.status, commitment.delivered_on, commitment.evidence = (
        CommitmentStatus.DELIVERED,
        delivered_on,
        evidence,
    )
    fields = ["status", "delivered_on", "evidence"]
    if evidence_file:
        commitment.evidence_file = evidence_file
        fields.append("evidence_file")
    commitment.save(update_fields=fields)
    tallies.commitment_changed(counted, tallies.snapshot(commitment))
    audit.record("agreements.commitment.delivered", commitment.agreement, user, commitment=commitment.title,
                 delivered_on=delivered_on, evidence=evidence)  # fmt: skip
    following = None
    if commitment.recurrence != Recurrence.NONE and commitment.due_on:
        following = Commitment.objects.create(
            agreement=commitment.agreement, side=commitment.side, title=commitment.title,
            description=commitment.description, owner=commitment.owner, owner_unit=commitment.owner_unit,
            due_on=_next_due(commitment.due_on, commitment.recurrence), recurrence=commitment.recurrence,
            milestone=commitment.milestone,
        )  # fmt: skip
        tallies.commitment_changed(None, tallies.snapshot(following))
        audit.record("agreements.commitment.recurred", commitment.agreement, user, commitment=following.title,
                     due_on=following.due_on)  # fmt: skip
    return following


@transaction.atomic
def set_commitment_status(commitment, user, *, status, reason=""):
    if status == CommitmentStatus.DELIVERED:
        raise DomainError(_("Record a delivery with its evidence."))
    if not commitment.is_open and status != CommitmentStatus.OPEN:
        raise DomainError(_("This commitment is closed."))
    if status == CommitmentStatus.CANCELLED and not reason.strip():
        raise DomainError(_("Give the reason."))
    previous = commitment.status
    counted = tallies.snapshot(commitment)
    commitment.status = status
    commitment.save(update_fields=["status"])
    tallies.commitment_changed(counted, tallies.snapshot(commitment))
    audit.record("agreements.commitment.status_changed", commitment.agreement, user, commitment=commitment.title,
                 status=status, previous=previous, reason=reason)  # fmt: skip
    return commitment


@transaction.atomic
def commitment_from_follow_up(mission, agreement, user, *, title=None, owner=None, due_on=None):
    """Turn a mission's post-trip follow-up action into a commitment of the agreement it serves."""
    report = getattr(mission, "report", None) if mission.has_report else None
    text = (
        title or (report.follow_up.strip().splitlines()[0] if report and report.follow_up.strip() else "")
    ).strip()
    if not text:
        raise DomainError(_("The mission's report names no follow-up action."))
    agreement.missions.add(mission)
    return add_commitment(
        agreement, user, title=text[:300], owner=owner, due_on=due_on, source_mission=mission
    )


@transaction.atomic
def link_mission(agreement, mission, user):
    agreement.missions.add(mission)
    audit.record("agreements.agreement.mission_linked", agreement, user, mission=mission.reference)
    return agreement


# Representatives and roadmaps


@transaction.atomic
def appoint_country_representative(country, person, user, *, appointed_on):
    for current in Representative.objects.filter(country=country, ended_on__isnull=True):
        current.ended_on = appointed_on
        current.save(update_fields=["ended_on"])
    rep = Representative.objects.create(country=country, person=person, appointed_on=appointed_on)
    audit.record(
        "agreements.representative.appointed", country, user, person=person, appointed_on=appointed_on
    )
    return rep


@transaction.atomic
def create_roadmap(user, *, title, agreement=None, country=None, start_on=None, end_on=None):
    if (agreement is None) == (country is None):
        raise DomainError(_("A roadmap belongs to one agreement or to one country."))
    roadmap = Roadmap.objects.create(
        title=title, agreement=agreement, country=country, start_on=start_on, end_on=end_on
    )
    audit.record("agreements.roadmap.created", agreement or country, user, roadmap=title)
    return roadmap


@transaction.atomic
def add_milestone(roadmap, user, *, title, target_on=None, missions=(), commitments=()):
    milestone = Milestone.objects.create(roadmap=roadmap, title=title, target_on=target_on)
    milestone.missions.set(missions)
    for commitment in commitments:
        commitment.milestone = milestone
        commitment.save(update_fields=["milestone"])
    audit.record("agreements.roadmap.milestone_added", roadmap.agreement or roadmap.country, user,
                 roadmap=roadmap.title, milestone=title, target_on=target_on)  # fmt: skip
    return milestone


@transaction.atomic
def reach_milestone(milestone, user, *, done_on):
    milestone.done_on = done_on
    milestone.save(update_fields=["done_on"])
    roadmap = milestone.roadmap
    audit.record("agreements.roadmap.milestone_reached", roadmap.agreement or roadmap.country, user,
                 milestone=milestone.title, done_on=done_on)  # fmt: skip
    return milestone
