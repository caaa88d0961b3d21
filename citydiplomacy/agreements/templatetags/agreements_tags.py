"""The registry's block on the dashboard: overdue commitments, agreements expiring, reminders sent."""

from django import template
from django.utils import timezone

from citydiplomacy.partners.permissions import can_read

from ..models import Agreement, Commitment, Reminder

register = template.Library()


@register.inclusion_tag("agreements/_dashboard_block.html", takes_context=True)
def registry_dashboard(context):
    user = context["user"]
    today = timezone.localdate()
    if not can_read(user):  # the registry's own rule (a jury member of the award does not read it)
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
    the agreement, country or owner, then its due, done and overdue counts. The language is looked up once,
    not once per number."""
    from django.urls import reverse
    from django.utils.html import escape
    from django.utils.safestring import mark_safe
    from django.utils.translation import get_language

    from citydiplomacy.lib.persian import to_persian_digits

    if name == "country":
        url = reverse("partners:detail", args=["country", 0])[:-2] + "{}/"
    elif name == "agreement":
        url = reverse("agreements:detail", args=[0])[:-2] + "{}/"
    else:
        url = ""
    persian = (get_language() or "fa").startswith("fa")

    def number(n):  # as the `num` filter writes a whole number
        text = f"{n:,}"
        return to_persian_digits(text).replace(",", "٬") if persian else text

    def label(obj):
        if name == "agreement":  # the reference is a code (Latin letters in any language), the title is not
            text = f'<span translate="no" dir="ltr">{escape(obj.reference)}</span>: {escape(obj.title)}'
        else:
            text = escape(obj)
        return f'<a href="{url.format(obj.pk)}">{text}</a>' if url else text

    return mark_safe(  # noqa: S308 - every value is escaped or a number
        "\n".join(
            f"<tr><td>{label(r[name])}</td><td>{number(r['due'])}</td><td>{number(r['done'])}</td>"
            f'<td class="text-danger">{number(r["overdue"])}</td></tr>'
            for r in rows
        )
    )
