from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.audit import history
from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.files import download_name, private_file_response
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.missions.permissions import visible_missions
from citydiplomacy.partners.exporters import xlsx_response
from citydiplomacy.partners.permissions import can_edit, get_object_for_user, require

from . import services
from .exporters import agreement_columns, commitment_columns
from .filters import AgreementFilter, CommitmentFilter
from .forms import (
    AgreementForm,
    CommitmentForm,
    CommitmentStatusForm,
    DeliverForm,
    FollowUpForm,
    ImportForm,
    LinkMissionForm,
    MilestoneForm,
    RenewForm,
    RoadmapForm,
    StatusForm,
)
from .models import Agreement, Commitment, Milestone, Party, Reminder, Representative, Roadmap
from .reminders import due_reminders
from .reports import agreements_report


def _agreements():
    return Agreement.objects.select_related("representative").prefetch_related(
        Prefetch("parties", queryset=Party.objects.select_related("city", "organization", "country")),
        "domains",
    )


def get_agreement_for_user(request, pk, write=False):
    return get_object_for_user(request, Agreement, pk, write, _agreements().select_related("parent"))


def get_commitment_for_user(request, pk, write=False):
    return get_object_for_user(request, Commitment, pk, write, Commitment.objects.select_related("agreement"))


@login_required
def agreement_list(request):
    require(request.user)
    today = timezone.localdate()
    flt = AgreementFilter(request.GET, queryset=_agreements().order_by("-signed_on", "-id"))
    if request.GET.get("format") == "xlsx":
        return xlsx_response("agreements.xlsx", agreement_columns(today), flt.qs, "agreements")
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    return render(request, "agreements/list.html", {"filter": flt, "page": page, "today": today,
                                                    "may_edit": can_edit(request.user)})  # fmt: skip


@login_required
def agreement_detail(request, pk):
    agreement = get_agreement_for_user(request, pk)
    today = timezone.localdate()
    countries = [p.country_id for p in agreement.parties.all() if p.country_id]
    roadmaps = Roadmap.objects.filter(agreement=agreement) | Roadmap.objects.filter(country__in=countries)
    may_edit = can_edit(request.user)
    context = {
        "agreement": agreement,
        "today": today,
        "effective_status": agreement.effective_status(today),
        "commitments": agreement.commitments.select_related(
            "owner", "owner_unit", "source_mission", "milestone"
        ),
        "children": agreement.children.all(),
        "missions": visible_missions(request.user, agreement.missions.all())
        if request.user.role != "analyst"
        else [],
        "roadmaps": roadmaps.prefetch_related("milestones__commitments", "milestones__missions").distinct(),
        "country_representatives": Representative.objects.filter(
            country__in=countries, ended_on__isnull=True
        ).select_related("person", "country"),
        "may_edit": may_edit,
        "history": history(agreement)[:40],
    }
    if may_edit:
        context.update(
            status_form=StatusForm(), renew_form=RenewForm(), commitment_form=CommitmentForm(agreement=agreement),
            deliver_form=DeliverForm(initial={"delivered_on": today}), link_form=LinkMissionForm(),
            follow_up_form=FollowUpForm(), roadmap_form=RoadmapForm(), milestone_form=MilestoneForm(),
            commitment_status_form=CommitmentStatusForm(),
        )  # fmt: skip
    return render(request, "agreements/detail.html", context)


def _edit(request, form, save, agreement=None):
    return edit_page(request, form, save, template="agreements/form.html", saved=_("The agreement was saved."),
                     detail="agreements:detail", agreement=agreement)  # fmt: skip


@login_required
def signed_file(request, pk):
    """The signed file of an agreement, to the agreement's readers."""
    agreement = get_agreement_for_user(request, pk)
    return private_file_response(agreement.file, download_name(agreement.reference, agreement.file))


@login_required
def evidence_file(request, pk):
    """The evidence file of a delivered commitment, to the agreement's readers."""
    commitment = get_commitment_for_user(request, pk)
    return private_file_response(
        commitment.evidence_file, download_name(f"evidence-{commitment.pk}", commitment.evidence_file)
    )


@login_required
def agreement_create(request):
    require(request.user, write=True)
    form = AgreementForm(request.POST or None, request.FILES or None)
    return _edit(request, form, lambda data: services.create_agreement(request.user, **data))


@login_required
def agreement_edit(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    form = AgreementForm(request.POST or None, request.FILES or None, instance=agreement)
    return _edit(
        request, form, lambda data: services.update_agreement(agreement, request.user, **data), agreement
    )


def _post(request, pk, form, func, success):
    if not form.is_valid():
        messages.error(request, _("Check the fields of the form."))
        for name in ("file", "evidence_file"):  # an uploaded file refused: say why
            for error in form.errors.get(name, []):
                messages.error(request, error)
    else:
        try:
            func(form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, success)
    return redirect("agreements:detail", pk=pk)


@require_POST
@login_required
def change_status(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    return _post(request, pk, StatusForm(request.POST),
                 lambda d: services.change_status(agreement, request.user, today=timezone.localdate(), **d),
                 _("The status was changed."))  # fmt: skip


@require_POST
@login_required
def renew(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    return _post(request, pk, RenewForm(request.POST), lambda d: services.renew(agreement, request.user, **d),
                 _("The agreement was renewed."))  # fmt: skip


@require_POST
@login_required
def add_commitment(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    form = CommitmentForm(request.POST, agreement=agreement)
    return _post(request, pk, form, lambda d: services.add_commitment(agreement, request.user, **d),
                 _("The commitment was added."))  # fmt: skip


@require_POST
@login_required
def deliver(request, pk):
    commitment = get_commitment_for_user(request, pk, write=True)
    form = DeliverForm(request.POST, request.FILES)
    return _post(request, commitment.agreement_id, form, lambda d: services.deliver(commitment, request.user, **d),
                 _("The commitment was recorded as delivered."))  # fmt: skip


@require_POST
@login_required
def commitment_status(request, pk):
    commitment = get_commitment_for_user(request, pk, write=True)
    form = CommitmentStatusForm(request.POST)
    return _post(request, commitment.agreement_id, form,
                 lambda d: services.set_commitment_status(commitment, request.user, **d), _("The status was changed."))  # fmt: skip


@require_POST
@login_required
def link_mission(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    return _post(request, pk, LinkMissionForm(request.POST),
                 lambda d: services.link_mission(agreement, d["mission"], request.user), _("The mission was linked."))  # fmt: skip


@require_POST
@login_required
def follow_up(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)

    def run(data):
        mission = data.pop("mission")
        services.commitment_from_follow_up(mission, agreement, request.user, **data)

    return _post(request, pk, FollowUpForm(request.POST), run, _("The follow-up action became a commitment."))


@require_POST
@login_required
def add_roadmap(request, pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    return _post(request, pk, RoadmapForm(request.POST),
                 lambda d: services.create_roadmap(request.user, agreement=agreement, **d), _("The roadmap was created."))  # fmt: skip


@require_POST
@login_required
def add_milestone(request, pk, roadmap_pk):
    agreement = get_agreement_for_user(request, pk, write=True)
    roadmap = get_object_for_user(request, Roadmap, roadmap_pk, write=True)
    return _post(request, agreement.pk, MilestoneForm(request.POST),
                 lambda d: services.add_milestone(roadmap, request.user, **d), _("The milestone was added."))  # fmt: skip


@require_POST
@login_required
def reach_milestone(request, pk, milestone_pk):
    get_agreement_for_user(request, pk, write=True)
    milestone = get_object_for_user(request, Milestone, milestone_pk, write=True)
    services.reach_milestone(milestone, request.user, done_on=timezone.localdate())
    messages.success(request, _("The milestone was reached."))
    return redirect("agreements:detail", pk=pk)


@login_required
def commitment_list(request):
    require(request.user)
    today = timezone.localdate()
    qs = Commitment.objects.select_related("agreement", "owner", "owner_unit").order_by("due_on", "id")
    flt = CommitmentFilter(request.GET, queryset=qs)
    if request.GET.get("format") == "xlsx":
        return xlsx_response(
            "commitments.xlsx", commitment_columns(today), flt.qs.iterator(chunk_size=2000), "commitments"
        )
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    return render(request, "agreements/commitment_list.html", {"filter": flt, "page": page, "today": today})


@login_required
def report(request):
    require(request.user)
    return render(request, "agreements/report.html", agreements_report(timezone.localdate()))


@login_required
def reminders(request):
    require(request.user)
    today = timezone.localdate()
    page = CappedPaginator(Reminder.objects.all(), 50).get_page(request.GET.get("page"))
    return render(
        request, "agreements/reminders.html",
        {"sent": page.object_list, "page": page, "pending": due_reminders(today), "today": today},
    )  # fmt: skip


@login_required
def import_excel(request):
    from .imports import import_workbook

    require(request.user, write=True)
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = import_workbook(upload, request.user, name=upload.name)
        if result.ok:
            messages.success(request, _("Imported {agreements} agreements, {commitments} commitments and {memberships} memberships.").format(**result.counts))  # fmt: skip
    refused = (request.method == "POST" and not form.is_valid()) or (result is not None and result.file_error)
    return render(
        request, "agreements/import.html", {"form": form, "result": result}, status=400 if refused else 200
    )
