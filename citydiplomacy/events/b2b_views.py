"""Pages of the exhibition and its B2B meetings."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.errors import DomainError
from citydiplomacy.partners.models import Contact

from . import b2b
from .feeds import feed_token, meetings_calendar
from .forms import ExhibitorForm, MeetingRequestForm, OutcomeForm, SlotsForm
from .models import Exhibitor, Meeting, MeetingRequest
from .permissions import can_edit, get_event_for_user, get_for_user, require


@login_required
def exhibition(request, pk):
    event = get_event_for_user(request, pk)
    may_edit = can_edit(request.user)
    context = {
        "event": event,
        "may_edit": may_edit,
        "exhibitors": event.exhibitors.select_related("organization__country"),
        "slots": event.meeting_slots.all(),
        "requests": event.meeting_requests.select_related(
            "participant", "exhibitor__organization", "meeting__slot"
        ),
        "meetings": Meeting.objects.filter(slot__event=event).select_related(
            "slot", "request__participant", "request__exhibitor__organization"
        ),
    }
    if may_edit:
        context.update(exhibitor_form=ExhibitorForm(), slots_form=SlotsForm(),
                       request_form=MeetingRequestForm(event=event), outcome_form=OutcomeForm())  # fmt: skip
    return render(request, "events/exhibition.html", context)


def _post(request, event, form, func, success):
    if not form.is_valid():
        messages.error(request, _("Check the fields of the form."))
    else:
        try:
            func(form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, success)
    return redirect("events:exhibition", pk=event.pk)


@require_POST
@login_required
def add_exhibitor(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, event, ExhibitorForm(request.POST), lambda d: b2b.add_exhibitor(event, request.user, **d),
                 _("The exhibitor was added."))  # fmt: skip


@require_POST
@login_required
def add_slots(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, event, SlotsForm(request.POST), lambda d: b2b.add_slots(event, request.user, **d),
                 _("The slots were added."))  # fmt: skip


@require_POST
@login_required
def request_meeting(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, event, MeetingRequestForm(request.POST, event=event),
                 lambda d: b2b.request_meeting(event, request.user, **d), _("The request was recorded."))  # fmt: skip


@require_POST
@login_required
def answer_request(request, pk, request_pk, answer):
    event = get_event_for_user(request, pk, write=True)
    if answer not in ("accept", "decline"):
        raise Http404
    meeting_request = get_for_user(request, MeetingRequest, request_pk, True, event.meeting_requests.all())
    try:
        b2b.answer_request(meeting_request, request.user, accepted=answer == "accept")
    except DomainError as exc:
        messages.error(request, exc.message)
    return redirect("events:exhibition", pk=event.pk)


@require_POST
@login_required
def schedule(request, pk):
    event = get_event_for_user(request, pk, write=True)
    try:
        made, left = b2b.schedule_meetings(event, request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("{made} meetings scheduled; {left} accepted requests could not be fitted.").format(
            made=len(made), left=left))  # fmt: skip
    return redirect("events:exhibition", pk=event.pk)


@require_POST
@login_required
def outcome(request, pk, meeting_pk):
    event = get_event_for_user(request, pk, write=True)
    meeting = get_for_user(request, Meeting, meeting_pk, True, Meeting.objects.filter(slot__event=event))
    return _post(request, event, OutcomeForm(request.POST), lambda d: b2b.record_outcome(meeting, request.user, **d),
                 _("The outcome was recorded."))  # fmt: skip


def _party(request, kind, pk):
    require(request.user)
    if kind == "participant":
        return get_for_user(request, Contact, pk)
    if kind == "exhibitor":
        return get_for_user(request, Exhibitor, pk, queryset=Exhibitor.objects.select_related("organization"))
    raise Http404


@login_required
def agenda(request, kind, pk):
    party = _party(request, kind, pk)
    return render(request, "events/agenda.html", {
        "party": party, "kind": kind, "meetings": b2b.agenda_meetings(kind, pk),
        "feed_url": request.build_absolute_uri(reverse("events:feed", args=[feed_token(kind, pk)])),
    })  # fmt: skip


@login_required
def agenda_ics(request, kind, pk):
    party = _party(request, kind, pk)
    response = HttpResponse(meetings_calendar(str(party), b2b.agenda_meetings(kind, pk), request.get_host()),
                            content_type="text/calendar; charset=utf-8")  # fmt: skip
    response["Content-Disposition"] = f'inline; filename="b2b-{kind}-{pk}.ics"'
    return response


@login_required
def agenda_pdf(request, kind, pk):
    from .pdfs import agenda_pdf as render_pdf

    party = _party(request, kind, pk)
    response = HttpResponse(render_pdf(party, b2b.agenda_meetings(kind, pk)), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="b2b-{kind}-{pk}.pdf"'
    return response
