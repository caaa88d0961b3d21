"""Every change of a mission request's state: guard → change → save → audit, in one transaction.

Views, API actions, the admin and commands call these functions and nothing else to change a request.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.uploads import check_upload
from citydiplomacy.lib.jalali import jalali_year_of

from .models import CommitteeSession, Decision, MissionRequest, PostTripReport, Status
from .permissions import check_unit

# Changing any of these after approval sends the request back to the committee.
REVIEWED_FIELDS = (
    "start_date", "end_date", "countries", "cities", "travellers", "estimated_cost", "currency", "funding",
)  # fmt: skip


def _snapshot(mission):
    data = {
        "title": mission.title,
        "unit": mission.unit_id,
        "purpose": mission.purpose,
        "mode": mission.mode,
        "host_organization": mission.host_organization,
        "event": mission.event_id,
        "start_date": mission.start_date,
        "end_date": mission.end_date,
        "funding": mission.funding,
        "estimated_cost": mission.estimated_cost,
        "currency": mission.currency,
        "justification": mission.justification,
        "expected_results": mission.expected_results,
    }
    if mission.pk:
        data["countries"] = sorted(mission.countries.values_list("iso2", flat=True))
        data["cities"] = sorted(mission.cities.values_list("pk", flat=True))
        data["travellers"] = sorted(mission.travellers.values_list("pk", flat=True))
    return data


def _check_dates(start, end):
    if start and end and end < start:
        raise DomainError(_("The end date is before the start date."))


def next_reference(date):
    year = jalali_year_of(date)
    prefix = f"MR-{year}-"
    last = (
        MissionRequest.objects.filter(reference__startswith=prefix)
        .order_by("-reference")
        .values_list("reference", flat=True)
        .first()
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last and last.rsplit("-", 1)[1].isdigit() else 1
    return f"{prefix}{number:05d}"


@transaction.atomic
def create_request(user, *, countries=(), cities=(), travellers=(), **fields):
    check_unit(user, fields.get("unit"))
    _check_dates(fields.get("start_date"), fields.get("end_date"))
    mission = MissionRequest(created_by=user, status=Status.DRAFT, **fields)
    if not mission.reference:
        mission.reference = next_reference(timezone.localdate())
    mission.save()
    mission.countries.set(countries)
    mission.cities.set(cities)
    mission.travellers.set(travellers)
    mission.persons_count = len(travellers)
    mission.save(update_fields=["persons_count"])
    audit.record("missions.request.created", mission, user, **_snapshot(mission))
    return mission


@transaction.atomic
def update_request(mission, user, *, countries=None, cities=None, travellers=None, **fields):
    mission = MissionRequest.objects.select_for_update().get(pk=mission.pk)
    if not mission.can_be_edited:
        raise DomainError(
            _("A request in state “{state}” cannot be edited.").format(state=mission.get_status_display())
        )
    if "unit" in fields:
        check_unit(user, fields["unit"])
    before = _snapshot(mission)
    for name, value in fields.items():
        setattr(mission, name, value)
    _check_dates(mission.start_date, mission.end_date)
    mission.save()
    if countries is not None:
        mission.countries.set(countries)
    if cities is not None:
        mission.cities.set(cities)
    if travellers is not None:
        mission.travellers.set(travellers)
        mission.persons_count = len(travellers)
        mission.save(update_fields=["persons_count"])
    changes = audit.diff(before, _snapshot(mission))
    if not changes:
        return mission
    audit.record("missions.request.edited", mission, user, changes=changes)
    if mission.status == Status.APPROVED and any(name in changes for name in REVIEWED_FIELDS):
        mission.status, mission.decided_on = Status.SUBMITTED, None
        mission.save(update_fields=["status", "decided_on"])
        audit.record(
            "missions.request.returned_to_review",
            mission,
            user,
            reason=_("Dates, travellers, destinations, cost or funding changed after approval."),
            fields=sorted(set(changes) & set(REVIEWED_FIELDS)),
        )
    return mission


def _locked(mission):
    return MissionRequest.objects.select_for_update().get(pk=mission.pk)


def _state_error(mission, action):
    return DomainError(
        _("A request in state “{state}” cannot be {action}.").format(
            state=mission.get_status_display(), action=action
        )
    )


@transaction.atomic
def submit(mission, user, *, on=None):
    mission = _locked(mission)
    if not mission.can_be_submitted:
        raise _state_error(mission, _("submitted"))
    if not mission.countries.exists():
        raise DomainError(_("Name at least one destination country before submitting."))
    mission.status = Status.SUBMITTED
    fields = ["status"]
    if mission.submitted_on is None:
        mission.submitted_on = on or timezone.localdate()
        fields.append("submitted_on")
    mission.save(update_fields=fields)
    audit.record("missions.request.submitted", mission, user)
    return mission


@transaction.atomic
def withdraw(mission, user, *, reason="", on=None):
    mission = _locked(mission)
    if not mission.can_be_withdrawn:
        raise _state_error(mission, _("withdrawn"))
    mission.status = Status.WITHDRAWN
    mission.save(update_fields=["status"])
    if mission.submitted_on:
        Decision.objects.create(
            mission=mission,
            kind=Decision.Kind.WITHDRAWN,
            date=on or timezone.localdate(),
            reason=reason,
            by=user,
        )
    audit.record("missions.request.withdrawn", mission, user, reason=reason)
    return mission


def agenda_session(mission):
    """The session whose agenda holds the request and that has not decided on it yet (the latest), or None.

    A decision on a request that stands on an agenda belongs to that session, whether or not the chair names it.
    """
    return (
        CommitteeSession.objects.filter(agenda=mission)
        .exclude(decisions__mission=mission)
        .order_by("-date", "-number")
        .first()
    )


def _decide(mission, user, kind, status, *, reason="", session=None, on=None, action):
    mission = _locked(mission)
    if not mission.can_be_decided:
        raise _state_error(mission, action)
    if session is None:
        session = agenda_session(mission)
    on = on or (session.date if session else timezone.localdate())
    mission.status = status
    if status in {Status.APPROVED, Status.REJECTED}:
        mission.decided_on, mission.decision_reason = on, reason
    mission.save(update_fields=["status", "decided_on", "decision_reason"])
    Decision.objects.create(mission=mission, kind=kind, date=on, session=session, reason=reason, by=user)
    if session is not None:
        session.agenda.add(mission)
    audit.record(
        f"missions.request.{kind}", mission, user, reason=reason, session=session.number if session else None
    )
    return mission


@transaction.atomic
def approve(mission, user, *, session=None, reason="", on=None):
    return _decide(
        mission,
        user,
        Decision.Kind.APPROVED,
        Status.APPROVED,
        reason=reason,
        session=session,
        on=on,
        action=_("approved"),
    )


@transaction.atomic
def reject(mission, user, *, reason, session=None, on=None):
    if not (reason or "").strip():
        raise DomainError(_("Give the reason of the rejection."))
    return _decide(
        mission,
        user,
        Decision.Kind.REJECTED,
        Status.REJECTED,
        reason=reason,
        session=session,
        on=on,
        action=_("rejected"),
    )


@transaction.atomic
def send_back(mission, user, *, reason, session=None, on=None):
    if not (reason or "").strip():
        raise DomainError(_("Say what the requester should change."))
    return _decide(
        mission,
        user,
        Decision.Kind.SENT_BACK,
        Status.SENT_BACK,
        reason=reason,
        session=session,
        on=on,
        action=_("sent back"),
    )


@transaction.atomic
def realize(mission, user, *, actual_start_date, actual_end_date, actual_travellers=(), persons_count=None):
    mission = _locked(mission)
    if not mission.can_be_closed:
        raise _state_error(mission, _("recorded as realized"))
    _check_dates(actual_start_date, actual_end_date)
    if actual_start_date > timezone.localdate():
        raise DomainError(_("A mission cannot be realized before it starts."))
    mission.status = Status.REALIZED
    mission.actual_start_date, mission.actual_end_date = actual_start_date, actual_end_date
    mission.closed_on = timezone.localdate()
    travellers = list(actual_travellers)
    mission.persons_count = persons_count if persons_count is not None else len(travellers)
    mission.save(
        update_fields=["status", "actual_start_date", "actual_end_date", "closed_on", "persons_count"]
    )
    mission.actual_travellers.set(travellers)
    audit.record(
        "missions.request.realized",
        mission,
        user,
        actual_start_date=actual_start_date,
        actual_end_date=actual_end_date,
        actual_travellers=[str(p) for p in travellers],
    )
    return mission


@transaction.atomic
def cancel(mission, user, *, reason, on=None):
    mission = _locked(mission)
    if not mission.can_be_closed:
        raise _state_error(mission, _("cancelled"))
    if not (reason or "").strip():
        raise DomainError(_("Give the reason of the cancellation."))
    mission.status, mission.cancel_reason = Status.CANCELLED, reason
    mission.closed_on = on or timezone.localdate()
    mission.save(update_fields=["status", "cancel_reason", "closed_on"])
    audit.record("missions.request.cancelled", mission, user, reason=reason)
    return mission


@transaction.atomic
def submit_report(mission, user, *, results, follow_up="", files=()):
    from .models import Attachment

    mission = _locked(mission)
    if not mission.can_have_report:
        raise DomainError(_("Only a realized mission has a post-trip report."))
    if not (results or "").strip():
        raise DomainError(_("Write the results of the mission."))
    report, created = PostTripReport.objects.update_or_create(
        mission=mission, defaults={"results": results, "follow_up": follow_up, "submitted_by": user}
    )
    for upload in files:
        check_upload(upload)
        Attachment.objects.create(
            mission=mission, kind=Attachment.Kind.REPORT, file=upload, title=upload.name, uploaded_by=user
        )
    late = report.was_late
    audit.record(
        "missions.report.submitted" if created else "missions.report.edited",
        mission,
        user,
        late=late,
        files=len(files),
    )
    return report


@transaction.atomic
def add_attachment(mission, user, *, upload, kind, title=""):
    from .models import Attachment

    check_upload(upload)
    attachment = Attachment.objects.create(
        mission=mission, kind=kind, file=upload, title=title or upload.name, uploaded_by=user
    )
    audit.record("missions.request.attachment_added", mission, user, file=attachment.title, kind=kind)
    return attachment


# Committee sessions


@transaction.atomic
def create_session(user, *, date, number=None, attendees=(), notes=""):
    if number is None:
        number = (
            CommitteeSession.objects.order_by("-number").values_list("number", flat=True).first() or 0
        ) + 1
    if CommitteeSession.objects.filter(number=number).exists():
        raise DomainError(_("A session with number {number} exists already.").format(number=number))
    session = CommitteeSession.objects.create(number=number, date=date, notes=notes)
    session.attendees.set(attendees)
    audit.record("missions.session.created", session, user, date=date, number=number)
    return session


@transaction.atomic
def put_on_agenda(session, mission, user):
    session = CommitteeSession.objects.select_for_update().get(pk=session.pk)
    if mission.status != Status.SUBMITTED:
        raise DomainError(_("Only submitted requests go on a session's agenda."))
    if session.agenda.filter(pk=mission.pk).exists():
        raise DomainError(
            _("Request {reference} is already on the agenda of this session.").format(
                reference=mission.reference
            )
        )
    session.agenda.add(mission)
    audit.record("missions.session.agenda_added", session, user, mission=mission.reference)
    audit.record("missions.request.put_on_agenda", mission, user, session=session.number)
    return session


@transaction.atomic
def remove_from_agenda(session, mission, user):
    if not session.agenda.filter(pk=mission.pk).exists():
        raise DomainError(
            _("Request {reference} is not on the agenda of this session.").format(reference=mission.reference)
        )
    session.agenda.remove(mission)
    audit.record("missions.session.agenda_removed", session, user, mission=mission.reference)
    return session
