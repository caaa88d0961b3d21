from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.agreements.models import Agreement
from citydiplomacy.core.editing import edit_page
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.core.sql import persian_order

from . import services, timeline
from .exporters import PARTNER_COLUMNS, xlsx_response
from .filters import FILTERS
from .forms import FORMS, NoteForm, PositionForm
from .models import PartnerKind
from .permissions import can_edit, get_partner_for_user, partner_model, require
from .search import search

TIMELINE = 20  # the newest dated items of all sections, on one line

KIND_TITLES = {
    "country": PartnerKind.COUNTRY.label,
    "city": PartnerKind.CITY.label,
    "organization": PartnerKind.ORGANIZATION.label,
    "contact": PartnerKind.CONTACT.label,
}


@login_required
def country_list(request):
    if not request.user.sees_reports:
        raise PermissionDenied
    return redirect("partners:list", "country")


def _list_queryset(kind):
    qs = partner_model(kind).objects.all()
    if kind == "city":
        qs = qs.select_related("country")
    elif kind == "organization":
        qs = qs.select_related("country")
    elif kind == "contact":
        qs = qs.select_related("country", "organization")
    if get_language() == "en":
        return qs.order_by("name_en", "pk")
    return qs.order_by(persian_order("name_fa").asc(), "pk")


@login_required
def partner_list(request, kind):
    require(request.user)
    partner_model(kind)
    flt = FILTERS[kind](request.GET, queryset=_list_queryset(kind))
    if request.GET.get("format") == "xlsx":
        return xlsx_response(f"{kind}.xlsx", PARTNER_COLUMNS[kind], flt.qs.iterator(chunk_size=2000), kind)
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "partners/list.html",
        {
            "kind": kind,
            "title": KIND_TITLES[kind],
            "filter": flt,
            "page": page,
            "may_edit": can_edit(request.user),
        },
    )


@login_required
def partner_detail(request, kind, pk):
    partner = get_partner_for_user(request, kind, pk)
    today = timezone.localdate()
    page = timeline.page(partner, request.user, today, expand=request.GET.get("all"), history=30)
    sections = page.sections
    context = {
        "kind": kind,
        "partner": partner,
        "sections": sections,
        "timeline": [i for i in timeline.merged(sections) if i.date is not None][:TIMELINE],
        "may_edit": can_edit(request.user),
        "shows_personal_data": request.user.sees_personal_data,
        "note_form": NoteForm(),
        "position_form": PositionForm() if kind == "contact" else None,
        "history": page.history,
        "today": today,
    }
    return render(request, "partners/detail.html", context)


def _form(request, kind, instance=None):
    form_class = FORMS[kind]
    kwargs = {"user": request.user} if kind == "contact" else {}
    return form_class(request.POST or None, instance=instance, **kwargs)


def _edit(request, kind, form, save, partner=None):
    return edit_page(request, form, save, template="partners/form.html", saved=_("Saved."),
                     detail=lambda obj: reverse("partners:detail", kwargs={"kind": kind, "pk": obj.pk}),
                     kind=kind, partner=partner, title=KIND_TITLES[kind])  # fmt: skip


@login_required
def partner_create(request, kind):
    require(request.user, write=True)
    partner_model(kind)
    return _edit(
        request, kind, _form(request, kind), lambda data: services.create_partner(kind, request.user, **data)
    )


@login_required
def partner_edit(request, kind, pk):
    partner = get_partner_for_user(request, kind, pk, write=True)
    form = _form(request, kind, instance=partner)
    return _edit(
        request,
        kind,
        form,
        lambda data: services.update_partner(partner, kind, request.user, **data),
        partner,
    )


@require_POST
@login_required
def add_note(request, kind, pk):
    partner = get_partner_for_user(request, kind, pk, write=True)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_note(partner, kind, request.user, form.cleaned_data["text"])
        except DomainError as exc:
            messages.error(request, exc.message)
    return redirect("partners:detail", kind=kind, pk=pk)


@require_POST
@login_required
def add_position(request, pk):
    contact = get_partner_for_user(request, "contact", pk, write=True)
    form = PositionForm(request.POST)
    if form.is_valid():
        try:
            services.add_position(contact, request.user, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
    else:
        messages.error(request, _("Check the position's fields."))
    return redirect("partners:detail", kind="contact", pk=pk)


@login_required
def registry_search(request):
    """Every partner and agreement whose name or alias starts (at a word) with the query."""
    require(request.user)
    query = request.GET.get("q", "").strip()
    found = search(query) if query else []
    # the stored label is in one language: name each record in the reader's (one query per kind found)
    objects = {}
    for kind in {kind for kind, _id, _label in found}:
        model = Agreement if kind == PartnerKind.AGREEMENT else partner_model(kind)
        objects[kind] = model.objects.in_bulk([object_id for k, object_id, _label in found if k == kind])
    results = []
    for kind, object_id, label in found:
        if kind == PartnerKind.AGREEMENT:
            url = reverse("agreements:detail", args=[object_id])
        else:
            url = reverse("partners:detail", args=[kind, object_id])
        obj = objects[kind].get(int(object_id))
        label = str(obj) if obj is not None else label
        results.append({"kind": PartnerKind(kind).label, "label": label, "url": url})
    return render(request, "partners/search.html", {"query": query, "results": results})
