"""Form parts shared by every app: the Jalali date field."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.jalali import InvalidDate, format_jalali, parse_date


class DateInput(forms.TextInput):
    """A text input that shows Jalali in Persian (with the Jalali picker) and ISO in English."""

    def format_value(self, value):
        if value in (None, ""):
            return ""
        if isinstance(value, str):
            return value
        if (get_language() or "fa").startswith("fa"):
            return format_jalali(value)
        return value.isoformat()

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        extra = {"autocomplete": "off", "dir": "ltr"}
        if (get_language() or "fa").startswith("fa"):
            extra.update({"data-jdp": "", "placeholder": "۱۴۰۴/۰۱/۱۵"})
        else:
            extra.update({"type": "date"})
        context["widget"]["attrs"].update(extra)
        return context


class DateField(forms.DateField):
    """Accepts Jalali (۱۴۰۱/۰۶/۱۵, 1401-06-15) or Gregorian ISO (2022-09-06)."""

    widget = DateInput
    default_error_messages = {"invalid": _("Enter a date such as 1404/01/15 (Jalali) or 2025-04-04.")}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_date(value)
        except InvalidDate:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class StyledFormMixin:
    """Adds the Bootstrap classes so every form looks the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # Long selects (countries, people) rendered in Python: a template per option is slow.
            if type(field.widget) is forms.Select:
                field.widget.__class__ = FastSelect
            elif type(field.widget) is forms.SelectMultiple:
                field.widget.__class__ = FastSelectMultiple
            widget = field.widget
            if isinstance(widget, (forms.CheckboxInput,)):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-control")


def _render_select(widget, name, value, attrs):
    """Render a select in Python: the same markup as Django's templates, without a template per option."""
    from django.forms.utils import flatatt
    from django.utils.html import format_html, format_html_join
    from django.utils.safestring import mark_safe

    context = widget.get_context(name, value, attrs)["widget"]
    options = []
    for group_name, group_options, _index in context["optgroups"]:
        rendered = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (
                    o["value"] if o["value"] is not None else "",
                    mark_safe(" selected") if o["selected"] else "",
                    o["label"],
                )
                for o in group_options
            ),
        )
        options.append(
            format_html('<optgroup label="{}">{}</optgroup>', group_name, rendered)
            if group_name
            else rendered
        )
    attrs = dict(context["attrs"])
    if context.get("required") is False:
        attrs.pop("required", None)
    return format_html(
        '<select name="{}"{}>{}</select>', context["name"], flatatt(attrs), mark_safe("".join(options))
    )


class FastSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        return _render_select(self, name, value, attrs)


class FastSelectMultiple(forms.SelectMultiple):
    def render(self, name, value, attrs=None, renderer=None):
        return _render_select(self, name, value, attrs)
