"""The rows of a table of mission requests, rendered in Python: lists show many rows, and a template
pass per cell is most of a page's time (see bench/run.py)."""

from html import escape

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from citydiplomacy.core.links import detail_url
from citydiplomacy.core.templatetags.cd import jdate

from ..models import Mode, Status
from ..rows import is_english, mission_table_rows

register = template.Library()

ROW = (
    '<tr><td><a href="{}" dir="ltr" translate="no">{}</a></td><td dir="auto">{}</td><td>{}</td><td>{}</td>'
    '<td class="text-nowrap">{} – {}</td><td>{}</td><td><span class="badge badge-status status-{}">{}</span>{}</td></tr>'
)


@register.simple_tag
def mission_rows(missions):
    """`missions`: a queryset (read as light rows in one query) or rows already read (see rows.py)."""
    detail = detail_url("missions:detail")
    closure = '<span class="badge bg-warning text-dark">{}</span>'.format(escape(_("closure overdue")))
    report = '<span class="badge bg-danger">{}</span>'.format(escape(_("report overdue")))
    modes = {value: escape(str(label)) for value, label in Mode.choices}
    statuses = {value: escape(str(label)) for value, label in Status.choices}
    english = is_english()
    separator = ", " if english else "، "
    today = timezone.localdate()
    rows = []
    for m in mission_table_rows(missions):
        m.today = today
        badges = (" " + closure if m.is_closure_overdue else "") + (
            " " + report if m.is_report_overdue else ""
        )
        rows.append(
            ROW.format(
                detail(m.pk),  # built from an integer
                escape(m.reference),
                escape(m.title),
                escape(m.unit),
                escape(separator.join(c.label(english) for c in m.countries)),
                jdate(m.start_date),
                jdate(m.end_date),
                modes.get(m.mode) or escape(m.mode),
                escape(m.status),
                statuses.get(m.status) or escape(m.status),
                badges,
            )
        )
    if not rows:
        return format_html('<tr><td colspan="7" class="text-muted">{}</td></tr>', _("No requests."))
    return mark_safe("\n".join(rows))
