"""Every change to an event and its programme: guard → change → save → audit, in one transaction.

Views, API actions and commands call these functions and nothing else. Guests are in `guests.py`, the
exhibition and B2B meetings in `b2b.py`.
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError

from .models import Event, EventAudience, FollowUpAction, Session, Status

LINKS = ("organizers", "co_organizers", "partner_cities", "partner_organizations", "partner_contacts",
         "commitments", "milestones")  # fmt: skip
FIELDS = ("title_fa", "title_en", "kind", "hosted", "virtual", "start_date", "end_date", "venue", "city",
          "country", "description", "series", "edition", "met_with", "discussed", "meeting_tables")  # fmt: skip


def _snapshot(event):
    data = {name: getattr(event, name) for name in FIELDS}
    data["status"] = event.status
    if event.pk:
        data["audiences"] = sorted(event.audiences.values_list("audience", flat=True))
        for name in LINKS:
            data[name] = sorted(getattr(event, name).values_list("pk", flat=True))
    return data


def _check(event):
    if event.start_date and event.end_date and event.end_date < event.start_date:
        raise DomainError(_("The end date is before the start date."))
    if (event.series_id is None) != (event.edition is None):
        raise DomainError(_("An edition needs both its series and its number."))
    if (
        event.series_id
        and Event.objects.filter(series_id=event.series_id, edition=event.edition)
        .exclude(pk=event.pk)
        .exists()
    ):
        raise DomainError(_("This series already has an edition with that number."))
    if event.city_id and not event.country_id:
        event.country_id = event.city.country_id


def _set_links(event, audiences, links):
    if audiences is not None:
        codes = sorted(set(audiences))
        event.audiences.exclude(audience__in=codes).delete()
        have = set(event.audiences.values_list("audience", flat=True))
        EventAudience.objects.bulk_create(
            [EventAudience(event=event, audience=c) for c in codes if c not in have]
        )
    for name, values in links.items():
        if values is not None:
            getattr(event, name).set(values)


@transaction.atomic
def create_event(user, *, audiences=(), **fields):
    links = {name: fields.pop(name, None) for name in LINKS}
    event = Event(created_by=user if getattr(user, "is_authenticated", False) else None, **fields)
    _check(event)
    event.save()
    _set_links(event, audiences, links)
    audit.record("events.event.created", event, user, **_snapshot(event))
    return event


@transaction.atomic
def update_event(event, user, *, audiences=None, **fields):
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status in {Status.CANCELLED}:
        raise DomainError(_("A cancelled event cannot be edited."))
    links = {name: fields.pop(name, None) for name in LINKS}
    before = _snapshot(event)
    dates_before = (event.start_date, event.end_date)
    for name, value in fields.items():
        setattr(event, name, value)
    _check(event)
    if (event.start_date, event.end_date) != dates_before:
        _check_sessions_inside(event)
    event.save()
    _set_links(event, audiences, links)
    changes = audit.diff(before, _snapshot(event))
    if changes:
        audit.record("events.event.edited", event, user, changes=changes)
    return event


def _check_sessions_inside(event):
    outside = [s for s in event.sessions.all() if not _inside(event, s.starts_at, s.ends_at)]
    if outside:
        raise DomainError(
            _("The session “{session}” would fall outside the event's new dates; move it first.").format(
                session=outside[0].title
            )
        )


@transaction.atomic
def change_status(event, user, *, status, reason=""):
    event = Event.objects.select_for_update().get(pk=event.pk)
    if status not in Status.values:
        raise DomainError(_("Unknown status “{status}”.").format(status=status))
    if status == Status.POSTPONED:
        raise DomainError(_("Postponing needs the new dates."))
    if status not in event.allowed_statuses:
        raise DomainError(
            _("An event in state “{state}” cannot become “{new}”.").format(
                state=event.get_status_display(), new=Status(status).label
            )
        )
    old = event.status
    event.status, event.status_reason = status, reason
    event.save(update_fields=["status", "status_reason", "updated_at"])
    audit.record("events.event.status_changed", event, user, old=old, new=status, reason=reason)
    return event


@transaction.atomic
def postpone(event, user, *, start_date, end_date, reason=""):
    """Postponed with a new date: the event keeps its first planned start, sessions move with it."""
    import datetime as dt

    event = Event.objects.select_for_update().get(pk=event.pk)
    if not event.can_be_postponed:
        raise DomainError(
            _("An event in state “{state}” cannot be postponed.").format(state=event.get_status_display())
        )
    if end_date < start_date:
        raise DomainError(_("The end date is before the start date."))
    if start_date <= event.start_date:
        raise DomainError(_("A postponed event needs a later start date."))
    shift = dt.timedelta(days=(start_date - event.start_date).days)
    old = (event.start_date, event.end_date)
    if event.original_start_date is None:
        event.original_start_date = event.start_date
    event.start_date, event.end_date = start_date, end_date
    event.status, event.status_reason = Status.POSTPONED, reason
    for session in event.sessions.all():
        session.starts_at += shift
        session.ends_at += shift
        if not _inside(event, session.starts_at, session.ends_at):
            raise DomainError(
                _(
                    "The session “{session}” would fall outside the new dates; shorten the programme first."
                ).format(session=session.title)
            )
        session.save(update_fields=["starts_at", "ends_at"])
    event.save()
    audit.record(
        "events.event.postponed", event, user, old_start=old[0], old_end=old[1], start=start_date, end=end_date,
        reason=reason,
    )  # fmt: skip
    return event


# Follow-up actions of a visit received (or any event)


@transaction.atomic
def add_follow_up(event, user, *, title, owner=None, due_on=None):
    if not (title or "").strip():
        raise DomainError(_("Say what is to be done."))
    action = FollowUpAction.objects.create(event=event, title=title.strip(), owner=owner, due_on=due_on)
    audit.record("events.event.follow_up_added", event, user, title=action.title, owner=owner, due_on=due_on)
    return action


@transaction.atomic
def action_to_commitment(action, agreement, user):
    """A follow-up action becomes a commitment of an agreement, as a mission's follow-up can."""
    from citydiplomacy.agreements.services import add_commitment

    action = FollowUpAction.objects.select_for_update().get(pk=action.pk)
    if action.commitment_id:
        raise DomainError(_("This action is already a commitment."))
    commitment = add_commitment(agreement, user, title=action.title, owner=action.owner, due_on=action.due_on)
    action.commitment = commitment
    action.save(update_fields=["commitment"])
    action.event.commitments.add(commitment)
    audit.record(
        "events.event.follow_up_committed",
        action.event,
        user,
        title=action.title,
        agreement=agreement.reference,
    )
    return commitment


@transaction.atomic
def link_mission(event, mission, user):
    if event.hosted:
        raise DomainError(_("Missions go to events the city attends, not to those it hosts."))
    mission.event = event
    mission.save(update_fields=["event"])
    audit.record("events.event.mission_linked", event, user, mission=mission.reference)
    audit.record("missions.request.event_linked", mission, user, event=str(event))
    return event


@transaction.atomic
def link_agreement(event, agreement, user):
    agreement.event = event
    agreement.save(update_fields=["event"])
    audit.record("events.event.agreement_linked", event, user, agreement=agreement.reference)
    return event


# Programme


def _inside(event, starts_at, ends_at):
    first = timezone.localtime(starts_at).date()
    last = timezone.localtime(ends_at).date()
    return event.start_date <= first and last <= event.end_date


def _people_names(contacts):
    return "، ".join(str(c) for c in contacts)


def _check_session(event, session, people):
    if session.ends_at <= session.starts_at:
        raise DomainError(_("A session ends after it starts."))
    if not _inside(event, session.starts_at, session.ends_at):
        raise DomainError(_("The session falls outside the event's dates."))
    overlapping = (
        Session.objects.filter(starts_at__lt=session.ends_at, ends_at__gt=session.starts_at)
        .exclude(pk=session.pk)
        .select_related("event")
    )
    room = (session.room or "").strip()
    if room:
        clash = overlapping.filter(event=event, room__iexact=room).first()
        if clash:
            raise DomainError(
                _(
                    "The room “{room}” is taken at that time by the session “{other}”; “{session}” cannot use it."
                ).format(room=room, other=clash.title, session=session.title)
            )
    if people:
        ids = [p.pk for p in people]
        clash = overlapping.filter(Q(chairs__in=ids) | Q(speakers__in=ids)).distinct().first()
        if clash:
            busy = set(clash.chairs.values_list("pk", flat=True)) | set(
                clash.speakers.values_list("pk", flat=True)
            )
            names = _people_names(p for p in people if p.pk in busy)
            raise DomainError(
                _("{people} cannot be in “{session}” and in “{other}” at once.").format(
                    people=names, session=session.title, other=clash.title
                )
            )


def _session_snapshot(session):
    return {
        "title_fa": session.title_fa, "title_en": session.title_en, "starts_at": session.starts_at,
        "ends_at": session.ends_at, "room": session.room, "languages": session.languages,
        "interpretation": session.interpretation,
        "chairs": sorted(session.chairs.values_list("pk", flat=True)) if session.pk else [],
        "speakers": sorted(session.speakers.values_list("pk", flat=True)) if session.pk else [],
    }  # fmt: skip


@transaction.atomic
def save_session(event, user, *, session=None, chairs=(), speakers=(), **fields):
    """Create (session=None) or edit a session; refused if it leaves the event's dates, takes a busy room or
    puts a chair or speaker in two places at once. The event row is locked so that two editors cannot both
    book the same room."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if session is None:
        session, before = Session(event=event), None
    else:
        session = Session.objects.select_for_update().get(pk=session.pk, event=event)
        before = _session_snapshot(session)
    for name, value in fields.items():
        setattr(session, name, value)
    people = list({p.pk: p for p in [*chairs, *speakers]}.values())
    if people:  # a speaker may be booked from another event's programme at the same moment: lock them too
        from citydiplomacy.partners.models import Contact

        list(
            Contact.objects.select_for_update()
            .filter(pk__in=[p.pk for p in people])
            .order_by("pk")
            .values("pk")
        )
    _check_session(event, session, people)
    session.save()
    session.chairs.set(chairs)
    session.speakers.set(speakers)
    after = _session_snapshot(session)
    if before is None:
        audit.record("events.session.added", event, user, **after)
    else:
        audit.record(
            "events.session.edited", event, user, session=session.title, changes=audit.diff(before, after)
        )
    return session


@transaction.atomic
def delete_session(session, user):
    event = session.event
    title = session.title
    session.delete()
    audit.record("events.session.deleted", event, user, session=title)
