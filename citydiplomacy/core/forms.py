"""Form parts shared by every app: the Jalali date field."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.jalali import InvalidDate, format_jalali, parse_date
from citydiplomacy.lib.persian import sort_key, to_latin_digits


class FastInputMixin:
    """Renders an <input> in Python, with the markup of Django's input template: a filter bar has several
    inputs and a template pass for each costs more than the rest of the form."""

    def render(self, name, value, attrs=None, renderer=None):
        from django.forms.utils import flatatt
        from django.utils.html import format_html

        context = self.get_context(name, value, attrs)["widget"]
        value = context["value"]
        value_attr = "" if value is None else format_html(' value="{}"', value)
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            context["type"],
            context["name"],
            value_attr,
            flatatt(context["attrs"]),
        )


class DateInput(FastInputMixin, forms.TextInput):
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


class AmountInput(FastInputMixin, forms.TextInput):
    """An amount as the reader writes it: grouped, without a trailing `.00`, Persian digits in Persian."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", "dir": "ltr", **(attrs or {})})

    def format_value(self, value):
        from citydiplomacy.core.templatetags.cd import grouped

        if value in (None, ""):
            return ""
        if isinstance(value, str):
            return value
        return grouped(value)


class AmountField(forms.DecimalField):
    """A decimal amount that accepts Persian or Arabic digits and the separators of either language
    (۱٬۵۰۰٬۰۰۰ · 1,500,000 · ۲٫۵ · 2.5)."""

    widget = AmountInput

    def to_python(self, value):
        if isinstance(value, str):
            value = to_latin_digits(value).translate(_AMOUNT_SEPARATORS).replace("٫", ".").replace("/", ".")
        return super().to_python(value)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("step", None)
        return attrs


_AMOUNT_SEPARATORS = str.maketrans(
    {",": None, "٬": None, "،": None, " ": None, "\u00a0": None, "\u202f": None}
)


class ListedChoiceIterator(forms.models.ModelChoiceIterator):
    """Reads the choices in one plain query (Django's iterator() opens a server-side cursor on PostgreSQL:
    three round trips for a list of forty units)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.options()

    def options(self):
        return (self.choice(obj) for obj in self.queryset.all())


class NamedChoiceIterator(ListedChoiceIterator):
    """Choices of a model with `name_fa` and `name_en` read as plain values, labelled in the reader's
    language as the model's `name` reads: no model instance per option."""

    sorted_for_reader = True

    def options(self):
        english = get_language() == "en"
        options = [
            (pk, name_en if english and name_en else name_fa)
            for pk, name_fa, name_en in self.queryset.values_list("pk", "name_fa", "name_en")
        ]
        options.sort(key=lambda option: sort_key(option[1]))
        return iter(options)


class SortedChoiceIterator(ListedChoiceIterator):
    """Choices of a named model (countries, cities, people, ...) in the alphabetical order of the reader's
    language: Persian collation in Persian (lib.persian.sort_key), the English labels in English."""

    sorted_for_reader = True

    def options(self):
        options = [self.choice(obj) for obj in self.queryset.all()]
        options.sort(key=lambda option: sort_key(option[1]))
        return iter(options)


def has_names(field):
    """A model choice field over a model with Persian and English names (sorted by name for the reader)."""
    names = {f.name for f in field.queryset.model._meta.get_fields()}
    return "name_fa" in names and "name_en" in names


class NamedModelChoiceField(forms.ModelChoiceField):
    iterator = NamedChoiceIterator


FAST_INPUTS = {
    base: type(f"Fast{base.__name__}", (FastInputMixin, base), {})
    for base in (forms.TextInput, forms.NumberInput, forms.EmailInput, forms.URLInput)
}


def _plain_model_iterator(field):
    """Django's model choice iterator, or django-filter's without a "none" choice (the same but for that):
    either reads its choices through iterator(), a server-side cursor and three round trips on PostgreSQL."""
    if field.iterator is forms.models.ModelChoiceIterator:
        return True
    from django_filters.fields import ModelChoiceIterator as FilterIterator

    return field.iterator is FilterIterator and getattr(field, "null_label", None) is None


class StyledFormMixin:
    """Adds the Bootstrap classes so every form looks the same."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and _plain_model_iterator(field):
                field.iterator = SortedChoiceIterator if has_names(field) else ListedChoiceIterator
                field.widget.choices = field.choices
            # Selects and inputs rendered in Python: a template per option, or per input, is slow.
            if type(field) is forms.DecimalField:
                field.__class__ = AmountField
                field.widget = AmountInput(
                    {k: v for k, v in field.widget.attrs.items() if k not in ("step", "min", "max")}
                )
            if type(field.widget) is forms.Select:
                field.widget.__class__ = FastSelect
            elif type(field.widget) is forms.SelectMultiple:
                field.widget.__class__ = FastSelectMultiple
            elif type(field.widget) in FAST_INPUTS:
                field.widget.__class__ = FAST_INPUTS[type(field.widget)]
            widget = field.widget
            if field.label and not widget.is_hidden:
                # a name for assistive technology where a template shows the field without its <label>
                widget.attrs.setdefault("aria-label", str(field.label))
            if isinstance(widget, (forms.CheckboxInput,)):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-control")

    def service_kwargs(self):
        """The keyword arguments of the service the form feeds: its cleaned data, unless a form says otherwise."""
        return dict(self.cleaned_data)


def _render_select(widget, name, value, attrs):
    """Render a select in Python: the markup of Django's templates, read straight from the choices (Django's
    own path builds a dict and a template context per option)."""
    from html import escape

    from django.forms.utils import flatatt
    from django.utils.safestring import mark_safe

    final_attrs = widget.build_attrs(widget.attrs, attrs)
    if widget.allow_multiple_selected:
        final_attrs["multiple"] = True
    if not widget.is_required:
        final_attrs.pop("required", None)
    wanted = {str(v) for v in widget.format_value(value)}
    state = {"selected": False}

    def option(option_value, label):
        text = "" if option_value is None else str(option_value)
        chosen = text in wanted and (widget.allow_multiple_selected or not state["selected"])
        state["selected"] |= chosen
        return f'<option value="{escape(text)}"{" selected" if chosen else ""}>{escape(str(label))}</option>'

    parts = []
    for option_value, label in widget.choices:
        if isinstance(label, (list, tuple)):
            inner = "".join(option(v, lab) for v, lab in label)
            parts.append(f'<optgroup label="{escape(str(option_value))}">{inner}</optgroup>')
        else:
            parts.append(option(option_value, label))
    return mark_safe(f'<select name="{escape(name)}"{flatatt(final_attrs)}>{"".join(parts)}</select>')


class FastSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        return _render_select(self, name, value, attrs)


class FastSelectMultiple(forms.SelectMultiple):
    def render(self, name, value, attrs=None, renderer=None):
        return _render_select(self, name, value, attrs)


class PasswordChangeForm(StyledFormMixin, auth_forms.PasswordChangeForm):
    """Django's password change form (old password, new twice, AUTH_PASSWORD_VALIDATORS), styled."""
