"""The events report: page with charts, PDF, Excel (the JSON is in the API)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import InvalidDate
from citydiplomacy.reports.forms import CouncilReportForm
from citydiplomacy.reports.periods import Period
from citydiplomacy.reports.services import default_period, period_from_params

from .permissions import require_report
from .report import events_report, filename, report_pdf, report_xlsx, tables


def _period(request):
    """As the council report reads it: `year`, `term`, or `from`/`to` (Jalali or ISO)."""
    params = request.GET
    if params.get("year") or params.get("term"):
        try:
            period = period_from_params(params)
        except InvalidDate:
            messages.error(request, _("This year or term is not in the report's calendar."))
            period = default_period()
        return period, CouncilReportForm(initial={"from": period.start, "to": period.end})
    if params.get("from") or params.get("to"):
        form = CouncilReportForm(params)
        if form.is_valid():
            return Period(form.cleaned_data["from"], form.cleaned_data["to"]), form
        return None, form
    period = default_period()
    return period, CouncilReportForm(initial={"from": period.start, "to": period.end})


def _chart_data(report):
    return {
        "kinds": {"labels": [r["label"] for r in report["by_kind"]],
                  "hosted": [r["hosted"] for r in report["by_kind"]], "attended": [r["attended"] for r in report["by_kind"]]},
        "audiences": {"labels": [r["label"] for r in report["by_audience"]],
                      "hosted": [r["hosted"] for r in report["by_audience"]],
                      "attended": [r["attended"] for r in report["by_audience"]]},
        "countries": {"labels": [r["label"] for r in report["guests_by_country"][:20]],
                      "arrived": [r["arrived"] for r in report["guests_by_country"][:20]],
                      "invited": [r["invited"] for r in report["guests_by_country"][:20]]},
        "labels": {"hosted": _("Hosted"), "attended": _("Attended"), "invited": _("Invited"), "arrived": _("Arrived")},
    }  # fmt: skip


@login_required
def report(request):
    require_report(request.user)
    period, form = _period(request)
    context = {"form": form}
    if period is not None:
        data = events_report(period.start, period.end)
        context.update(
            report=data, tables=tables(data), chart_data=_chart_data(data),
            query=urlencode({"from": data["period"]["from_jalali"], "to": data["period"]["to_jalali"]}),
        )  # fmt: skip
    return render(request, "events/report.html", context)


def _download(request, render_file, extension, content_type):
    require_report(request.user)
    period, form = _period(request)
    if period is None:
        return HttpResponse(_("Give a valid period."), status=400)
    data = events_report(period.start, period.end)
    response = HttpResponse(render_file(data), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename(data, extension)}"'
    return response


@login_required
def report_pdf_view(request):
    return _download(request, report_pdf, "pdf", "application/pdf")


@login_required
def report_xlsx_view(request):
    return _download(
        request, report_xlsx, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
