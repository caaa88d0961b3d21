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
