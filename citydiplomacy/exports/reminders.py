"""Next actions on open export leads, reminded through the project's reminders (30, 7 and 0 days before)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import format_jalali

from .models import OPEN_STAGES, Lead


def next_action_candidates(start, end, today):
    leads = (
        Lead.objects.filter(stage__in=OPEN_STAGES, next_action_due__range=(start, end))
        .exclude(next_action="")
        .select_related("owner")
    )
    for lead in leads:
        subject = _("Next action on the export lead “{title}”: {action}, due on {date}").format(
            title=lead.title, action=lead.next_action, date=format_jalali(lead.next_action_due)
        )
        yield ("next_action", f"lead:{lead.pk}", lead.next_action_due, subject,
               reverse("exports:lead_detail", args=[lead.pk]), lead.owner.email if lead.owner else "")  # fmt: skip


def overdue_leads(user=None, today=None):
    """Open leads whose next action is past due (the dashboard and the board flag them)."""
    qs = Lead.objects.filter(stage__in=OPEN_STAGES, next_action_due__lt=today)
    if user is not None:
        qs = qs.filter(owner=user)
    return qs.select_related("country").order_by("next_action_due")
