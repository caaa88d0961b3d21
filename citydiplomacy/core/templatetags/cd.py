"""Template filters used everywhere: Jalali dates and Persian digits in Persian, Gregorian in English."""

import datetime as dt
from decimal import Decimal

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from citydiplomacy.lib.jalali import format_jalali
from citydiplomacy.lib.persian import to_persian_digits

register = template.Library()


def _is_fa():
    return (get_language() or "fa").startswith("fa")


@register.filter
def jdate(value, style=""):
    """A date (or datetime, in local time) as the reader's calendar shows it."""
    if value in (None, ""):
        return ""
    with_time = isinstance(value, dt.datetime)
    if with_time and timezone.is_aware(value):
        value = timezone.localtime(value)
    if _is_fa():
        text = format_jalali(value, month_names=(style == "long"))
        if with_time and style == "time":
            text += " " + to_persian_digits(value.strftime("%H:%M"))
        return text
    day = value.date() if with_time else value
    text = day.strftime("%d %b %Y") if style == "long" else day.isoformat()
    if with_time and style == "time":
        text += value.strftime(" %H:%M")
    return text


@register.filter
def num(value, digits=None):
    """A number with Persian digits in Persian; `digits` rounds floats."""
    if value is None or value == "":
        return ""
    if isinstance(value, (float, Decimal)) and digits not in (None, ""):
        value = f"{float(value):.{int(digits)}f}"
    elif isinstance(value, float):
        value = f"{value:.2f}".rstrip("0").rstrip(".")
    elif isinstance(value, int):
        value = f"{value:,}"
    text = str(value)
    if _is_fa():
        text = to_persian_digits(text).replace(",", "٬").replace(".", "٫")
    return text


@register.filter
def percent(value, digits=0):
    if value is None:
        return "—"
    text = f"{float(value) * 100:.{int(digits)}f}"
    return (to_persian_digits(text).replace(".", "٫") + "٪") if _is_fa() else text + "%"


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def digits(value):
    """Digits as the reader writes them (years, codes): Persian in Persian, no grouping."""
    if value is None:
        return ""
    return to_persian_digits(str(value)) if _is_fa() else str(value)


_FILTER_BARS = {}  # key → HTML, see filter_fields
_FILTER_BARS_KEPT = 256


@register.simple_tag
def filter_fields(form):
    """A filter bar's fields, each in its column with its label.

    The HTML is a function of the form's fields, the reader's language, the values in the address and the
    choices of its choice fields, so it is remembered under exactly those: the choices are read anew each
    time (a new unit appears at once; a model field's are handed to its widget, not read twice), and only
    the rendering is saved.
    """
    from django.forms import ModelChoiceField
    from django.utils.html import format_html_join

    choices = {name: list(field.choices) for name, field in form.fields.items() if hasattr(field, "choices")}
    data = tuple(sorted((k, tuple(v)) for k, v in form.data.lists())) if form.is_bound else None
    key = (
        type(form).__module__,
        type(form).__name__,
        tuple(form.fields),
        get_language(),
        data,
        tuple(
            (name, tuple((str(v), str(label)) for v, label in options)) for name, options in choices.items()
        ),
    )
    html = _FILTER_BARS.get(key)
    if html is None:
        for name, options in choices.items():
            if isinstance(form.fields[name], ModelChoiceField):
                form.fields[name].widget.choices = options
        html = format_html_join(
            "",
            '<div class="col-md-3 col-lg"><label class="form-label small" for="{}">{}</label>{}</div>',
            ((bf.id_for_label, bf.label, bf) for bf in form),
        )
        if len(_FILTER_BARS) >= _FILTER_BARS_KEPT:
            _FILTER_BARS.clear()
        _FILTER_BARS[key] = html
    return html


_URL_UNSAFE_CHARS = frozenset(chr(c) for c in range(0x21)) | {"\x7f", "\\"}


@register.filter
def safe_url(value):
    """The address itself if it is an http(s) link or a path of this site, else "": an address from outside
    (a news article, a partner's website) is never rendered as a javascript:, data: or other link.
    Use it on every href made from data: {% with link=x.url|safe_url %}{% if link %}<a href="{{ link }}">..."""
    from urllib.parse import urlsplit

    url = str(value or "").strip()
    if not url or any(ch in _URL_UNSAFE_CHARS for ch in url):
        return ""
    if url.startswith("/"):
        return url if not url.startswith("//") else ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.hostname:
        return url
    return ""
