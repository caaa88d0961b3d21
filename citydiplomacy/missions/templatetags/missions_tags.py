"""The rows of a table of mission requests, rendered in Python: lists show many rows, and a template
pass per cell is most of a page's time (see bench/run.py)."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from citydiplomacy.core.links import detail_url
from citydiplomacy.core.templatetags.cd import jdate

from ..models import Mode, Status

register = template.Library()

ROW = (
    '<tr><td><a href="{}" dir="ltr">{}</a></td><td>{}</td><td>{}</td><td>{}</td>'
    '<td class="text-nowrap">{} – {}</td><td>{}</td><td><span class="badge badge-status status-{}">{}</span>{}</td></tr>'
)


@register.simple_tag
def mission_rows(missions):
    detail = detail_url("missions:detail")
    flags = {
        "closure": format_html(' <span class="badge bg-warning text-dark">{}</span>', _("closure overdue")),
        "report": format_html(' <span class="badge bg-danger">{}</span>', _("report overdue")),
    }
    modes = {value: str(label) for value, label in Mode.choices}
    statuses = {value: str(label) for value, label in Status.choices}
    rows = []
    for m in missions:
        badges = (flags["closure"] if m.is_closure_overdue else "") + (
            flags["report"] if m.is_report_overdue else ""
        )
        rows.append(
            (
                detail(m.pk),
                m.reference,
                m.title,
                m.unit,
                "، ".join(str(c) for c in m.countries.all()),
                jdate(m.start_date),
                jdate(m.end_date),
                modes.get(m.mode, m.mode),
                m.status,
                statuses.get(m.status, m.status),
                mark_safe(badges),
            )  # fmt: skip
        )
    if not rows:
        return format_html('<tr><td colspan="7" class="text-muted">{}</td></tr>', _("No requests."))
    return format_html_join("\n", ROW, rows)
