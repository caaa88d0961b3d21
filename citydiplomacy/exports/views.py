from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.audit import history
from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.files import download_name, private_file_response
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.lib.jalali import InvalidDate
from citydiplomacy.reports.models import ManagementTerm
from citydiplomacy.reports.services import period_from_params

from . import exporters, services
from .board import board
from .filters import LeadFilter, OfferingFilter
from .forms import (
    ActivityForm,
    BrochureTemplateForm,
    LeadForm,
    MoveForm,
    OfferingFileForm,
    OfferingForm,
    ProposalForm,
    RateForm,
)
from .models import (
    BrochureTemplate,
    CatalogueSettings,
    ExchangeRate,
    Lead,
    Offering,
    OfferingFile,
    Source,
    Stage,
    StageProbability,
)
from .permissions import (
    can_edit_leads,
    can_edit_offering,
    can_read_catalogue,
    can_read_leads,
    can_read_report,
    can_set_probabilities,
    get_lead_for_user,
    get_offering_for_user,
    is_exports_officer,
    require,
)
from .report import exports_report


def _language(request):
    language = request.GET.get("lang") or translation.get_language() or "fa"
    return "en" if language.startswith("en") else "fa"


# The catalogue


@login_required
def offering_list(request):
    require(can_read_catalogue(request.user))
    flt = OfferingFilter(request.GET, queryset=Offering.objects.select_related("unit").order_by("name_fa"))
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    return render(request, "exports/offering_list.html", {
        "filter": flt, "page": page, "may_create": can_edit_offering(request.user),
        "is_officer": is_exports_officer(request.user), "public_on": CatalogueSettings.current().public_catalogue,
    })  # fmt: skip


@login_required
def offering_detail(request, pk):
    offering = get_offering_for_user(request, pk)
    may_edit = can_edit_offering(request.user, offering)
    return render(request, "exports/offering_detail.html", {
        "offering": offering, "may_edit": may_edit, "files": offering.files.all(),
        "file_form": OfferingFileForm(prefix="file") if may_edit else None,
        "leads": offering.leads.select_related("country")[:20] if can_read_leads(request.user) else None,
        "history": history(offering)[:40],
    })  # fmt: skip


def _offering_form(request, offering=None):
    form = OfferingForm(request.POST or None, instance=offering, user=request.user)

    def save(data):
        if offering is None:
            return services.create_offering(request.user, **data)
        return services.update_offering(offering, request.user, **data)

    return edit_page(request, form, save, template="exports/form.html", saved=_("The offering was saved."),
                     detail="exports:offering_detail", title=_("Offering"))  # fmt: skip


@login_required
def offering_create(request):
    require(can_edit_offering(request.user))
    return _offering_form(request)


@login_required
def offering_edit(request, pk):
    return _offering_form(request, get_offering_for_user(request, pk, write=True))


@login_required
@require_POST
def add_offering_file(request, pk):
    offering = get_offering_for_user(request, pk, write=True)
    form = OfferingFileForm(request.POST, request.FILES, prefix="file")
    if form.is_valid():
        try:
            services.add_offering_file(offering, request.user, **form.cleaned_data)
            messages.success(request, _("The file was added."))
        except DomainError as exc:
            messages.error(request, exc.message)
    else:
        messages.error(request, _("Check the file: {errors}").format(errors=form.errors.as_text()))
    return redirect("exports:offering_detail", pk=offering.pk)


@login_required
@require_POST
def remove_offering_file(request, pk, file_pk):
    offering = get_offering_for_user(request, pk, write=True)
    item = get_object_or_404(OfferingFile, pk=file_pk, offering=offering)
    services.remove_offering_file(item, request.user)
    messages.success(request, _("The file was removed."))
    return redirect("exports:offering_detail", pk=offering.pk)


def offering_file(request, pk, file_pk):
    """An offering's file: to whoever reads the catalogue; a public file of a public offering to anyone while
    the public catalogue is switched on."""
    item = get_object_or_404(OfferingFile.objects.select_related("offering"), pk=file_pk, offering_id=pk)
    public = item.public and item.offering.public and CatalogueSettings.current().public_catalogue
    if not public:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        require(can_read_catalogue(request.user))
    return private_file_response(item.file, download_name(item.title, item.file))


def _pdf(content, filename):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def brochure(request, pk):
    offering = get_offering_for_user(request, pk)
    language = _language(request)
    try:
        content = exporters.brochure_pdf(offering, language)
    except DomainError as exc:
        return HttpResponse(exc.message, status=400, content_type="text/plain; charset=utf-8")
    return _pdf(content, f"brochure-{offering.pk}-{language}.pdf")


@login_required
def catalogue_pdf(request):
    require(can_read_catalogue(request.user))
    language = _language(request)
    offerings = Offering.objects.select_related("unit", "contact").prefetch_related("reference_cities")
    try:
        content = exporters.catalogue_pdf(offerings.order_by("name_fa"), language)
    except DomainError as exc:
        return HttpResponse(exc.message, status=400, content_type="text/plain; charset=utf-8")
    return _pdf(content, f"catalogue-{language}.pdf")


def public_catalogue(request):
    """The read-only catalogue for partners, no login: only what is marked public, once switched on."""
    if not CatalogueSettings.current().public_catalogue:
        raise Http404
    language = _language(request)
    with translation.override(language):
        offerings = (
            Offering.objects.filter(public=True)
            .prefetch_related("reference_cities", "files")
            .order_by("name_en")
        )
        response = render(request, "exports/public_catalogue.html", {
            "offerings": offerings, "language": language, "other": "fa" if language == "en" else "en",
        })  # fmt: skip
    return response


@login_required
def settings_page(request):
    """Rates, stage probabilities, brochure templates and the public catalogue switch."""
    require(is_exports_officer(request.user))
    rate_form = RateForm(prefix="rate")
    template_form = BrochureTemplateForm(prefix="tpl")
    if request.method == "POST":
        try:
            if "rate-currency" in request.POST:
                rate_form = RateForm(request.POST, prefix="rate")
                if rate_form.is_valid():
                    services.save_rate(request.user, **rate_form.cleaned_data)
                    messages.success(request, _("The rate was saved."))
                    return redirect("exports:settings")
            elif "tpl-language" in request.POST:
                instance = BrochureTemplate.objects.filter(language=request.POST.get("tpl-language")).first()
                template_form = BrochureTemplateForm(request.POST, prefix="tpl", instance=instance)
                if template_form.is_valid():
                    services.save_brochure_template(request.user, **template_form.cleaned_data)
                    messages.success(request, _("The template was saved."))
                    return redirect("exports:settings")
            elif "public_catalogue" in request.POST:
                services.switch_public_catalogue(request.user, on=request.POST["public_catalogue"] == "on")
                return redirect("exports:settings")
            elif "probability-stage" in request.POST:
                require(can_set_probabilities(request.user))
                try:
                    value = int(request.POST.get("probability-value", ""))
                except ValueError:
                    raise DomainError(_("A probability is between 0 and 100 percent.")) from None
                services.set_probability(
                    request.user, stage=request.POST["probability-stage"], probability=value
                )
                return redirect("exports:settings")
        except DomainError as exc:
            messages.error(request, exc.message)
    templates = {t.language: t for t in BrochureTemplate.objects.all()}
    return render(request, "exports/settings.html", {
        "rates": ExchangeRate.objects.all()[:200], "rate_form": rate_form, "template_form": template_form,
        "templates": [(code, templates.get(code), exporters.brochure_template(code)) for code in ("fa", "en")],
        "probabilities": StageProbability.table(), "stages": Stage.choices,
        "may_set_probabilities": can_set_probabilities(request.user),
        "public_on": CatalogueSettings.current().public_catalogue, "currency": services.report_currency(),
        "fields": ", ".join("{" + f + "}" for f in services.BROCHURE_FIELDS),
    })  # fmt: skip


# The pipeline


def _leads():
    return Lead.objects.select_related("country", "partner_city", "partner_organization", "owner")


@login_required
def board_page(request):
    require(can_read_leads(request.user))
    flt = LeadFilter(request.GET, queryset=Lead.objects.all())
    flt.form.fields.pop("stage", None)
    columns = board(flt.qs, filters=flt.form.cleaned_data if flt.is_valid() else {})
    flt.read_choices()
    return render(request, "exports/board.html", {
        "filter": flt, "columns": columns, "may_edit": can_edit_leads(request.user),
        "stages": Stage.choices, "today": timezone.localdate(), "currency": services.report_currency(),
    })  # fmt: skip


@login_required
def lead_list(request):
    require(can_read_leads(request.user))
    flt = LeadFilter(request.GET, queryset=_leads().order_by("-created_at", "-pk"))
    if request.GET.get("format") == "xlsx":
        return exporters.leads_xlsx(flt.qs)
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    flt.read_choices()
    return render(request, "exports/lead_list.html", {
        "filter": flt, "page": page, "may_edit": can_edit_leads(request.user), "today": timezone.localdate(),
    })  # fmt: skip


@login_required
def lead_detail(request, pk):
    lead = get_lead_for_user(request, pk)
    may_edit = can_edit_leads(request.user)
    context = {
        "lead": lead, "may_edit": may_edit, "today": timezone.localdate(),
        "offerings": lead.offerings.all(), "proposals": lead.proposals.all(),
        "activities": lead.activities.select_related("user")[:100],
        "changes": lead.stage_changes.select_related("user"), "history": history(lead)[:40],
    }  # fmt: skip
    if may_edit:
        context.update(
            move_form=MoveForm(initial={"to": request.GET.get("to") or lead.stage}),
            proposal_form=ProposalForm(prefix="proposal", initial={"currency": lead.currency, "sent_on": timezone.localdate()}),
            activity_form=ActivityForm(prefix="activity", initial={"on": timezone.localdate()}),
        )  # fmt: skip
    return render(request, "exports/lead_detail.html", context)


def _initial_from_source(request):
    """A lead started from a mission's follow-up, a news story or an event's B2B meeting keeps that link."""
    from citydiplomacy.missions.permissions import get_mission_for_user
    from citydiplomacy.news.permissions import get_story_for_user

    initial, links = {}, {}
    if request.GET.get("mission"):
        mission = get_mission_for_user(request, request.GET["mission"])
        report = getattr(mission, "report", None) if mission.has_report else None
        follow_up = report.follow_up.strip().splitlines()[0] if report and report.follow_up.strip() else ""
        country = mission.countries.first()
        initial.update(title=follow_up or mission.title, source=Source.MISSION, country=country,
                       source_note=mission.reference)  # fmt: skip
        links["source_mission"] = mission
    elif request.GET.get("story"):
        story = get_story_for_user(request, request.GET["story"])
        initial.update(title=story.title[:300], source=Source.NEWS, partner_city=story.city_id,
                       country=story.city.country_id if story.city_id else None)  # fmt: skip
        links["source_story"] = story
    elif request.GET.get("event"):
        from citydiplomacy.events.models import Event

        try:
            event = Event.objects.get(pk=int(request.GET["event"]))
        except (Event.DoesNotExist, ValueError):
            raise Http404 from None
        initial.update(source=Source.B2B, source_note=event.title, country=event.country_id)
        links["source_event"] = event
    return initial, links


@login_required
def lead_create(request):
    require(can_edit_leads(request.user))
    initial, links = _initial_from_source(request)
    initial.setdefault("owner", request.user.pk)
    form = LeadForm(request.POST or None, initial=initial)
    return edit_page(request, form, lambda data: services.create_lead(request.user, **data, **links),
                     template="exports/form.html", saved=_("The lead was saved."), detail="exports:lead_detail",
                     title=_("New lead"), links=links)  # fmt: skip


@login_required
def lead_edit(request, pk):
    lead = get_lead_for_user(request, pk, write=True)
    form = LeadForm(request.POST or None, instance=lead)
    # the service reads the stored lead again itself (the form's instance already holds the posted values)
    return edit_page(request, form, lambda data: services.update_lead(lead, request.user, **data),
                     template="exports/form.html", saved=_("The lead was saved."), detail="exports:lead_detail",
                     title=lead.title)  # fmt: skip


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_POST
def lead_move(request, pk):
    """One stage change, from the board (drag: answers JSON) or the lead's page (the keyboard menu)."""
    lead = get_lead_for_user(request, pk, write=True)
    form = MoveForm(request.POST)
    if not form.is_valid():
        message = _("Choose a stage.")
        if _wants_json(request):
            return JsonResponse({"ok": False, "error": message}, status=400)
        messages.error(request, message)
        return redirect("exports:lead_detail", pk=lead.pk)
    to, data = form.service_kwargs()
    try:
        services.move(lead, request.user, to, **data)
    except DomainError as exc:
        if _wants_json(request):
            return JsonResponse({"ok": False, "error": exc.message,
                                 "form": f"{request.build_absolute_uri(lead.get_absolute_url())}?to={to}#move"},
                                status=400)  # fmt: skip
        messages.error(request, exc.message)
        return redirect(f"{lead.get_absolute_url()}?to={to}#move")
    if _wants_json(request):
        return JsonResponse({"ok": True, "stage": to})
    messages.success(request, _("The lead is now: {stage}.").format(stage=Stage(to).label))
    if request.POST.get("next") == "board":
        return redirect("exports:board")
    return redirect(lead.get_absolute_url())


@login_required
@require_POST
def add_proposal(request, pk):
    return _add_to_lead(request, pk, ProposalForm, "proposal", services.add_proposal,
                        _("The proposal was recorded."), _("Check the proposal: {errors}"))  # fmt: skip


@login_required
@require_POST
def add_activity(request, pk):
    return _add_to_lead(request, pk, ActivityForm, "activity", services.add_activity,
                        _("The activity was recorded."), _("Check the activity: {errors}"))  # fmt: skip


def _add_to_lead(request, pk, form_class, prefix, service, done, check):
    """A proposal or an activity posted from the lead's page: one service call, a message, back to the lead."""
    lead = get_lead_for_user(request, pk, write=True)
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            service(lead, request.user, **form.cleaned_data)
            messages.success(request, done)
        except DomainError as exc:
            messages.error(request, exc.message)
    else:
        messages.error(request, check.format(errors=form.errors.as_text()))
    return redirect(lead.get_absolute_url())


# The report


def _report_period(request):
    try:
        return period_from_params(request.GET), None
    except InvalidDate:
        return None, _(
            "This period is not in the report's calendar: give a Jalali year, a term, or from and to."
        )


@login_required
def report_page(request):
    require(can_read_report(request.user))
    period, error = _report_period(request)
    terms = list(ManagementTerm.objects.order_by("start_date"))
    context = {"terms": terms, "error": error, "params": request.GET}
    if period:
        report = exports_report(period.start, period.end, terms)
        fa = translation.get_language() != "en"
        context.update(report=report, period_text=exporters.period_text(report, fa), query=request.GET.urlencode(),
                       chart={"labels": [r["label"] for r in report["pipeline"]],
                              "value": [float(r["value"]) for r in report["pipeline"]],
                              "weighted": [float(r["weighted"]) for r in report["pipeline"]],
                              "names": {"value": _("value"), "weighted": _("weighted value")}})  # fmt: skip
    return render(request, "exports/report.html", context, status=400 if error else 200)


def _report_download(request, render_file, extension, content_type):
    require(can_read_report(request.user))
    period, error = _report_period(request)
    if error:
        return HttpResponse(error, status=400, content_type="text/plain; charset=utf-8")
    report = exports_report(period.start, period.end)
    response = HttpResponse(render_file(report, _language(request)), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="exports-report-{period.start}-{period.end}.{extension}"'
    )
    return response


@login_required
def report_pdf(request):
    return _report_download(request, exporters.report_pdf, "pdf", "application/pdf")


@login_required
def report_xlsx(request):
    return _report_download(request, exporters.report_xlsx, "xlsx", exporters.XLSX)
