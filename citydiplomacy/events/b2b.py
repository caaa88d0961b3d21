"""The exhibition and its B2B meetings: exhibitors, meeting slots, requests, the schedule and outcomes."""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError

from . import scheduler
from .models import Exhibitor, Meeting, MeetingRequest, MeetingSlot, RequestStatus


@transaction.atomic
def add_exhibitor(event, user, *, organization, kind, booth="", products=""):
    if Exhibitor.objects.filter(event=event, organization=organization).exists():
        raise DomainError(
            _("{organization} already exhibits at this event.").format(organization=organization)
        )
    exhibitor = Exhibitor.objects.create(event=event, organization=organization, kind=kind, booth=booth,
                                         products=products)  # fmt: skip
    audit.record("events.exhibitor.added", event, user, organization=organization, booth=booth)
    return exhibitor


@transaction.atomic
def add_slots(event, user, *, day, start, end, minutes):
    """Meeting slots of `minutes` from `start` to `end` on `day` (Tehran time), inside the event's dates."""
    if not event.start_date <= day <= event.end_date:
        raise DomainError(_("The day falls outside the event's dates."))
    if minutes < 5:
        raise DomainError(_("A meeting lasts at least five minutes."))
    tz = timezone.get_current_timezone()
    at = timezone.make_aware(dt.datetime.combine(day, start), tz)
    last = timezone.make_aware(dt.datetime.combine(day, end), tz)
    made = []
    while at + dt.timedelta(minutes=minutes) <= last:
        if not MeetingSlot.objects.filter(event=event, starts_at__lt=at + dt.timedelta(minutes=minutes),
                                          ends_at__gt=at).exists():  # fmt: skip
            made.append(MeetingSlot(event=event, starts_at=at, ends_at=at + dt.timedelta(minutes=minutes)))
        at += dt.timedelta(minutes=minutes)
    if not made:
        raise DomainError(_("No new slot fits between these times."))
    MeetingSlot.objects.bulk_create(made)
    audit.record("events.meeting.slots_added", event, user, day=day, count=len(made), minutes=minutes)
    return made


@transaction.atomic
def request_meeting(event, user, *, participant, exhibitor, by_exhibitor=False, note=""):
    if exhibitor.event_id != event.pk:
        raise DomainError(_("The exhibitor exhibits at another event."))
    if MeetingRequest.objects.filter(participant=participant, exhibitor=exhibitor).exists():
        raise DomainError(
            _("{participant} has already asked to meet {exhibitor}.").format(
                participant=participant, exhibitor=exhibitor
            )
        )
    request = MeetingRequest.objects.create(event=event, participant=participant, exhibitor=exhibitor,
                                            by_exhibitor=by_exhibitor, note=note)  # fmt: skip
    audit.record("events.meeting.requested", event, user, participant=participant, exhibitor=exhibitor)
    return request


@transaction.atomic
def answer_request(request, user, *, accepted):
    request = MeetingRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != RequestStatus.REQUESTED:
        raise DomainError(_("This request has already been answered."))
    request.status = RequestStatus.ACCEPTED if accepted else RequestStatus.DECLINED
    request.save(update_fields=["status"])
    audit.record("events.meeting.answered", request.event, user, request=str(request), status=request.status)
    return request


@transaction.atomic
def schedule_meetings(event, user):
    """Give the accepted requests without a meeting a slot and a table; meetings already set stay where
    they are. Returns (meetings made, accepted requests left without one)."""
    from .models import Event

    event = Event.objects.select_for_update().get(pk=event.pk)
    slots = list(event.meeting_slots.order_by("starts_at", "id"))
    if not slots:
        raise DomainError(_("Add meeting slots first."))
    position = {slot.pk: k for k, slot in enumerate(slots)}
    busy, load, taken_tables = {}, [0] * len(slots), {}
    for m in Meeting.objects.filter(slot__event=event):
        k = position[m.slot_id]
        busy.setdefault(("p", m.participant_id), set()).add(k)
        busy.setdefault(("e", m.exhibitor_id), set()).add(k)
        load[k] += 1
        taken_tables.setdefault(k, set()).add(m.table)
    waiting = list(
        MeetingRequest.objects.filter(
            event=event, status=RequestStatus.ACCEPTED, meeting__isnull=True
        ).order_by("id")
    )
    problem = scheduler.Problem([(r.pk, r.participant_id, r.exhibitor_id) for r in waiting], len(slots),
                                event.meeting_tables, busy=busy, load=load)  # fmt: skip
    result = scheduler.schedule(problem)
    by_id = {r.pk: r for r in waiting}
    meetings = []
    for rid, (k, _table) in sorted(result.items(), key=lambda item: item[1]):
        free = next(
            t for t in range(1, event.meeting_tables + 1) if t not in taken_tables.setdefault(k, set())
        )
        taken_tables[k].add(free)
        r = by_id[rid]
        meetings.append(Meeting(request=r, slot=slots[k], table=free, participant_id=r.participant_id,
                                exhibitor_id=r.exhibitor_id))  # fmt: skip
    Meeting.objects.bulk_create(meetings)
    left = len(waiting) - len(meetings)
    audit.record("events.meeting.scheduled", event, user, scheduled=len(meetings), left_unmet=left)
    return meetings, left


@transaction.atomic
def record_outcome(meeting, user, *, held, follow_up=False, export_lead=False, possible_agreement=False,
                   outcome_notes=""):  # fmt: skip
    meeting = Meeting.objects.select_for_update().select_related("slot__event").get(pk=meeting.pk)
    if not held and (follow_up or export_lead or possible_agreement):
        raise DomainError(_("A meeting that was not held has no outcome."))
    meeting.held, meeting.follow_up, meeting.export_lead = held, follow_up, export_lead
    meeting.possible_agreement, meeting.outcome_notes = possible_agreement, outcome_notes
    meeting.save()
    audit.record("events.meeting.outcome", meeting.slot.event, user, meeting=str(meeting), held=held,
                 follow_up=follow_up, export_lead=export_lead, possible_agreement=possible_agreement)  # fmt: skip
    return meeting


def agenda_meetings(kind, pk):
    """The meetings of a participant (a registry contact) or an exhibitor, in time order."""
    qs = Meeting.objects.select_related("slot", "request__participant", "request__exhibitor__organization")
    qs = qs.filter(participant_id=pk) if kind == "participant" else qs.filter(exhibitor_id=pk)
    return list(qs.order_by("slot__starts_at", "table"))
