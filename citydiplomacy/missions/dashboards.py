"""What each role sees first: my unit's requests, the secretary's queue, overdue closures and reports."""

from django.utils import timezone

from .models import CommitteeSession, MissionRequest, Status
from .permissions import visible_missions


def dashboard_context(user):
    today = timezone.localdate()
    missions = visible_missions(user)  # the tables read their rows as plain values (rows.py)
    context = {"today": today}
    if user.role == "analyst":
        return context
    context["my_requests"] = missions.exclude(status__in=[Status.WITHDRAWN]).order_by("-updated_at")[:10]
    context["closure_overdue"] = missions.closure_overdue(today).order_by("end_date")[:20]
    context["report_overdue"] = missions.report_overdue(today).order_by("actual_end_date")[:20]
    context["sent_back"] = missions.filter(status=Status.SENT_BACK)[:20]
    if user.reads_all_missions:
        context["queue"] = MissionRequest.objects.filter(status=Status.SUBMITTED).order_by(
            "submitted_on", "id"
        )[:30]
        context["next_session"] = (
            CommitteeSession.objects.filter(date__gte=today, held=False)
            .order_by("date")
            .prefetch_related("agenda")
            .first()
        )
    context["counts"] = {
        "submitted": missions.filter(status=Status.SUBMITTED).count(),
        "approved_open": missions.filter(status=Status.APPROVED).count(),
        "closure_overdue": missions.closure_overdue(today).count(),
        "report_overdue": missions.report_overdue(today).count(),
    }
    return context
