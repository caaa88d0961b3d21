"""Guests of a hosted event: invitations, delegations, answers, visa letters, arrival and departure.

invited → accepted or declined → (foreign guests) visa support letter issued → arrived → left. Each step is
a service: guard → change → save → audit, in one transaction.
"""

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError

from .models import Audience, Delegation, Invitation, InvitationStatus, LetterTemplate

S = InvitationStatus


def _locked(invitation):
    return Invitation.objects.select_for_update().select_related("event").get(pk=invitation.pk)


def _state_error(invitation, action):
    return DomainError(
        _("{guest}: an invitation in state “{state}” cannot be {action}.").format(
            guest=invitation.guest_name, state=invitation.get_status_display(), action=action
        )
    )


@transaction.atomic
def create_delegation(event, user, *, name, country=None, head=None):
    if not event.hosted:
        raise DomainError(_("Guests are invited to events the city hosts."))
    delegation = Delegation.objects.create(event=event, name=name, country=country, head=head)
    audit.record("events.delegation.created", event, user, delegation=name, head=head)
    return delegation


@transaction.atomic
def invite(event, user, *, guest_name="", contact=None, city=None, organization=None, country=None, **fields):
    if not event.hosted:
        raise DomainError(_("Guests are invited to events the city hosts."))
    guest_name = (guest_name or (contact.name if contact else "")).strip()
    if not guest_name:
        raise DomainError(_("Name the guest, or choose a person from the registry."))
    if country is None:
        country = (
            (contact and contact.country)
            or (city and city.country)
            or (organization and organization.country)
        )
    delegation = fields.get("delegation")
    if delegation is not None and delegation.event_id != event.pk:
        raise DomainError(_("The delegation belongs to another event."))
    if fields.get("audience") not in Audience.values:
        raise DomainError(_("Choose the audience the guest belongs to."))
    invitation = Invitation.objects.create(
        event=event, guest_name=guest_name, contact=contact, city=city, organization=organization, country=country,
        **fields,
    )  # fmt: skip
    audit.record("events.invitation.created", invitation, user, event=str(event), guest=guest_name,
                 audience=invitation.audience, country=country)  # fmt: skip
    return invitation


@transaction.atomic
def answer(invitation, user, *, accepted, on=None):
    invitation = _locked(invitation)
    if not invitation.can_be_answered:
        raise _state_error(invitation, _("answered"))
    invitation.status = S.ACCEPTED if accepted else S.DECLINED
    invitation.responded_on = on or timezone.localdate()
    invitation.save(update_fields=["status", "responded_on"])
    audit.record("events.invitation.accepted" if accepted else "events.invitation.declined", invitation, user)
    return invitation


@transaction.atomic
def issue_visa_letter(invitation, user):
    invitation = _locked(invitation)
    if not invitation.foreign:
        raise DomainError(
            _("{guest} is not a foreign guest: no visa letter.").format(guest=invitation.guest_name)
        )
    if not invitation.can_get_visa_letter:
        raise _state_error(invitation, _("given a visa letter"))
    invitation.status = S.VISA_LETTER
    invitation.save(update_fields=["status"])
    audit.record("events.invitation.visa_letter", invitation, user)
    return invitation


@transaction.atomic
def arrive(invitation, user, *, at=None):
    invitation = _locked(invitation)
    if invitation.status == S.ARRIVED:
        raise DomainError(_("{guest} has already checked in.").format(guest=invitation.guest_name))
    if not invitation.can_arrive:
        if invitation.foreign and invitation.status == S.ACCEPTED:
            raise DomainError(
                _("{guest} is a foreign guest: issue the visa support letter first.").format(
                    guest=invitation.guest_name
                )
            )
        raise _state_error(invitation, _("checked in"))
    invitation.status, invitation.arrived_at = S.ARRIVED, at or timezone.now()
    invitation.save(update_fields=["status", "arrived_at"])
    audit.record("events.invitation.arrived", invitation, user)
    return invitation


@transaction.atomic
def leave(invitation, user, *, at=None):
    invitation = _locked(invitation)
    if not invitation.can_leave:
        raise _state_error(invitation, _("recorded as left"))
    invitation.status, invitation.left_at = S.LEFT, at or timezone.now()
    invitation.save(update_fields=["status", "left_at"])
    audit.record("events.invitation.left", invitation, user)
    return invitation


def check_in_by_code(event, user, code):
    code = (code or "").strip().upper()
    invitation = Invitation.objects.filter(event=event, badge_code=code).first()
    if invitation is None:
        raise DomainError(_("No guest of this event has the code “{code}”.").format(code=code))
    return arrive(invitation, user)


@transaction.atomic
def save_letter_template(user, *, kind, language, subject, body):
    from .letters import check_template

    check_template(subject)
    check_template(body)
    template, _created = LetterTemplate.objects.update_or_create(
        kind=kind, language=language, defaults={"subject": subject, "body": body}
    )
    audit.record("events.letter_template.saved", template, user, subject=subject)
    return template


# Counts

ACCEPTED = [S.ACCEPTED, S.VISA_LETTER, S.ARRIVED, S.LEFT]
ARRIVED = [S.ARRIVED, S.LEFT]


def _counts():
    return {
        "invited": Count("id"),
        "accepted": Count("id", filter=Q(status__in=ACCEPTED)),
        "declined": Count("id", filter=Q(status=S.DECLINED)),
        "arrived": Count("id", filter=Q(status__in=ARRIVED)),
    }


def counts(event):
    """Invited, accepted, arrived: in all, by audience and by country (one query each)."""
    qs = Invitation.objects.filter(event=event)
    audiences = dict(Audience.choices)
    by_audience = [
        {"audience": row["audience"], "label": str(audiences.get(row["audience"], row["audience"])),
         **{k: row[k] for k in ("invited", "accepted", "declined", "arrived")}}
        for row in qs.values("audience").annotate(**_counts()).order_by("audience")
    ]  # fmt: skip
    by_country = [
        {"country": row["country__iso2"] or "", "label": (row["country__name_fa"] if _fa() else row["country__name_en"])
         or "—", **{k: row[k] for k in ("invited", "accepted", "declined", "arrived")}}
        for row in qs.values("country__iso2", "country__name_fa", "country__name_en").annotate(**_counts())
        .order_by("-invited", "country__iso2")
    ]  # fmt: skip
    total = qs.aggregate(**_counts())
    return {"total": total, "by_audience": by_audience, "by_country": by_country}


def _fa():
    from django.utils.translation import get_language

    return (get_language() or "fa").startswith("fa")
