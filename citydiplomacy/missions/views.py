from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.audit import history
from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.files import download_name, private_file_response
from citydiplomacy.core.pagination import CappedPaginator

from . import services
from .filters import MissionFilter
from .forms import (
    AgendaForm,
    AttachmentForm,
    CancelForm,
    MissionRequestForm,
    RealizeForm,
    ReasonForm,
    ReportForm,
    SessionForm,
)
from .models import Attachment, CommitteeSession
from .permissions import (
    can_act_as_requester,
    can_create,
    can_decide,
    can_manage_sessions,
    get_mission_for_user,
    get_session_for_user,
    visible_missions,
)
from .rows import page_rows


@login_required
def mission_list(request):
    if request.user.role == "analyst":
        raise PermissionDenied
    flt = MissionFilter(request.GET, queryset=visible_missions(request.user), request=request)
    # The page's rows (light values, see rows.py) and the count in one query.
    paginator = CappedPaginator(flt.qs.order_by("-start_date", "-id"), 50)
    page = paginator.get_page_with(request.GET.get("page"), page_rows)
    return render(
        request, "missions/list.html", {"filter": flt, "page": page, "can_create": can_create(request.user)}
    )


@login_required
def mission_detail(request, pk):
    mission = get_mission_for_user(request, pk)
    user = request.user
    context = {
        "mission": mission,
        "history": history(mission),
        "decisions": mission.decisions.select_related("session", "by"),
        "attachments": mission.attachments.all(),
        "travellers": mission.travellers.select_related("unit"),
        "actual_travellers": mission.actual_travellers.all(),
        "report": getattr(mission, "report", None) if mission.has_report else None,
        "may_act": can_act_as_requester(user, mission),
        "may_decide": can_decide(user),
        "shows_personal_data": user.sees_personal_data,
        "reason_form": ReasonForm(),
        "realize_form": RealizeForm(mission=mission),
        "cancel_form": CancelForm(),
        "report_form": ReportForm(),
        "attachment_form": AttachmentForm(),
        "news_stories": mission.news_stories.all() if user.sees_reports else [],
    }
    return render(request, "missions/detail.html", context)


@login_required
def mission_create(request):
    if not can_create(request.user):
        raise PermissionDenied
    form = MissionRequestForm(request.POST or None, user=request.user)
    return edit_page(request, form, lambda data: services.create_request(request.user, **data),
                     template="missions/form.html", saved=_("The request was saved as a draft."),
                     detail="missions:detail")  # fmt: skip


@login_required
def mission_edit(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    if not mission.can_be_edited:
        messages.error(request, _("This request can no longer be edited."))
        return redirect("missions:detail", pk=pk)
    form = MissionRequestForm(request.POST or None, instance=mission, user=request.user)
    return edit_page(request, form, lambda data: services.update_request(mission, request.user, **data),
                     template="missions/form.html", saved=_("The request was saved."), detail="missions:detail",
                     mission=mission)  # fmt: skip


def _run(request, mission_pk, func, success, **kwargs):
    try:
        func(**kwargs)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, success)
    return redirect("missions:detail", pk=mission_pk)


@require_POST
@login_required
def submit(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    return _run(
        request,
        pk,
        services.submit,
        _("The request was submitted to the committee."),
        mission=mission,
        user=request.user,
    )


@require_POST
@login_required
def withdraw(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    form = ReasonForm(request.POST)
    form.is_valid()
    return _run(
        request, pk, services.withdraw, _("The request was withdrawn."),
        mission=mission, user=request.user, reason=form.cleaned_data.get("reason", ""),
    )  # fmt: skip


def _decision_view(service, success):
    @require_POST
    @login_required
    def view(request, pk):
        mission = get_mission_for_user(request, pk)
        if not can_decide(request.user):
            raise PermissionDenied
        form = ReasonForm(request.POST)
        form.is_valid()
        data = form.cleaned_data
        return _run(
            request, pk, service, success,
            mission=mission, user=request.user, reason=data.get("reason", ""), session=data.get("session"),
        )  # fmt: skip

    return view


approve = _decision_view(services.approve, _("The request was approved."))
reject = _decision_view(services.reject, _("The request was rejected."))
send_back = _decision_view(services.send_back, _("The request was sent back to the requester."))


@login_required
def realize(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    form = RealizeForm(request.POST or None, mission=mission)
    if request.method == "POST" and form.is_valid():
        return _run(
            request, pk, services.realize, _("The mission was recorded as realized."),
            mission=mission, user=request.user, **form.cleaned_data,
        )  # fmt: skip
    return render(
        request,
        "missions/action_form.html",
        {"form": form, "mission": mission, "title": _("Record the realization")},
    )


@require_POST
@login_required
def cancel(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    form = CancelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason of the cancellation."))
        return redirect("missions:detail", pk=pk)
    return _run(
        request, pk, services.cancel, _("The mission was recorded as cancelled."),
        mission=mission, user=request.user, reason=form.cleaned_data["reason"],
    )  # fmt: skip


@login_required
def report(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    existing = mission.report if mission.has_report else None
    initial = {"results": existing.results, "follow_up": existing.follow_up} if existing else None
    form = ReportForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        files = [form.cleaned_data["files"]] if form.cleaned_data.get("files") else []
        return _run(
            request, pk, services.submit_report, _("The post-trip report was saved."),
            mission=mission, user=request.user, results=form.cleaned_data["results"],
            follow_up=form.cleaned_data["follow_up"], files=files,
        )  # fmt: skip
    return render(
        request,
        "missions/action_form.html",
        {"form": form, "mission": mission, "title": _("Post-trip report"), "multipart": True},
    )


@require_POST
@login_required
def attach(request, pk):
    mission = get_mission_for_user(request, pk, write=True)
    form = AttachmentForm(request.POST, request.FILES)
    if not form.is_valid():
        file_errors = [] if form.has_error("file", "required") else form.errors.get("file", [])
        for error in file_errors or [_("Choose a file to attach.")]:
            messages.error(request, error)
        return redirect("missions:detail", pk=pk)
    return _run(
        request, pk, services.add_attachment, _("The file was attached."), mission=mission, user=request.user,
        upload=form.cleaned_data["file"], kind=form.cleaned_data["kind"], title=form.cleaned_data["title"],
    )  # fmt: skip


@login_required
def attachment_file(request, pk, attachment_pk):
    """An attachment, to whoever may see its mission (the mission page's rules)."""
    mission = get_mission_for_user(request, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, mission=mission)
    return private_file_response(attachment.file, download_name(attachment.title, attachment.file))


# Committee sessions


@login_required
def session_list(request):
    if not request.user.reads_all_missions:
        raise PermissionDenied
    sessions = CommitteeSession.objects.prefetch_related("agenda").order_by("-date", "-number")
    page = CappedPaginator(sessions, 30).get_page(request.GET.get("page"))
    return render(
        request, "missions/session_list.html", {"page": page, "may_manage": can_manage_sessions(request.user)}
    )


@login_required
def session_create(request):
    if not can_manage_sessions(request.user):
        raise PermissionDenied
    form = SessionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = services.create_session(
                request.user,
                date=data["date"],
                number=data.get("number"),
                attendees=data["attendees"],
                notes=data["notes"],
            )
        except DomainError as exc:
            form.add_error("number", exc.message)
        else:
            messages.success(request, _("The session was created."))
            return redirect("missions:session_detail", pk=session.pk)
    return render(request, "missions/session_form.html", {"form": form})


@login_required
def session_detail(request, pk):
    session = get_session_for_user(request, pk)
    agenda = session.agenda.select_related("unit", "report").prefetch_related("countries")
    decisions = {d.mission_id: d for d in session.decisions.all()}
    rows = [(m, decisions.get(m.pk)) for m in agenda]
    return render(
        request,
        "missions/session_detail.html",
        {
            "session": session,
            "rows": rows,
            "agenda_form": AgendaForm(),
            "may_manage": can_manage_sessions(request.user),
            "may_decide": can_decide(request.user),
            "history": history(session),
        },
    )


@require_POST
@login_required
def session_agenda_add(request, pk):
    session = get_session_for_user(request, pk, write=True)
    form = AgendaForm(request.POST)
    if form.is_valid():
        try:
            services.put_on_agenda(session, form.cleaned_data["mission"], request.user)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The request was put on the agenda."))
    else:
        messages.error(request, _("Choose a submitted request."))
    return redirect("missions:session_detail", pk=pk)


@require_POST
@login_required
def session_agenda_remove(request, pk, mission_pk):
    session = get_session_for_user(request, pk, write=True)
    mission = get_mission_for_user(request, mission_pk)
    try:
        services.remove_from_agenda(session, mission, request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The request was taken off the agenda."))
    return redirect("missions:session_detail", pk=pk)


@login_required
def session_minutes(request, pk):
    from .minutes import minutes_pdf

    session = get_session_for_user(request, pk)
    from django.http import HttpResponse

    response = HttpResponse(minutes_pdf(session), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="minutes-{session.number}.pdf"'
    return response
