"""The upload page of the import (committee secretary and administrator) and the template download."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render

from .columns import COLUMN_HELP
from .forms import ImportForm
from .importer import import_file
from .template import template_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require_secretary(user):
    if not user.is_secretary:
        raise PermissionDenied


@login_required
def import_page(request):
    _require_secretary(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = import_file(
            upload,
            name=upload.name,
            user=request.user,
            dry_run=form.cleaned_data["dry_run"],
            update=form.cleaned_data["update"],
        )
    errors = [
        {"row": e.row, "column": e.column, "label": COLUMN_HELP[e.column][0] if e.column in COLUMN_HELP else "",
         "message": e.message}
        for e in (result.errors if result else [])
    ]  # fmt: skip
    # A file that cannot be read at all (or an invalid form) is the client's error: 400, with the reason.
    refused = (request.method == "POST" and not form.is_valid()) or (result is not None and result.file_error)
    return render(
        request,
        "missions/import.html",
        {"form": form, "result": result, "errors": errors, "columns": COLUMN_HELP.items()},
        status=400 if refused else 200,
    )


@login_required
def import_template(request):
    _require_secretary(request.user)
    response = HttpResponse(template_bytes(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="missions-import-template.xlsx"'
    return response
