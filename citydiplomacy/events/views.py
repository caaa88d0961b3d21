from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.agreements.models import Agreement
from citydiplomacy.core.audit import history
from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.missions.permissions import visible_missions
from citydiplomacy.partners.exporters import xlsx_response
from citydiplomacy.partners.models import Contact

from . import services
from .exporters import event_columns
from .feeds import feed_token, read_token, sessions_calendar
from .filters import EventFilter
from .forms import (
    CommitForm,
    EventForm,
    FollowUpForm,
    LinkAgreementForm,
    LinkMissionForm,
    PostponeForm,
    SessionForm,
    StatusForm,
)
from .models import Event, FollowUpAction, Session
from .pdfs import programme_pdf
from .permissions import can_edit, can_manage_guests, get_event_for_user, get_for_user, require


def _events():
    return Event.objects.select_related("city", "country").prefetch_related("audiences")


@login_required
def event_list(request):
    require(request.user)
    flt = EventFilter(request.GET, queryset=_events().order_by("-start_date", "-id"))
    if request.GET.get("format") == "xlsx":
        qs = flt.qs.prefetch_related("organizers")
        return xlsx_response("events.xlsx", event_columns(), qs, "events")
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    return render(
        request, "events/list.html", {"filter": flt, "page": page, "may_edit": can_edit(request.user)}
    )


def sessions_of(event):
    return event.sessions.prefetch_related(
        Prefetch("chairs", queryset=Contact.objects.only("id", "name_fa", "name_en")),
        Prefetch("speakers", queryset=Contact.objects.only("id", "name_fa", "name_en")),
    ).select_related("event")


@login_required
def event_detail(request, pk):
    event = get_event_for_user(request, pk)
    may_edit = can_edit(request.user)
    missions = event.missions.all() if request.user.role != "analyst" else event.missions.none()
    context = {
        "event": event,
        "may_edit": may_edit,
        "may_manage_guests": can_manage_guests(request.user),
        "organizers": event.organizers.all(),
        "co_organizers": event.co_organizers.all(),
        "partner_cities": event.partner_cities.select_related("country"),
        "partner_organizations": event.partner_organizations.all(),
        "partner_contacts": event.partner_contacts.all(),
        "missions": visible_missions(request.user, missions).select_related("unit"),
        "agreements": event.agreements.all(),
        "commitments": event.commitments.select_related("agreement"),
        "milestones": event.milestones.select_related("roadmap"),
        "actions": event.follow_up_actions.select_related("owner", "commitment__agreement"),
        "editions": event.series.editions.exclude(pk=event.pk).order_by("edition") if event.series_id else [],
        "session_count": event.sessions.count(),
        "history": history(event)[:40],
    }
    if may_edit:
        context.update(
            status_form=StatusForm(), postpone_form=PostponeForm(), follow_up_form=FollowUpForm(),
            mission_form=LinkMissionForm(),
            agreement_choices=[(a.pk, str(a)) for a in Agreement.objects.order_by("-signed_on", "-id")],
        )  # fmt: skip
    return render(request, "events/detail.html", context)


def _edit(request, form, save, event=None):
    return edit_page(request, form, save, template="events/form.html", saved=_("The event was saved."),
                     detail="events:detail", event=event)  # fmt: skip


@login_required
def event_create(request):
    require(request.user, write=True)
    form = EventForm(request.POST or None)
    return _edit(request, form, lambda data: services.create_event(request.user, **data))


@login_required
def event_edit(request, pk):
    event = get_event_for_user(request, pk, write=True)
    form = EventForm(request.POST or None, instance=event)
    return _edit(request, form, lambda data: services.update_event(event, request.user, **data), event)


def _post(request, pk, form, func, success):
    if not form.is_valid():
        messages.error(request, _("Check the fields of the form."))
    else:
        try:
            func(form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, success)
    return redirect("events:detail", pk=pk)


@require_POST
@login_required
def change_status(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, pk, StatusForm(request.POST), lambda d: services.change_status(event, request.user, **d),
                 _("The status was changed."))  # fmt: skip


@require_POST
@login_required
def postpone(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, pk, PostponeForm(request.POST), lambda d: services.postpone(event, request.user, **d),
                 _("The event was postponed."))  # fmt: skip


@require_POST
@login_required
def add_follow_up(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, pk, FollowUpForm(request.POST),
                 lambda d: services.add_follow_up(event, request.user, **d), _("The action was added."))  # fmt: skip


@require_POST
@login_required
def commit_action(request, pk, action_pk):
    event = get_event_for_user(request, pk, write=True)
    action = get_for_user(
        request, FollowUpAction, action_pk, True, FollowUpAction.objects.filter(event=event)
    )
    return _post(request, pk, CommitForm(request.POST),
                 lambda d: services.action_to_commitment(action, d["agreement"], request.user),
                 _("The action became a commitment."))  # fmt: skip


@require_POST
@login_required
def link_mission(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, pk, LinkMissionForm(request.POST),
                 lambda d: services.link_mission(event, d["mission"], request.user), _("The mission was linked."))  # fmt: skip


@require_POST
@login_required
def link_agreement(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _post(request, pk, LinkAgreementForm(request.POST),
                 lambda d: services.link_agreement(event, d["agreement"], request.user), _("The agreement was linked."))  # fmt: skip


# Programme


@login_required
def programme(request, pk):
    event = get_event_for_user(request, pk)
    return render(request, "events/programme.html", {
        "event": event, "sessions": sessions_of(event), "may_edit": can_edit(request.user),
        "feed_url": request.build_absolute_uri(reverse("events:feed", args=[feed_token("event", event.pk)])),
    })  # fmt: skip


@login_required
def programme_pdf_view(request, pk):
    event = get_event_for_user(request, pk)
    response = HttpResponse(programme_pdf(event, sessions_of(event)), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="programme-{event.pk}.pdf"'
    return response


def _session_form(request, event, session=None):
    return edit_page(
        request, SessionForm(request.POST or None, instance=session),
        lambda data: services.save_session(event, request.user, session=session, **data),
        template="events/session_form.html", saved=_("The session was saved."),
        detail=lambda _session: reverse("events:programme", args=[event.pk]), event=event, session=session,
    )  # fmt: skip


@login_required
def session_create(request, pk):
    event = get_event_for_user(request, pk, write=True)
    return _session_form(request, event)


@login_required
def session_edit(request, pk, session_pk):
    event = get_event_for_user(request, pk, write=True)
    session = get_for_user(request, Session, session_pk, True, Session.objects.filter(event=event))
    return _session_form(request, event, session)


@require_POST
@login_required
def session_delete(request, pk, session_pk):
    event = get_event_for_user(request, pk, write=True)
    session = get_for_user(request, Session, session_pk, True, Session.objects.filter(event=event))
    services.delete_session(session, request.user)
    messages.success(request, _("The session was deleted."))
    return redirect("events:programme", pk=event.pk)


def _ics(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _person_sessions(contact):
    return (
        (
            Session.objects.filter(pk__in=Session.objects.filter(chairs=contact).values("pk"))
            | Session.objects.filter(pk__in=Session.objects.filter(speakers=contact).values("pk"))
        )
        .select_related("event")
        .prefetch_related("chairs", "speakers")
    )


@login_required
def programme_ics(request, pk):
    event = get_event_for_user(request, pk)
    return _ics(sessions_calendar(event.title_fa, sessions_of(event), request.get_host()), f"event-{pk}.ics")


@login_required
def person_ics(request, contact_pk):
    require(request.user)
    contact = get_for_user(request, Contact, contact_pk)
    return _ics(sessions_calendar(str(contact), _person_sessions(contact), request.get_host()),
                f"sessions-{contact.pk}.ics")  # fmt: skip


@login_required
def person_sessions(request, contact_pk):
    require(request.user)
    contact = get_for_user(request, Contact, contact_pk)
    return render(request, "events/person_sessions.html", {
        "contact": contact, "sessions": _person_sessions(contact).order_by("starts_at"),
        "feed_url": request.build_absolute_uri(reverse("events:feed", args=[feed_token("person", contact.pk)])),
    })  # fmt: skip


def feed(request, token):
    """A subscribable calendar: no sign-in, the signed token names the one feed it opens."""
    found = read_token(token)
    if found is None:
        raise Http404
    kind, pk = found
    host = request.get_host()
    if kind == "event":
        event = Event.objects.filter(pk=pk).first()
        if event is None:
            raise Http404
        return _ics(sessions_calendar(event.title_fa, sessions_of(event), host), f"event-{pk}.ics")
    if kind == "person":
        contact = Contact.objects.filter(pk=pk).first()
        if contact is None:
            raise Http404
        return _ics(sessions_calendar(str(contact), _person_sessions(contact), host), f"sessions-{pk}.ics")
    if kind in ("participant", "exhibitor"):
        from .b2b import agenda_meetings
        from .feeds import meetings_calendar

        meetings = agenda_meetings(kind, pk)
        return _ics(meetings_calendar("B2B", meetings, host), f"b2b-{kind}-{pk}.ics")
    raise Http404
