"""Pages for the guests of a hosted event: list and counts, answers, letters, badges and check-in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citydiplomacy.core.errors import DomainError

from . import guests
from .forms import CheckInForm, DelegationForm, InvitationForm, LetterTemplateForm
from .letters import PLACEHOLDERS, letter_pdf, template_for
from .models import Invitation, InvitationStatus, LetterKind
from .pdfs import badges_pdf
from .permissions import get_event_for_user, get_for_user, require_guests


def _event(request, pk):
    require_guests(request.user)
    return get_event_for_user(request, pk)


def _invitations(event):
    return event.invitations.select_related("country", "delegation", "organization", "city", "responsible")


@login_required
def guest_list(request, pk):
    event = _event(request, pk)
    invite_form = InvitationForm(request.POST or None, event=event, prefix="invite")
    delegation_form = DelegationForm(request.POST or None, prefix="delegation")
    if request.method == "POST":
        which = request.POST.get("form")
        form = invite_form if which == "invite" else delegation_form
        if form.is_valid():
            try:
                if which == "invite":
                    guests.invite(event, request.user, **form.service_kwargs())
                else:
                    guests.create_delegation(event, request.user, **form.cleaned_data)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Saved."))
                return redirect("events:guests", pk=event.pk)
    return render(request, "events/guests.html", {
        "event": event, "invitations": _invitations(event), "counts": guests.counts(event),
        "delegations": event.delegations.select_related("head", "country"), "invite_form": invite_form,
        "delegation_form": delegation_form,
    })  # fmt: skip


ACTIONS = {
    "accept": lambda inv, user: guests.answer(inv, user, accepted=True),
    "decline": lambda inv, user: guests.answer(inv, user, accepted=False),
    "visa_letter": guests.issue_visa_letter,
    "arrive": guests.arrive,
    "leave": guests.leave,
}


@require_POST
@login_required
def invitation_action(request, pk, invitation_pk, action):
    event = _event(request, pk)
    invitation = get_for_user(
        request, Invitation, invitation_pk, queryset=Invitation.objects.filter(event=event)
    )
    func = ACTIONS.get(action)
    if func is None:
        messages.error(request, _("Unknown action."))
    else:
        try:
            func(invitation, request.user)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Saved."))
    return redirect("events:guests", pk=event.pk)


@login_required
def letter(request, pk, invitation_pk, kind, language):
    event = _event(request, pk)
    invitation = get_for_user(request, Invitation, invitation_pk,
                              queryset=_invitations(event).select_related("contact", "event"))  # fmt: skip
    if kind not in LetterKind.values or language not in ("fa", "en"):
        return HttpResponse(status=404)
    if kind == LetterKind.VISA_SUPPORT and not invitation.foreign:
        messages.error(
            request, _("{guest} is not a foreign guest: no visa letter.").format(guest=invitation.guest_name)
        )
        return redirect("events:guests", pk=event.pk)
    response = HttpResponse(letter_pdf(invitation, kind, language), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{kind}-{invitation.pk}-{language}.pdf"'
    return response


@login_required
def badges(request, pk):
    event = _event(request, pk)
    wanted = _invitations(event).exclude(status=InvitationStatus.DECLINED)
    response = HttpResponse(badges_pdf(event, wanted), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="badges-{event.pk}.pdf"'
    return response


@login_required
def check_in(request, pk):
    event = _event(request, pk)
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation = guests.check_in_by_code(event, request.user, form.cleaned_data["code"])
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Welcome, {guest}.").format(guest=invitation.guest_name))
        return redirect("events:check_in", pk=event.pk)
    return render(
        request, "events/check_in.html", {"event": event, "form": form, "counts": guests.counts(event)}
    )


@login_required
def guest_counts(request, pk):
    """The live counts the check-in page polls (static/events/checkin.js)."""
    event = _event(request, pk)
    return JsonResponse(guests.counts(event))


@login_required
def letter_templates(request):
    require_guests(request.user)
    form = LetterTemplateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            guests.save_letter_template(request.user, **form.cleaned_data)
        except DomainError as exc:
            form.add_error("body", exc.message)
        else:
            messages.success(request, _("The letter template was saved."))
            return redirect("events:letter_templates")
    current = [
        {"kind": kind, "label": label, "language": language, "text": template_for(kind, language)}
        for kind, label in LetterKind.choices
        for language in ("fa", "en")
    ]
    return render(request, "events/letter_templates.html",
                  {"form": form, "current": current, "placeholders": sorted(PLACEHOLDERS)})  # fmt: skip
