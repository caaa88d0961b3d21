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
from citydiplomacy.core.pagination import CappedPaginator
from citydiplomacy.partners.exporters import xlsx_response
from citydiplomacy.partners.permissions import can_edit, get_object_for_user, require

from . import services
from .exporters import SEAT_COLUMNS, membership_columns
from .filters import MembershipFilter, SeatFilter
from .forms import DuesForm, EndForm, MembershipForm, ObligationForm, PayForm, SeatForm, TermForm
from .models import Dues, Membership, MembershipStatus, Obligation, Seat, SeatTerm


def _memberships():
    return Membership.objects.select_related("organization", "contact").prefetch_related("dues")


def get_membership_for_user(request, pk, write=False):
    return get_object_for_user(request, Membership, pk, write, _memberships())


def get_seat_for_user(request, pk, write=False):
    return get_object_for_user(request, Seat, pk, write, Seat.objects.select_related("organization"))


@login_required
def membership_list(request):
    require(request.user)
    today = timezone.localdate()
    flt = MembershipFilter(request.GET, queryset=_memberships())
    if request.GET.get("format") == "xlsx":
        return xlsx_response("memberships.xlsx", membership_columns(today), flt.qs, "memberships")
    page = CappedPaginator(flt.qs, 50).get_page(request.GET.get("page"))
    rows = [(m, m.current_status(today)) for m in page.object_list]
    rows = [(m, status, MembershipStatus(status).label) for m, status in rows]
    return render(
        request, "memberships/list.html",
        {"filter": flt, "page": page, "rows": rows, "may_edit": can_edit(request.user), "today": today},
    )  # fmt: skip


@login_required
def membership_detail(request, pk):
    membership = get_membership_for_user(request, pk)
    today = timezone.localdate()
    seats = Seat.objects.filter(organization=membership.organization).prefetch_related(
        Prefetch("terms", queryset=SeatTerm.objects.select_related("holder"))
    )
    return render(
        request,
        "memberships/detail.html",
        {
            "membership": membership,
            "status": membership.current_status(today),
            "status_label": membership.status_label(today),
            "dues": membership.dues.all(),
            "obligations": membership.obligations.all(),
            "seats": seats,
            "today": today,
            "may_edit": can_edit(request.user),
            "dues_form": DuesForm(initial={"year": today.year, "amount": membership.annual_dues}),
            "pay_form": PayForm(initial={"paid_on": today}),
            "obligation_form": ObligationForm(),
            "end_form": EndForm(initial={"ended_on": today}),
            "history": history(membership)[:30],
        },
    )


def _save_form(request, form, save, detail, title):
    return edit_page(request, form, save, template="memberships/form.html", saved=_("Saved."), detail=detail,
                     title=title)  # fmt: skip


@login_required
def membership_create(request):
    require(request.user, write=True)
    form = MembershipForm(request.POST or None)
    return _save_form(request, form, lambda data: services.create_membership(request.user, **data),
                      "memberships:detail", _("New membership"))  # fmt: skip


@login_required
def membership_edit(request, pk):
    membership = get_membership_for_user(request, pk, write=True)
    form = MembershipForm(request.POST or None, instance=membership)
    return _save_form(request, form, lambda data: services.update_membership(membership, request.user, **data),
                      "memberships:detail", str(membership))  # fmt: skip


def _action(request, pk, form_class, func, success):
    membership = get_membership_for_user(request, pk, write=True)
    form = form_class(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the fields of the form."))
    else:
        try:
            func(membership, form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, success)
    return redirect("memberships:detail", pk=pk)


@require_POST
@login_required
def add_dues(request, pk):
    return _action(
        request,
        pk,
        DuesForm,
        lambda m, data: services.record_dues(m, request.user, **data),
        _("The dues were recorded."),
    )


@require_POST
@login_required
def pay_dues(request, pk, dues_pk):
    def pay(membership, data):
        try:
            dues = membership.dues.get(pk=dues_pk)
        except Dues.DoesNotExist:
            raise DomainError(_("Unknown dues.")) from None
        services.pay_dues(dues, request.user, **data)

    return _action(request, pk, PayForm, pay, _("The payment was recorded."))


@require_POST
@login_required
def end(request, pk):
    return _action(
        request,
        pk,
        EndForm,
        lambda m, data: services.end_membership(m, request.user, **data),
        _("The membership was ended."),
    )


@require_POST
@login_required
def add_obligation(request, pk):
    return _action(
        request, pk, ObligationForm, lambda m, data: services.add_obligation(m, request.user, **data),
        _("The obligation was added."),
    )  # fmt: skip


@require_POST
@login_required
def complete_obligation(request, pk, obligation_pk):
    def done(membership, data):
        try:
            obligation = membership.obligations.get(pk=obligation_pk)
        except Obligation.DoesNotExist:
            raise DomainError(_("Unknown obligation.")) from None
        services.complete_obligation(obligation, request.user, done_on=data["paid_on"])

    return _action(request, pk, PayForm, done, _("The obligation was recorded as done."))


@login_required
def seat_list(request):
    require(request.user)
    flt = SeatFilter(request.GET, queryset=Seat.objects.select_related("organization"))
    day = flt.form.cleaned_data.get("held_on") if flt.is_valid() else None
    day = day or timezone.localdate()
    seats = list(
        flt.qs.prefetch_related(Prefetch("terms", queryset=SeatTerm.objects.on(day).select_related("holder")))
    )
    for seat in seats:
        terms = list(seat.terms.all())
        seat.current_holder = terms[0] if terms else None
    if request.GET.get("format") == "xlsx":
        return xlsx_response("seats.xlsx", SEAT_COLUMNS, seats, "seats")
    return render(
        request, "memberships/seat_list.html",
        {"filter": flt, "seats": seats, "day": day, "may_edit": can_edit(request.user)},
    )  # fmt: skip


@login_required
def seat_detail(request, pk):
    seat = get_seat_for_user(request, pk)
    return render(
        request,
        "memberships/seat_detail.html",
        {
            "seat": seat,
            "terms": seat.terms.select_related("holder"),
            "term_form": TermForm(),
            "may_edit": can_edit(request.user),
            "history": history(seat)[:30],
        },
    )


@login_required
def seat_create(request):
    require(request.user, write=True)
    form = SeatForm(request.POST or None)
    return _save_form(request, form, lambda data: services.create_seat(request.user, **data),
                      "memberships:seat_detail", _("New seat"))  # fmt: skip


@require_POST
@login_required
def add_term(request, pk):
    seat = get_seat_for_user(request, pk, write=True)
    form = TermForm(request.POST)
    if form.is_valid():
        try:
            services.start_term(seat, request.user, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The term was recorded."))
    else:
        messages.error(request, _("Check the fields of the form."))
    return redirect("memberships:seat_detail", pk=pk)
