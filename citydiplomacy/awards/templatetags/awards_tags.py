"""The results table's rows built in Python: 2,000 entries through a template pass per cell cost most of the
page's time. Every value is escaped or a number formatted here."""

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from citydiplomacy.lib.persian import to_persian_digits

from ..models import Result

register = template.Library()


@register.simple_tag(takes_context=True)
def result_rows(context, table, blind, decide):
    """`decide`: the chair's decision form in each row (before publication)."""
    persian = (get_language() or "fa").startswith("fa")

    def number(value, digits=None):
        text = f"{value:,}" if digits is None else f"{value:.{digits}f}"
        return to_persian_digits(text).replace(",", "٬").replace(".", "٫") if persian else text

    decide_url = reverse("awards:decide", args=[0])[: -len("0/decide/")] + "{}/decide/"
    certificate_url = reverse("awards:certificate", args=[0]).replace("/0/", "/{}/")
    labels = dict(Result.choices)
    certificate = escape(_("certificate"))
    record = escape(_("Record"))
    token = escape(get_token(context["request"])) if decide else ""
    parts = []
    for row in table.rows:
        entry = row.entry
        cells = [f'<td class="rank">{number(row.rank)}{"=" if row.tied else ""}</td>',
                 f'<td dir="ltr">{escape(entry.code)}</td>', f'<td dir="auto">{escape(entry.title)}</td>']  # fmt: skip
        if not blind:
            cells += [
                f'<td dir="auto">{escape(entry.entrant_name)}</td>',
                f"<td>{escape(entry.country)}</td>",
            ]
        cells += [
            f"<td>{number(row.score, 3)}</td>",
            f"<td>{number(row.raw, 2)}</td>",
            f"<td>{number(row.jurors)}</td>",
        ]
        if decide:
            options = "".join(
                f'<option value="{value}"{" selected" if value == entry.result else ""}>{escape(label)}</option>'
                for value, label in labels.items()
            )
            decision = (
                f'<form method="post" action="{decide_url.format(entry.pk)}" class="d-flex gap-1 decide">'
                f'<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
                f'<select name="result" class="form-select form-select-sm">{options}</select>'
                f'<button class="btn btn-sm btn-outline-primary">{record}</button></form>'
            )
        else:
            decision = escape(labels.get(entry.result, ""))
        if entry.result:
            decision += (
                f' <a class="small certificate" href="{certificate_url.format(entry.pk)}">{certificate}</a>'
            )
        cells.append(f"<td>{decision}</td>")
        parts.append(f'<tr data-entry="{escape(entry.code)}">{"".join(cells)}</tr>')
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped or a number
