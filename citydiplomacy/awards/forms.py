import datetime as dt
import re

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import NamedModelChoiceField, StyledFormMixin
from citydiplomacy.core.models import Role, User
from citydiplomacy.lib.jalali import InvalidDate, format_jalali, parse_date
from citydiplomacy.lib.persian import to_latin_digits, to_persian_digits
from citydiplomacy.partners.models import City, Contact, Country, Organization

from .models import AwardEdition, Category, Criterion, Entry, Juror, Result

_TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")


class DateTimeInput(forms.TextInput):
    """Tehran time, the date in Jalali in Persian ("۱۴۰۴/۰۷/۰۱ ۱۲:۰۰") and ISO in English ("2025-09-23 12:00")."""

    def format_value(self, value):
        if value in (None, "") or isinstance(value, str):
            return value or ""
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        if (get_language() or "fa").startswith("fa"):
            return f"{format_jalali(local.date())} {to_persian_digits(f'{local:%H:%M}')}"
        return f"{local.date().isoformat()} {local:%H:%M}"


class DateTimeField(forms.Field):
    widget = DateTimeInput
    default_error_messages = {
        "invalid": _(
            "Enter a date and time such as 1404/07/01 12:00 (Jalali) or 2025-09-23 12:00, Tehran time."
        )
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value
        parts = to_latin_digits(str(value)).strip().replace("T", " ").split()
        try:
            day = parse_date(parts[0])
            hour, minute = (0, 0)
            if len(parts) > 1:
                match = _TIME_RE.match(parts[1])
                if not match:
                    raise InvalidDate(value)
                hour, minute = int(match[1]), int(match[2])
            naive = dt.datetime.combine(day, dt.time(hour, minute))
        except (InvalidDate, ValueError, IndexError):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        return timezone.make_aware(naive)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


class EntryForm(StyledFormMixin, forms.ModelForm):
    country = NamedModelChoiceField(label=_("country"), queryset=Country.objects.order_by("name_en"))
    files = MultipleFileField(
        label=_("files"), required=False,
        help_text=_("PDF documents and images (PNG, JPEG, WebP); checked by their content."),
    )  # fmt: skip

    class Meta:
        model = Entry
        fields = ["category", "title", "summary", "entrant_kind", "entrant_name", "country", "city_name",
                  "contact_person", "email"]  # fmt: skip
        widgets = {"summary": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = Category.objects.filter(edition=edition)
        self.fields["email"].widget.attrs["dir"] = "ltr"

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        data.pop("files", None)
        return data


class EditionForm(StyledFormMixin, forms.ModelForm):
    opens_at = DateTimeField(label=_("call opens"))
    closes_at = DateTimeField(label=_("call closes"))

    class Meta:
        model = AwardEdition
        fields = ["series", "number", "slug", "title_fa", "title_en", "event", "intro_fa", "intro_en",
                  "eligibility_fa", "eligibility_en", "opens_at", "closes_at", "scale_min", "scale_max",
                  "blind_review", "normalization", "max_file_mb", "max_files"]  # fmt: skip
        widgets = {f: forms.Textarea(attrs={"rows": 3}) for f in ("intro_fa", "intro_en", "eligibility_fa",
                                                                  "eligibility_en")}  # fmt: skip

    def service_kwargs(self):
        return dict(self.cleaned_data)


class CategoryForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Category
        fields = ["name_fa", "name_en", "description_fa", "description_en", "order"]
        widgets = {"description_fa": forms.Textarea(attrs={"rows": 2}),
                   "description_en": forms.Textarea(attrs={"rows": 2})}  # fmt: skip


class CriterionForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Criterion
        fields = ["name_fa", "name_en", "weight", "order"]


class JurorForm(StyledFormMixin, forms.Form):
    account = forms.ModelChoiceField(label=_("user account"), queryset=User.objects.filter(role=Role.JURY))
    contact = NamedModelChoiceField(label=_("person"), queryset=Contact.objects.order_by("name_en"))
    categories = forms.ModelMultipleChoiceField(label=_("categories"), queryset=Category.objects.none(),
                                                required=False)  # fmt: skip
    is_chair = forms.BooleanField(label=_("jury chair"), required=False)

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["categories"].queryset = Category.objects.filter(edition=edition)


class ConflictForm(StyledFormMixin, forms.Form):
    country = NamedModelChoiceField(
        label=_("country"), queryset=Country.objects.order_by("name_en"), required=False
    )
    city = NamedModelChoiceField(label=_("city"), queryset=City.objects.order_by("name_en"), required=False)
    organization = NamedModelChoiceField(label=_("organization"), queryset=Organization.objects.order_by("name_en"),
                                         required=False)  # fmt: skip
    entry = forms.ModelChoiceField(label=_("entry"), queryset=Entry.objects.none(), required=False)
    note = forms.CharField(label=_("reason"), required=False, max_length=300)

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = Entry.objects.filter(edition=edition)
        self.fields["entry"].label_from_instance = lambda e: e.code


class OfficeConflictForm(ConflictForm):
    """The secretary records a declaration for any jury member of the edition."""

    juror = forms.ModelChoiceField(label=_("jury member"), queryset=Juror.objects.none())
    field_order = ["juror"]

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, edition=edition, **kwargs)
        self.fields["juror"].queryset = Juror.objects.filter(edition=edition).select_related("contact")
        self.order_fields(["juror"])


class DecisionForm(forms.Form):
    result = forms.ChoiceField(label=_("decision"), choices=Result.choices, required=False)
