"""The partner page's timeline and sections, built in Python: a template pass per cell was most of the
page's time."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from citydiplomacy.core.templatetags.cd import jdate

register = template.Library()


def _title(item):
    return format_html('<a href="{}">{}</a>', item.url, item.title) if item.url else item.title


@register.simple_tag
def timeline_items(items):
    overdue = format_html(' <span class="badge text-bg-danger">{}</span>', _("overdue"))
    return format_html_join(
        "\n",
        '<li class="mb-1"><span class="text-muted">{}</span> · <span class="badge text-bg-light">{}</span>\n{}{}{}</li>',
        (
            (
                jdate(i.date),
                i.label,
                _title(i),
                f" · {i.status}" if i.status else "",
                overdue if i.overdue else "",
            )
            for i in items
        ),
    )


@register.simple_tag
def section_rows(items):
    def detail(i):
        return format_html('<div class="small text-muted">{}</div>', i.detail) if i.detail else ""

    def status(i):
        end_on = i.extra.get("end_on")
        return format_html("{}{}", i.status, f" – {jdate(end_on)}" if end_on else "")

    return format_html_join(
        "\n",
        '<tr{}><td class="text-nowrap small text-muted">{}</td><td>{}{}</td><td class="small">{}</td></tr>',
        (
            (format_html(' class="{}"', "table-danger") if i.overdue else "", jdate(i.date), _title(i), detail(i),
             status(i))
            for i in items
        ),
    )  # fmt: skip
