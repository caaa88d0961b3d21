"""The create-or-edit page every app has: a form, and on a valid POST one service call.

The service does the work (guard, change, save, audit entry) and raises DomainError when a rule of the
business is broken; the page shows that message on the form. On success it says so and goes to the record.
"""

from django.contrib import messages
from django.shortcuts import redirect, render

from .errors import DomainError


def edit_page(request, form, save, *, template, saved, detail, invalid_status=200, **context):
    """Render `form` on `template`; on a valid POST call `save(form.service_kwargs())` and redirect.

    `saved` is the message shown after a save; `detail` is the URL name of the record's page (taking its
    `pk`), or a function of the saved record giving the URL. A POST that is not saved (invalid fields, or a
    broken rule) answers `invalid_status`. `context` goes to the template beside the form.
    """
    if request.method == "POST" and form.is_valid():
        try:
            obj = save(form.service_kwargs())
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, saved)
            return redirect(detail(obj)) if callable(detail) else redirect(detail, pk=obj.pk)
    status = invalid_status if request.method == "POST" else 200
    return render(request, template, {"form": form, **context}, status=status)
