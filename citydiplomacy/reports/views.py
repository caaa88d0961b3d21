"""The council report page and its PDF and Excel downloads, for the same period."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import InvalidDate

from . import exporters
from .forms import CouncilReportForm
from .models import ManagementTerm
from .periods import EARLIEST_YEAR, LATEST_YEAR, Period, check_bounds
from .services import council_report, default_period, period_from_params
from .tables import FIGURE_LABELS, TABLES, display, is_fa

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CARDS = [
    ("requests_submitted", "int"),
    ("trips", "int"),
    ("persons", "int"),
    ("avg_persons_per_trip", "decimal"),
    ("trips_per_month", "decimal"),
    ("persons_per_month", "decimal"),
    ("rejection_rate", "rate"),
    ("non_realization_rate", "rate"),
    ("virtual_participations", "int"),
    ("mayor_trips", "int"),
]


def _require_reader(request):
    if not request.user.sees_reports:
        raise PermissionDenied


def _period(request):
    """The requested period, or None with the form's errors to show."""
    params = request.GET
    if params.get("year") or params.get("term"):
        try:
            period = period_from_params(params)
        except InvalidDate:
            messages.error(
                request,
                _("This year or term is not in the report's calendar (the years {first} to {last}).").format(
                    first=display(EARLIEST_YEAR, "year"), last=display(LATEST_YEAR, "year")
                ),
            )
            shown = default_period()
            return None, CouncilReportForm(initial={"from": shown.start, "to": shown.end})
        return period, CouncilReportForm(initial={"from": period.start, "to": period.end})
    if params.get("from") or params.get("to"):
        form = CouncilReportForm(params)
        if form.is_valid():
            try:
                return check_bounds(Period(form.cleaned_data["from"], form.cleaned_data["to"])), form
            except InvalidDate:
                form.add_error(
                    None,
                    _("A report covers the years {first} to {last} only.").format(
                        first=display(EARLIEST_YEAR, "year"), last=display(LATEST_YEAR, "year")
                    ),
                )
        return None, form
    period = default_period()
    return period, CouncilReportForm(initial={"from": period.start, "to": period.end})


def _chart_data(report, fa):
    yearly = report["yearly"]
    return {
        "yearly": {
            "labels": [display(entry["year"], "year", fa) for entry in yearly],
            "trips": [entry["trips"] for entry in yearly],
            "persons": [entry["persons"] for entry in yearly],
            "virtual": [entry["virtual_participations"] for entry in yearly],
        },
        "destinations": {
            "labels": [row["name"] for row in report["destinations"][:20]],
            "trips": [row["trips"] for row in report["destinations"][:20]],
        },
        "purposes": {
            "labels": [row["name"] for row in report["purposes"]],
            "trips": [row["trips"] for row in report["purposes"]],
        },
        "labels": {"trips": _("Trips"), "persons": _("Persons"), "virtual": _("Virtual participations")},
    }


@login_required
def council(request):
    _require_reader(request)
    period, form = _period(request)
    context = {"form": form, "terms": ManagementTerm.objects.order_by("start_date")}
    if period is not None:
        fa = is_fa()
        report = council_report(period.start, period.end)
        query = urlencode({"from": report["period"]["from_jalali"], "to": report["period"]["to_jalali"]})
        context.update(
            report=report,
            query=query,
            cards=[
                (
                    FIGURE_LABELS[key],
                    display(report[key], kind, fa),
                    display(report["previous"][key], kind, fa),
                    key,
                )
                for key, kind in CARDS
            ],
            compliance=report["report_compliance"],
            period_text=exporters.period_text(report["period"], fa),
            previous_text=exporters.period_text(report["previous"]["period"], fa),
            tables=[(table, table.columns, table.display_rows(report, fa=fa)) for table in TABLES],
            chart_data=_chart_data(report, fa),
            years=[entry["year"] for entry in reversed(report["yearly"])],
        )
    # A period that cannot be reported is the request's fault: the form and its message, with a 400.
    return render(request, "reports/council.html", context, status=200 if period is not None else 400)


def _download(request, render_file, extension, content_type):
    _require_reader(request)
    try:
        period = period_from_params(request.GET)
    except InvalidDate as exc:
        return HttpResponse(str(exc), status=400, content_type="text/plain; charset=utf-8")
    report = council_report(period.start, period.end, today=timezone.localdate())
    response = HttpResponse(render_file(report), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{exporters.filename(report, extension)}"'
    return response


@login_required
def council_pdf(request):
    return _download(request, exporters.council_pdf, "pdf", "application/pdf")


@login_required
def council_xlsx(request):
    return _download(request, exporters.council_xlsx, "xlsx", XLSX)
