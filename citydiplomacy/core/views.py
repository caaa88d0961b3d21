from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from citydiplomacy.missions.dashboards import dashboard_context

from .models import TaskRun
from .pagination import CappedPaginator


def healthz(request):
    """A trivial view for load balancers (and the benchmarks' baseline)."""
    return HttpResponse("ok", content_type="text/plain")


@login_required
def home(request):
    return render(request, "core/home.html", dashboard_context(request.user))


@login_required
def about(request):
    from citydiplomacy import __version__

    return render(request, "core/about.html", {"version": __version__})


@login_required
def task_runs(request):
    if not request.user.is_admin_role and not request.user.is_secretary:
        raise PermissionDenied
    page = CappedPaginator(TaskRun.objects.all(), 50).get_page(request.GET.get("page"))
    return render(request, "core/tasks.html", {"runs": page.object_list, "page": page})


ERROR_DETAILS = {
    403: _("You do not have permission to perform this action."),
    404: _("Not found."),
    500: _("A server error occurred."),
}


def _error(request, code):
    """The error page; under /api/ the API's JSON error ({"detail": ...}), as its schema documents."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": str(ERROR_DETAILS[code])}, status=code)
    return render(request, "core/error.html", {"code": code}, status=code)


def error_403(request, exception=None):
    return _error(request, 403)


def error_404(request, exception=None):
    return _error(request, 404)


def error_500(request):
    return _error(request, 500)
