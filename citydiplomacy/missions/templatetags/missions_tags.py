"""The rows of a table of mission requests, rendered in Python: lists show many rows, and a template
pass per cell is most of a page's time (see bench/run.py)."""

from html import escape

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from citydiplomacy.core.links import detail_url
from citydiplomacy.lib.jalali import format_jalali

from ..models import Mode, Status
from ..rows import is_english, mission_table_rows

register = template.Library()

ROW = (
    '<tr><td><a href="{}" dir="ltr">{}</a></td><td>{}</td><td>{}</td><td>{}</td>'
    '<td class="text-nowrap">{} – {}</td><td>{}</td><td><span class="badge badge-status status-{}">{}</span>{}</td></tr>'
)


@register.simple_tag
def mission_rows(missions):
    """`missions`: a queryset (read as light rows in two queries) or mission instances."""
    detail = detail_url("missions:detail")
    closure = '<span class="badge bg-warning text-dark">{}</span>'.format(escape(_("closure overdue")))
    report = '<span class="badge bg-danger">{}</span>'.format(escape(_("report overdue")))
    modes = {value: escape(str(label)) for value, label in Mode.choices}
    statuses = {value: escape(str(label)) for value, label in Status.choices}
    english = is_english()
    day = (lambda d: d.isoformat()) if english else format_jalali  # as the jdate filter shows a date
    today = timezone.localdate()
    separator = ", " if english else "، "
    seen = {}  # units, destinations and days recur down a page: each written once

    def once(kind, value, make):
        key = (kind, value)
        if key not in seen:
            seen[key] = make(value)
        return seen[key]

    rows = []
    for m in mission_table_rows(missions):
        m.today = today
        badges = (" " + closure if m.is_closure_overdue else "") + (
            " " + report if m.is_report_overdue else ""
        )
        places = tuple(c.label(english) for c in m.countries)
        rows.append(
            ROW.format(
                detail(m.pk),  # built from an integer
                escape(m.reference),
                escape(m.title),
                once("unit", m.unit, escape),
                once("places", places, lambda p: escape(separator.join(p))),
                once("day", m.start_date, day),
                once("day", m.end_date, day),
                modes.get(m.mode) or escape(m.mode),
                once("status", m.status, escape),
                statuses.get(m.status) or escape(m.status),
                badges,
            )
        )
    if not rows:
        return format_html('<tr><td colspan="7" class="text-muted">{}</td></tr>', _("No requests."))
    return mark_safe("\n".join(rows))
