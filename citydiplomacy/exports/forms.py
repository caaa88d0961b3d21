from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.agreements.models import Agreement
from citydiplomacy.core.forms import DateField, StyledFormMixin
from citydiplomacy.core.models import Role, Unit, User
from citydiplomacy.partners.models import City, Country, Organization

from .models import (
    Activity,
    BrochureTemplate,
    Currency,
    DeliveryModel,
    ExchangeRate,
    Lead,
    LossReason,
    Offering,
    OfferingFile,
    Stage,
)
from .permissions import is_exports_officer


class OfferingForm(StyledFormMixin, forms.ModelForm):
    in_use_since = DateField(label=_("in use in our city since"), required=False)
    delivery_models = forms.MultipleChoiceField(
        label=_("delivery models"), choices=DeliveryModel.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip
    reference_cities = forms.ModelMultipleChoiceField(
        label=_("cities already using it"), queryset=City.objects.all(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )  # fmt: skip
    reference_agreements = forms.ModelMultipleChoiceField(
        label=_("reference agreements"), queryset=Agreement.objects.all(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )  # fmt: skip

    class Meta:
        model = Offering
        fields = [
            "name_fa", "name_en", "name_ar", "name_ru", "kind", "unit", "contact", "description_fa",
            "description_en", "in_use_since", "users_served", "delivery_models", "price_min", "price_max",
            "currency", "languages", "reference_cities", "reference_agreements", "public",
        ]  # fmt: skip
        widgets = {
            "description_fa": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr"}),
            "name_en": forms.TextInput(attrs={"dir": "ltr"}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["reference_cities"].initial = list(
                self.instance.reference_cities.values_list("pk", flat=True)
            )
            self.fields["reference_agreements"].initial = list(
                self.instance.reference_agreements.values_list("pk", flat=True)
            )
        if user is not None and not is_exports_officer(user):
            # a unit's people edit their own unit's entries only
            self.fields["unit"].queryset = Unit.objects.filter(pk=user.unit_id)
            self.fields.pop("public")

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        data["reference_cities"] = list(data.pop("reference_cities"))
        data["reference_agreements"] = list(data.pop("reference_agreements"))
        return data


class LeadForm(StyledFormMixin, forms.ModelForm):
    value_on = DateField(label=_("value as of"), required=False)
    next_action_due = DateField(label=_("next action due on"), required=False)

    class Meta:
        model = Lead
        fields = [
            "title", "partner_city", "partner_organization", "country", "offerings", "source", "source_note",
            "value", "currency", "value_on", "owner", "next_action", "next_action_due",
        ]  # fmt: skip
        widgets = {"offerings": forms.SelectMultiple(attrs={"size": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].required = False
        self.fields["owner"].queryset = User.objects.filter(
            role__in=[Role.EXPORTS, Role.ADMIN], is_active=True
        )
        self.fields["partner_organization"].queryset = Organization.objects.all()
        self.fields["country"].queryset = Country.objects.all()

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        data["offerings"] = list(data.pop("offerings"))
        if not data.get("value_on"):
            data.pop("value_on", None)
        if data.get("value") is None:
            data["value"] = 0
        return data


class MoveForm(StyledFormMixin, forms.Form):
    to = forms.ChoiceField(label=_("move to"), choices=Stage.choices)
    reason = forms.CharField(label=_("reason"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    lost_reason = forms.ModelChoiceField(label=_("reason for the loss"), queryset=LossReason.objects.filter(active=True),
                                         required=False)  # fmt: skip
    lost_note = forms.CharField(
        label=_("note on the loss"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    contract_title = forms.CharField(label=_("contract title"), required=False, max_length=300)
    signed_on = DateField(label=_("contract signed on"), required=False)
    delivery_due = DateField(label=_("delivery due on"), required=False)

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        to = data.pop("to")
        if to != Stage.WON:
            for key in ("contract_title", "signed_on", "delivery_due"):
                data.pop(key)
        else:
            data.pop("lost_reason")
            data.pop("lost_note")
        return to, data


class ProposalForm(StyledFormMixin, forms.Form):
    sent_on = DateField(label=_("sent on"))
    reference = forms.CharField(label=_("reference or letter number"), max_length=100)
    amount = forms.DecimalField(
        label=_("amount"), required=False, min_value=0, max_digits=20, decimal_places=2
    )
    currency = forms.ChoiceField(label=_("currency"), choices=Currency.choices)
    note = forms.CharField(label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ActivityForm(StyledFormMixin, forms.ModelForm):
    on = DateField(label=_("date"))

    class Meta:
        model = Activity
        fields = ["kind", "on", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}


class RateForm(StyledFormMixin, forms.ModelForm):
    valid_from = DateField(label=_("valid from"))

    class Meta:
        model = ExchangeRate
        fields = ["currency", "valid_from", "rate"]


class BrochureTemplateForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = BrochureTemplate
        fields = ["language", "heading", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}


class OfferingFileForm(StyledFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=OfferingFile.Kind.choices)
    title = forms.CharField(label=_("title"), max_length=200)
    upload = forms.FileField(label=_("file"))
    public = forms.BooleanField(label=_("shown in the public catalogue"), required=False)
