"""The registry's block on the dashboard: overdue commitments, agreements expiring, reminders sent."""

from django import template
from django.utils import timezone

from ..models import Agreement, Commitment, Reminder

register = template.Library()


@register.inclusion_tag("agreements/_dashboard_block.html", takes_context=True)
def registry_dashboard(context):
    user = context["user"]
    today = timezone.localdate()
    if not user.is_authenticated:
        return {"show": False}
    overdue = Commitment.objects.overdue(today).select_related("agreement", "owner").order_by("due_on", "id")
    return {
        "show": True,
        "today": today,
        "overdue": overdue[:15],
        "overdue_count": overdue.count(),
        "expiring": Agreement.objects.expiring(today).order_by("expires_on")[:10],
        "reminders": Reminder.objects.all()[:8],
    }


@register.filter
def is_overdue(commitment, today):
    return commitment.is_overdue(today)
