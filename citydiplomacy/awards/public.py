"""The public side of the award, without login: the call page, the e-mail confirmation, the entrant's private
page (by its private link only) and the published results. Rate-limited; never another entrant's data."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from citydiplomacy.core.errors import DomainError

from . import services
from .forms import EntryForm
from .models import AwardEdition, Result
from .results import results_table
from .throttles import PublicThrottle, SubmitThrottle, refused


def _url_builder(request):
    return lambda name, arg: request.build_absolute_uri(reverse(name, args=[arg]))


def throttled(view):
    def wrapper(request, *args, **kwargs):
        limits = [PublicThrottle()]
        if request.method == "POST" and getattr(view, "submits", False):
            limits.append(SubmitThrottle())
        return refused(request, limits) or view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _edition(slug):
    return get_object_or_404(AwardEdition.objects.select_related("series", "event"), slug=slug)


def _call(request, slug):
    """The call for entries of an edition, with the entry form while the call is open."""
    edition = _edition(slug)
    now = timezone.now()
    form = EntryForm(request.POST or None, request.FILES or None, edition=edition)
    if request.method == "POST":
        if not edition.is_open(now):
            messages.error(request, _("The call for entries is closed; no entry can be submitted."))
        elif form.is_valid():
            try:
                entry, key = services.submit_entry(
                    edition, files=request.FILES.getlist("files"), now=now, build_url=_url_builder(request),
                    **form.service_kwargs(),
                )  # fmt: skip
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                if entry.confirmation_sent:
                    messages.success(request, _(
                        "Your entry {code} was received. We sent a link to {email}: open it to confirm your "
                        "address. Keep this page's address: it is your private link to the entry."
                    ).format(code=entry.code, email=entry.email))  # fmt: skip
                else:
                    messages.warning(request, _(
                        "Your entry {code} was received, but the e-mail to {email} could not be sent: ask for the "
                        "link again below. Keep this page's address: it is your private link to the entry."
                    ).format(code=entry.code, email=entry.email))  # fmt: skip
                return redirect("awards:private", key=key)
    context = {
        "edition": edition,
        "form": form,
        "open": edition.is_open(now),
        "not_yet": now < edition.opens_at,
        "categories": edition.categories.all(),
        "criteria": edition.criteria.all(),
    }
    return render(request, "awards/public/call.html", context, status=400 if form.errors else 200)


_call.submits = True
call = never_cache(throttled(_call))


@never_cache
@throttled
def confirm(request, token):
    try:
        entry = services.confirm_email(token)
    except DomainError as exc:
        return render(request, "awards/public/message.html", {"message": exc.message}, status=400)
    return render(
        request, "awards/public/message.html",
        {"message": _("Thank you: your e-mail address is confirmed and your entry {code} goes to the jury.").format(
            code=entry.code), "edition": entry.edition, "ok": True},
    )  # fmt: skip


def _entry_or_404(key):
    entry = services.entry_for_key(key)
    if entry is None:
        raise Http404
    return entry


@never_cache
@throttled
def private(request, key):
    """The entrant's own page: its entry, editable with its files until the deadline."""
    entry = _entry_or_404(key)
    edition = entry.edition
    now = timezone.now()
    editable = edition.is_open(now)
    form = EntryForm(request.POST or None, request.FILES or None, instance=entry, edition=edition)
    if request.method == "POST":
        if not editable:
            messages.error(
                request, _("The call for entries closed; entries can no longer be submitted or changed.")
            )
            return redirect("awards:private", key=key)
        # A fresh copy for the form: the service compares the stored values with the new ones.
        form = EntryForm(request.POST, request.FILES, instance=_entry_or_404(key), edition=edition)
        if form.is_valid():
            try:
                services.update_entry(entry, now=now, **form.service_kwargs())
                if request.FILES.getlist("files"):
                    services.add_files(entry, request.FILES.getlist("files"), now=now)
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Your entry was saved."))
                return redirect("awards:private", key=key)
    context = {"entry": entry, "edition": edition, "form": form, "editable": editable, "key": key,
               "files": entry.files.all()}  # fmt: skip
    return render(request, "awards/public/private.html", context, status=400 if form.errors else 200)


def _resend(request, key):
    """Sends the confirmation link again (counted with the submissions)."""
    entry = _entry_or_404(key)
    if entry.confirmed:
        messages.info(request, _("Your e-mail address is already confirmed."))
    elif services.send_confirmation(entry, key, _url_builder(request)):
        messages.success(
            request, _("We sent the confirmation link to {email} again.").format(email=entry.email)
        )
    else:
        messages.error(request, _("The e-mail could not be sent; try again later."))
    return redirect("awards:private", key=key)


_resend.submits = True
resend = require_POST(throttled(_resend))


@never_cache
@throttled
def private_file(request, key, pk):
    entry = _entry_or_404(key)
    entry_file = get_object_or_404(entry.files, pk=pk)
    return FileResponse(entry_file.file.open("rb"), as_attachment=True, filename=entry_file.original_name,
                        content_type=entry_file.content_type)  # fmt: skip


@require_POST
@throttled
def private_file_delete(request, key, pk):
    entry = _entry_or_404(key)
    entry_file = get_object_or_404(entry.files, pk=pk)
    try:
        services.remove_file(entry, entry_file)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The file was removed."))
    return redirect("awards:private", key=key)


@throttled
def public_results(request, slug):
    edition = _edition(slug)
    if not edition.published:
        raise Http404
    tables = results_table(edition)
    for table in tables:
        table.rows = [r for r in table.rows if r.entry.result in (Result.WINNER, Result.SHORTLISTED)]
    return render(request, "awards/public/results.html", {"edition": edition, "tables": tables})
