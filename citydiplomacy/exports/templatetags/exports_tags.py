from django import template

from ..permissions import can_read_leads, can_read_report, is_exports_officer

register = template.Library()


@register.inclusion_tag("exports/_nav.html", takes_context=True)
def exports_nav(context, active):
    user = context["request"].user
    return {
        "active": active,
        "show_pipeline": can_read_leads(user),
        "show_report": can_read_report(user),
        "show_settings": is_exports_officer(user),
    }


@register.inclusion_tag("exports/_dashboard_block.html", takes_context=True)
def exports_dashboard(context):
    """The exports officer's first screen: open leads per stage and the next actions that are overdue."""
    from django.db.models import Count, Sum
    from django.utils import timezone

    from ..models import OPEN_STAGES, Lead, Stage
    from ..reminders import overdue_leads

    user = context["request"].user
    if not is_exports_officer(user):
        return {"show": False}
    today = timezone.localdate()
    rows = {r["stage"]: r for r in Lead.objects.filter(stage__in=OPEN_STAGES).values("stage")
            .annotate(n=Count("pk"), total=Sum("value_base")).order_by()}  # fmt: skip
    return {
        "show": True,
        "stages": [
            (Stage(s).label, rows.get(s, {}).get("n", 0), rows.get(s, {}).get("total") or 0)
            for s in OPEN_STAGES
        ],
        "overdue": list(overdue_leads(None, today)[:10]),
        "today": today,
    }


@register.filter
def money(value, currency=""):
    """A whole amount with grouped thousands and the currency's name, in the reader's digits and words."""
    from django.utils.translation import get_language

    from citydiplomacy.lib.persian import to_persian_digits

    from ..models import Currency

    if value is None or value == "":
        return "—"
    text = f"{round(float(value)):,}"
    label = str(Currency(currency).label) if currency in Currency.values else currency
    if (get_language() or "fa").startswith("fa"):
        text = to_persian_digits(text).replace(",", "٬")
    return f"{text} {label}".strip()
