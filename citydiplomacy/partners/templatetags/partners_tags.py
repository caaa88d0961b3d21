"""The partner page's timeline and sections, built in Python: a template pass per cell was most of the
page's time."""

import datetime as dt
import functools
import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from citydiplomacy.core.templatetags.cd import jdate
from citydiplomacy.lib.jalali import format_gregorian

register = template.Library()


def _day_writer():
    """A function date → text as the `jdate` filter writes it, with the language looked up once (the
    filter looks it up on every call); datetimes go through the filter itself."""
    from django.utils.translation import get_language

    persian = (get_language() or "fa").startswith("fa")

    def day(value):
        if value is None or value == "":
            return ""
        if isinstance(value, dt.datetime):
            return jdate(value)
        return _jalali(value) if persian else format_gregorian(value)

    return day


@functools.lru_cache(maxsize=4096)
def _jalali(day):
    """A day in the Jalali calendar as `jdate` writes it (a day shows on the timeline and in its section)."""
    from citydiplomacy.lib.jalali import format_jalali

    return format_jalali(day)


_REFERENCE = re.compile(r"\b([A-Z]{2,}(?:-[A-Z0-9]+)+)\b")


def _codes(text):
    """Escaped text whose record references (AG-1404-00001, MR-…) are marked as codes: the same in every
    language, left to right."""
    return _REFERENCE.sub(r'<span translate="no" dir="ltr">\1</span>', str(escape(text)))


def _title(item):
    text = _codes(item.title)
    if item.written:
        text = f'<span dir="auto">{text}</span>'
    return f'<a href="{escape(item.url)}">{text}</a>' if item.url else text


@register.simple_tag
def timeline_items(items):
    day = _day_writer()
    overdue = f' <span class="badge text-bg-danger">{escape(_("overdue"))}</span>'
    return mark_safe(  # noqa: S308 - every value is escaped
        "\n".join(
            f'<li class="mb-1"><span class="text-muted">{day(i.date)}</span> · '
            f'<span class="badge text-bg-light">{escape(i.label)}</span>\n{_title(i)}'
            f"{' · ' + escape(i.status) if i.status else ''}{overdue if i.overdue else ''}</li>"
            for i in items
        )
    )


def _section_rows(items, day):
    rows = []
    for i in items:
        end_on = i.extra.get("end_on")
        written = ' dir="auto"' if i.detail_written else ""
        detail = f'<div class="small text-muted"{written}>{_codes(i.detail)}</div>' if i.detail else ""
        danger = ' class="table-danger"' if i.overdue else ""
        rows.append(
            f'<tr{danger}><td class="text-nowrap small text-muted">'
            f'{day(i.date)}</td><td>{_title(i)}{detail}</td><td class="small">{escape(i.status)}'
            f"{' – ' + day(end_on) if end_on else ''}</td></tr>"
        )
    return "\n".join(rows)


@register.simple_tag
def section_rows(items):
    return mark_safe(_section_rows(items, _day_writer()))  # noqa: S308 - every value is escaped


@register.simple_tag
def partner_sections(sections):
    """Every section with items, as a card with its table and, when the source had more, a link to all."""
    day = _day_writer()
    more = escape(_("More"))
    cards = []
    for s in sections:
        if not s.items:
            continue
        key = escape(s.key)
        link = f'<a class="small" href="?all={key}#section-{key}">{more}</a>' if s.more else ""
        cards.append(
            f'<div class="card mb-3" id="section-{key}"><div class="card-body">\n<h2 class="h6">'
            f'{escape(s.label)}</h2>\n<table class="table table-sm mb-0"><tbody>{_section_rows(s.items, day)}'
            f"</tbody></table>\n{link}\n</div></div>"
        )
    return mark_safe("\n".join(cards))  # noqa: S308 - every value is escaped


_NAV = {}  # (language, script prefix) → the registry's tabs; they only change with these two


@register.simple_tag(takes_context=True)
def registry_nav(context):
    """The registry's tabs (`partners/_registry_nav.html`), rendered once per language: eleven URLs and
    labels that are the same on every page. The search page, which echoes its query, renders them."""
    from django.template.loader import render_to_string
    from django.urls import get_script_prefix
    from django.utils.translation import get_language

    if context.get("query"):
        return render_to_string("partners/_registry_nav.html", {"query": context["query"]})
    key = (get_language(), get_script_prefix())
    if key not in _NAV:
        _NAV[key] = render_to_string("partners/_registry_nav.html", {"query": ""})
    return mark_safe(_NAV[key])  # noqa: S308 - rendered from our own template, autoescaped
