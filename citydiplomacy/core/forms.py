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
            widget = field.widget
            if isinstance(widget, (forms.CheckboxInput,)):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-control")
