"""Every change to memberships and seats: guard → change → save → audit, in one transaction."""

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError

from .models import Dues, Membership, Obligation, Seat, SeatTerm

MEMBERSHIP_FIELDS = [
    "organization",
    "since",
    "annual_dues",
    "currency",
    "grace_days",
    "renewal_on",
    "contact",
    "notes",
]


def _values(obj, fields):
    return {f: getattr(obj, f + "_id") if hasattr(obj, f + "_id") else getattr(obj, f) for f in fields}


@transaction.atomic
def create_membership(user, *, organization, **fields):
    if Membership.objects.filter(organization=organization, ended_on__isnull=True).exists():
        raise DomainError(
            _("The city is already a member of {organization}.").format(organization=organization)
        )
    membership = Membership.objects.create(organization=organization, **fields)
    audit.record("memberships.membership.created", membership, user, **_values(membership, MEMBERSHIP_FIELDS))
    return membership


@transaction.atomic
def update_membership(membership, user, **fields):
    before = _values(membership, MEMBERSHIP_FIELDS)
    for name, value in fields.items():
        setattr(membership, name, value)
    membership.save()
    if "grace_days" in fields:
        for dues in membership.dues.all():
            dues.save()  # recompute grace_until
    changes = audit.diff(before, _values(membership, MEMBERSHIP_FIELDS))
    if changes:
        audit.record("memberships.membership.edited", membership, user, **changes)
    return membership


@transaction.atomic
def record_dues(membership, user, *, year, due_on, amount=None, paid_on=None):
    if membership.dues.filter(year=year).exists():
        raise DomainError(_("The dues of {year} are recorded already.").format(year=year))
    dues = Dues(
        membership=membership,
        year=year,
        due_on=due_on,
        amount=amount or membership.annual_dues,
        paid_on=paid_on,
    )
    dues.save()
    audit.record(
        "memberships.dues.recorded",
        membership,
        user,
        year=year,
        due_on=due_on,
        amount=dues.amount,
        paid_on=paid_on,
    )
    return dues


@transaction.atomic
def pay_dues(dues, user, *, paid_on):
    if dues.paid_on is not None:
        raise DomainError(_("These dues are paid already."))
    dues.paid_on = paid_on
    dues.save(update_fields=["paid_on"])
    audit.record("memberships.dues.paid", dues.membership, user, year=dues.year, paid_on=paid_on)
    return dues


@transaction.atomic
def end_membership(membership, user, *, ended_on, reason):
    if membership.ended_on:
        raise DomainError(_("This membership has ended already."))
    if not (reason or "").strip():
        raise DomainError(_("Give the reason."))
    membership.ended_on, membership.end_reason = ended_on, reason
    membership.save(update_fields=["ended_on", "end_reason"])
    audit.record("memberships.membership.ended", membership, user, ended_on=ended_on, reason=reason)
    return membership


@transaction.atomic
def add_obligation(membership, user, *, kind, title, due_on=None):
    obligation = Obligation.objects.create(membership=membership, kind=kind, title=title, due_on=due_on)
    audit.record("memberships.obligation.added", membership, user, title=title, due_on=due_on)
    return obligation


@transaction.atomic
def complete_obligation(obligation, user, *, done_on):
    if obligation.done_on:
        raise DomainError(_("This obligation is done already."))
    obligation.done_on = done_on
    obligation.save(update_fields=["done_on"])
    audit.record(
        "memberships.obligation.done", obligation.membership, user, title=obligation.title, done_on=done_on
    )
    return obligation


@transaction.atomic
def create_seat(user, *, organization, title_fa, title_en="", body="", next_election_on=None, notes=""):
    seat = Seat.objects.create(
        organization=organization, title_fa=title_fa, title_en=title_en, body=body,
        next_election_on=next_election_on, notes=notes,
    )  # fmt: skip
    audit.record("memberships.seat.created", seat, user, title=title_fa, organization=organization)
    return seat


@transaction.atomic
def set_next_election(seat, user, *, next_election_on):
    seat.next_election_on = next_election_on
    seat.save(update_fields=["next_election_on"])
    audit.record("memberships.seat.election_set", seat, user, next_election_on=next_election_on)
    return seat


@transaction.atomic
def start_term(seat, user, *, start_on, holder=None, holder_label="", end_on=None):
    """A new holder from `start_on`; the term still open before it ends the day before."""
    if holder is None and not holder_label.strip():
        raise DomainError(_("Name the holder of the seat."))
    if end_on and end_on < start_on:
        raise DomainError(_("The end date is before the start date."))
    if seat.terms.filter(start_on__gte=start_on).exists():
        raise DomainError(_("A later term of this seat is recorded already."))
    previous = (
        seat.terms.filter(end_on__isnull=True).first() or seat.terms.filter(end_on__gte=start_on).first()
    )
    if previous is not None:
        previous.end_on = start_on - dt.timedelta(days=1)
        previous.save(update_fields=["end_on"])
    term = SeatTerm.objects.create(
        seat=seat, holder=holder, holder_label=holder_label, start_on=start_on, end_on=end_on
    )
    audit.record(
        "memberships.seat.term_started", seat, user, holder=term.holder_name, start_on=start_on, end_on=end_on
    )
    return term


def who_held(seat, day):
    """The term of `seat` that covered `day`, or None: who held this seat in 1398?"""
    return seat.terms.on(day).select_related("holder").first()
