"""The office's and the jury's pages of the award (signed in). The public pages are in public.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.audit import history
from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.partners.exporters import xlsx_response

from . import services
from .certificates import certificate_pdf
from .exporters import entry_columns, result_columns
from .filters import EntryFilter
from .forms import CategoryForm, ConflictForm, CriterionForm, EditionForm, JurorForm, OfficeConflictForm
from .models import AwardEdition, Conflict, Criterion, Entry, EntryFile, Juror, Result, Score
from .permissions import (
    blinded_for,
    get_edition,
    get_entry,
    is_chair,
    juror_of,
    manages,
    reads_overview,
    require,
    visible_editions,
    visible_entries,
)
from .results import results_table


@login_required
def edition_list(request):
    require(reads_overview(request.user))
    editions = visible_editions(request.user).annotate(
        n_entries=Count("entries", distinct=True), n_jurors=Count("jurors", distinct=True)
    )
    mine = set(Juror.objects.filter(user=request.user).values_list("edition_id", flat=True))
    return render(
        request, "awards/list.html", {"editions": editions, "mine": mine, "may_edit": manages(request.user)}
    )


def _edit(request, form, save, edition=None):
    return edit_page(request, form, save, template="awards/form.html", saved=_("The award edition was saved."),
                     detail="awards:edition", invalid_status=400, edition=edition)  # fmt: skip


@login_required
def edition_create(request):
    require(manages(request.user))
    form = EditionForm(request.POST or None)
    return _edit(request, form, lambda data: services.create_edition(request.user, **data))


@login_required
def edition_edit(request, pk):
    edition = get_edition(request, pk)
    require(manages(request.user))
    form = EditionForm(request.POST or None, instance=AwardEdition.objects.get(pk=pk))
    return _edit(request, form, lambda data: services.update_edition(edition, request.user, **data), edition)


@login_required
def edition_detail(request, pk):
    edition = get_edition(request, pk)
    user = request.user
    juror = juror_of(user, edition)
    entries = edition.entries.filter(email_confirmed_at__isnull=False)
    context = {
        "edition": edition,
        "juror": juror,
        "may_edit": manages(user),
        "is_chair": juror is not None and juror.is_chair,
        "categories": edition.categories.annotate(n=Count("entries")),
        "criteria": edition.criteria.all(),
        "by_country": entries.values("country__name_fa", "country__name_en")
        .annotate(n=Count("id"))
        .order_by("-n"),
        "n_entries": entries.count(),
        "n_unconfirmed": edition.entries.filter(email_confirmed_at__isnull=True).count(),
        "public_url": request.build_absolute_uri(reverse("awards:call", args=[edition.slug])),
    }
    if manages(user):
        context.update(
            jurors=edition.jurors.select_related("contact", "user").prefetch_related(
                "categories", Prefetch("conflicts", queryset=Conflict.objects.select_related(
                    "country", "city", "organization", "entry"))),
            progress=services.missing_scores(edition),
            category_form=CategoryForm(), criterion_form=CriterionForm(),
            juror_form=JurorForm(edition=edition), conflict_form=OfficeConflictForm(edition=edition),
            history=history(edition)[:30],
        )  # fmt: skip
    elif juror is not None:
        context["conflict_form"] = ConflictForm(edition=edition)
        context["my_conflicts"] = juror.conflicts.select_related("country", "city", "organization", "entry")
    return render(request, "awards/detail.html", context)


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
    return redirect("awards:edition", pk=pk)


@require_POST
@login_required
def add_category(request, pk):
    edition = get_edition(request, pk)
    require(manages(request.user))
    return _post(request, pk, CategoryForm(request.POST),
                 lambda d: services.add_category(edition, request.user, **d), _("The category was added."))  # fmt: skip


@require_POST
@login_required
def add_criterion(request, pk):
    edition = get_edition(request, pk)
    require(manages(request.user))
    return _post(request, pk, CriterionForm(request.POST),
                 lambda d: services.add_criterion(edition, request.user, **d), _("The criterion was added."))  # fmt: skip


@require_POST
@login_required
def add_juror(request, pk):
    edition = get_edition(request, pk)
    require(manages(request.user))
    return _post(request, pk, JurorForm(request.POST, edition=edition),
                 lambda d: services.add_juror(edition, request.user, **d), _("The jury member was added."))  # fmt: skip


@require_POST
@login_required
def add_conflict(request, pk):
    """The secretary records a juror's declaration; a juror declares its own."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    juror = get_object_or_404(Juror.objects.select_related("edition"), pk=pk)
    require(manages(request.user) or juror.user_id == request.user.pk)
    return _post(request, juror.edition_id, ConflictForm(request.POST, edition=juror.edition),
                 lambda d: services.declare_conflict(juror, request.user, **d),
                 _("The conflict of interest was recorded."))  # fmt: skip


@require_POST
@login_required
def record_conflict(request, pk):
    """The secretary records the declaration of one of the edition's jury members."""
    edition = get_edition(request, pk)
    require(manages(request.user))

    def run(data):
        juror = data.pop("juror")
        services.declare_conflict(juror, request.user, **data)

    return _post(request, pk, OfficeConflictForm(request.POST, edition=edition), run,
                 _("The conflict of interest was recorded."))  # fmt: skip


@require_POST
@login_required
def assign_all(request, pk):
    edition = get_edition(request, pk)
    require(manages(request.user))
    count = services.assign_all(edition, request.user)
    messages.success(request, _("{n} new assignments.").format(n=count))
    return redirect("awards:edition", pk=pk)


@require_POST
@login_required
def remind(request, pk):
    juror = get_object_or_404(Juror.objects.select_related("edition", "contact", "user"), pk=pk)
    require(manages(request.user))
    row = next(r for r in services.missing_scores(juror.edition) if r["juror"].pk == juror.pk)
    if row["missing"] <= 0:
        messages.info(request, _("{juror} has scored every assigned entry.").format(juror=juror))
    else:
        try:
            url = request.build_absolute_uri(reverse("awards:entries", args=[juror.edition_id]))
            services.remind(juror, request.user, missing=row["missing"], url=url)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("{juror} was reminded.").format(juror=juror))
    return redirect("awards:edition", pk=juror.edition_id)


@login_required
def entry_list(request, pk):
    edition = get_edition(request, pk)
    user = request.user
    juror = juror_of(user, edition)
    require(manages(user) or juror is not None)
    blind = blinded_for(user, edition)
    qs = visible_entries(user, edition).order_by("code")
    flt = EntryFilter(request.GET, queryset=qs)
    if request.GET.get("format") == "xlsx":
        return xlsx_response(f"{edition.slug}-entries.xlsx", entry_columns(blind), flt.qs, "entries")
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    done = set()
    if juror is not None:
        n = edition.criteria.count()
        done = set(Score.objects.filter(juror=juror).values("entry_id").annotate(n=Count("id")).filter(n=n)
                   .values_list("entry_id", flat=True))  # fmt: skip
    return render(request, "awards/entry_list.html",
                  {"edition": edition, "filter": flt, "page": page, "blind": blind, "juror": juror, "done": done,
                   "may_edit": manages(user)})  # fmt: skip


@login_required
def entry_detail(request, pk):
    entry = get_entry(request, pk)
    edition = entry.edition
    juror = juror_of(request.user, edition)
    criteria = list(edition.criteria.all())
    assigned = juror is not None and entry.assignments.filter(juror=juror).exists()
    mine = {s.criterion_id: s for s in Score.objects.filter(juror=juror, entry=entry)} if assigned else {}
    rows = [(c, mine.get(c.pk)) for c in criteria]
    context = {
        "entry": entry,
        "edition": edition,
        "blind": blinded_for(request.user, edition),
        "files": entry.files.all(),
        "juror": juror if assigned else None,
        "rows": rows,
        "may_edit": manages(request.user),
        "chair": is_chair(request.user, edition),
    }
    if manages(request.user):
        context["scores"] = Score.objects.filter(entry=entry).select_related("juror__contact", "criterion")
        context["history"] = history(entry)[:30]
    return render(request, "awards/entry_detail.html", context)


@require_POST
@login_required
def score(request, pk):
    entry = get_entry(request, pk)
    juror = juror_of(request.user, entry.edition)
    if juror is None:
        raise PermissionDenied
    scores = {
        c: (request.POST.get(f"value-{c.pk}", ""), request.POST.get(f"comment-{c.pk}", ""))
        for c in Criterion.objects.filter(edition=entry.edition)
    }
    try:
        services.save_scores(juror, entry, request.user, scores)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("awards:entry", pk=pk)
    messages.success(request, _("Your scores were saved."))
    return redirect("awards:entry", pk=pk)


@login_required
def entry_file(request, pk):
    entry_file = get_object_or_404(EntryFile.objects.select_related("entry__edition"), pk=pk)
    entry = get_entry(request, entry_file.entry_id)
    if blinded_for(request.user, entry.edition):
        index = list(entry.files.values_list("pk", flat=True)).index(entry_file.pk) + 1
        name = entry_file.blind_name(index)
    else:
        name = entry_file.original_name
    return FileResponse(entry_file.file.open("rb"), as_attachment=True, filename=name,
                        content_type=entry_file.content_type)  # fmt: skip


def _results_access(request, edition):
    require(manages(request.user) or is_chair(request.user, edition))


@login_required
def results(request, pk):
    edition = get_edition(request, pk)
    _results_access(request, edition)
    tables = results_table(edition)
    if request.GET.get("format") == "xlsx":
        rows = [row for table in tables for row in table.rows]
        return xlsx_response(f"{edition.slug}-results.xlsx", result_columns(), rows, "results")
    return render(request, "awards/results.html", {
        "edition": edition, "tables": tables, "chair": is_chair(request.user, edition),
        "blind": blinded_for(request.user, edition) and not edition.published,
        "decide": is_chair(request.user, edition) and not edition.published,
    })  # fmt: skip


@require_POST
@login_required
def decide(request, pk):
    entry = get_object_or_404(Entry.objects.select_related("edition"), pk=pk)
    require(is_chair(request.user, entry.edition))
    try:
        services.decide(entry, request.user, request.POST.get("result", ""))
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The decision on {code} was recorded.").format(code=entry.code))
    return redirect("awards:results", pk=entry.edition_id)


@require_POST
@login_required
def publish(request, pk):
    edition = get_edition(request, pk)
    require(is_chair(request.user, edition))
    try:
        services.publish_results(edition, request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The results are public."))
    return redirect("awards:results", pk=pk)


def certificate(request, pk):
    """The certificate of a winner or a shortlisted entry: public once the results are, else the office and chair."""
    entry = get_object_or_404(Entry.objects.select_related("edition", "category", "country"), pk=pk)
    if entry.result not in (Result.WINNER, Result.SHORTLISTED):
        raise Http404
    if not entry.edition.published:
        if not request.user.is_authenticated:
            raise Http404
        require(manages(request.user) or is_chair(request.user, entry.edition))
    response = HttpResponse(certificate_pdf(entry), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{entry.code}.pdf"'
    return response
