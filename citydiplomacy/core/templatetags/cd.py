"""Template filters used everywhere: Jalali dates and Persian digits in Persian, Gregorian in English."""

import datetime as dt
from decimal import Decimal

from django import template
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy

from citydiplomacy.lib.jalali import format_gregorian, format_jalali
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
    text = format_gregorian(day)  # one way in English: 16 Oct 2025
    if with_time and style == "time":
        text += value.strftime(" %H:%M")
    return text


def grouped(value, digits=None, persian=None):
    """A number grouped by thousands, without a trailing `.00`; Persian digits and separators (٬ ٫) in Persian.

    `digits` rounds to that many decimals; otherwise a float keeps up to two and a whole Decimal none."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, str):
        try:
            value = Decimal(value.replace(",", ""))
        except ArithmeticError:
            text = value
            return to_persian_digits(text) if (_is_fa() if persian is None else persian) else text
    if isinstance(value, (float, Decimal)) and digits not in (None, ""):
        text = f"{value:,.{int(digits)}f}"
    elif isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    elif isinstance(value, Decimal):
        text = f"{value:,f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:,}"
    if _is_fa() if persian is None else persian:
        text = to_persian_digits(text).replace(",", "٬").replace(".", "٫").replace("-", "−")
    return text


@register.filter
def num(value, digits=None):
    """A number grouped by thousands, with Persian digits and separators in Persian; `digits` rounds."""
    return grouped(value, digits)


@register.filter
def signed(value, digits=None):
    """A change: `+` before an increase, the minus sign before a decrease (``+۱۲``, ``−۳``)."""
    if value is None or value == "":
        return "—"
    text = grouped(abs(value), digits)
    if value > 0:
        return "+" + text
    if value < 0:
        return "−" + text
    return text


@register.filter
def points(value, digits=1):
    """A change of a rate (a fraction: 0.032) in percentage points: ``+3.2 pp`` / ``+۳٫۲ واحد درصد``."""
    from django.utils.translation import gettext

    if value is None or value == "":
        return "—"
    return gettext("%(change)s pp") % {"change": signed(round(float(value) * 100, int(digits)), digits)}


CURRENCIES = {
    "IRR": gettext_lazy("rial"),
    "EUR": gettext_lazy("euro"),
    "USD": gettext_lazy("US dollar"),
    "CNY": gettext_lazy("yuan"),
    "GBP": gettext_lazy("pound sterling"),
    "JPY": gettext_lazy("yen"),
    "RUB": gettext_lazy("rouble"),
    "TRY": gettext_lazy("Turkish lira"),
    "AED": gettext_lazy("dirham"),
    "CHF": gettext_lazy("Swiss franc"),
}


@register.filter
def currency(code):
    """A currency as the reader names it: the ISO code in English (IRR), the name in Persian (ریال)."""
    if not code:
        return ""
    if _is_fa() and code.upper() in CURRENCIES:
        return str(CURRENCIES[code.upper()])
    return code


@register.filter
def money(value, code=""):
    """An amount and its currency: ``1,500,000,000 IRR`` / ``۱٬۵۰۰٬۰۰۰٬۰۰۰ ریال``."""
    if value is None or value == "":
        return ""
    return f"{grouped(value)} {currency(code)}".strip()


@register.filter
def percent(value, digits=0):
    if value is None:
        return "—"
    text = f"{float(value) * 100:.{int(digits)}f}"
    return (to_persian_digits(text).replace(".", "٫") + "٪") if _is_fa() else text + "%"


@register.filter
def listing(items):
    """Items joined as the reader writes a list: with the Persian comma (،) in Persian."""
    return ("، " if _is_fa() else ", ").join(str(item) for item in items or [])


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

    from citydiplomacy.core.forms import has_names
    from citydiplomacy.lib.persian import sort_key

    # read by iterating, not list(): list() asks a model choice iterator its length first, a COUNT query
    choices = {
        name: [option for option in field.choices]
        for name, field in form.fields.items()
        if hasattr(field, "choices")
    }
    for name, options in choices.items():
        field = form.fields[name]
        if getattr(field.iterator, "sorted_for_reader", False):
            continue  # already in the reader's order
        if isinstance(field, ModelChoiceField) and has_names(field):
            # alphabetical in the reader's language (Persian collation in Persian), the empty choice first
            options.sort(key=lambda option: (option[0] != "", sort_key(option[1])))
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
