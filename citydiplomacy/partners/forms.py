from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import DateField, StyledFormMixin

from .models import City, Contact, Country, Organization


class AliasesField(forms.CharField):
    """Aliases typed one per line."""

    widget = forms.Textarea(attrs={"rows": 2})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


class PartnerForm(StyledFormMixin, forms.ModelForm):
    aliases = AliasesField(label=_("aliases"), required=False, help_text=_("One per line."))


class CountryForm(PartnerForm):
    class Meta:
        model = Country
        fields = ["name_fa", "name_en", "aliases"]


class CityForm(PartnerForm):
    class Meta:
        model = City
        fields = ["name_fa", "name_en", "aliases", "country"]


class OrganizationForm(PartnerForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organization
        fields = ["name_fa", "name_en", "acronym", "aliases", "kind", "country", "city", "website", "email",
                  "description"]  # fmt: skip
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class ContactForm(PartnerForm):
    birth_date = DateField(label=_("date of birth"), required=False)

    class Meta:
        model = Contact
        fields = ["name_fa", "name_en", "aliases", "title", "organization", "city", "country", "person", "email",
                  "phone", "passport_number", "birth_date"]  # fmt: skip

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and not user.sees_personal_data:
            for name in Contact.PERSONAL_FIELDS:
                self.fields.pop(name, None)


FORMS = {"country": CountryForm, "city": CityForm, "organization": OrganizationForm, "contact": ContactForm}


class PositionForm(StyledFormMixin, forms.Form):
    title_fa = forms.CharField(label=_("title (Persian)"), max_length=200)
    title_en = forms.CharField(label=_("title (English)"), max_length=200, required=False)
    organization = forms.ModelChoiceField(
        label=_("organization"), queryset=Organization.objects.all(), required=False
    )
    start_on = DateField(label=_("from"), required=False)
    end_on = DateField(label=_("until"), required=False)


class NoteForm(StyledFormMixin, forms.Form):
    text = forms.CharField(label=_("note"), widget=forms.Textarea(attrs={"rows": 2}))
