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


_REPORT_LINKS = {"agreement": "agreements:detail", "country": "partners:detail"}


@register.simple_tag
def report_rows(rows, name):
    """The report's table rows built in Python (a template pass per cell is most of the page's time):
    the agreement, country or owner, then its due, done and overdue counts."""
    from django.urls import reverse
    from django.utils.html import format_html, format_html_join

    from citydiplomacy.core.templatetags.cd import num

    if name == "country":
        url = reverse("partners:detail", args=["country", 0])[:-2] + "{}/"
    elif name == "agreement":
        url = reverse("agreements:detail", args=[0])[:-2] + "{}/"
    else:
        url = ""

    def label(obj):
        return format_html('<a href="{}">{}</a>', url.format(obj.pk), obj) if url else format_html("{}", obj)

    return format_html_join(
        "\n",
        '<tr><td>{}</td><td>{}</td><td>{}</td><td class="text-danger">{}</td></tr>',
        ((label(r[name]), num(r["due"]), num(r["done"]), num(r["overdue"])) for r in rows),
    )
