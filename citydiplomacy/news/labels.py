"""Readers' names for the news engine's codes (the engine itself, a plain Python package, has none)."""

from django.utils.translation import gettext_lazy as _

TOPIC_LABELS = {
    "transport": _("transport"),
    "clean_energy": _("clean energy"),
    "environment": _("environment"),
    "smart_city": _("smart city"),
    "urban_services": _("urban services"),
    "infrastructure": _("infrastructure"),
    "economy_trade": _("economy and trade"),
    "culture": _("culture"),
    "tourism": _("tourism"),
    "education": _("education"),
    "health": _("health"),
    "housing": _("housing"),
    "urban_planning": _("urban planning"),
    "religion": _("religion"),
    "sport": _("sport"),
}


def topic_label(code):
    return TOPIC_LABELS.get(code, code)
