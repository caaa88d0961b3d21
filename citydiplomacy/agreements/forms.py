from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import DateField, StyledFormMixin
from citydiplomacy.core.models import Person
from citydiplomacy.core.uploads import UploadValidator
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.partners.models import City, Country, Organization

from .models import Agreement, Commitment, CommitmentStatus, Status


class AgreementForm(StyledFormMixin, forms.ModelForm):
    signed_on = DateField(label=_("signed on"), required=False)
    expires_on = DateField(
        label=_("expires on"), required=False, help_text=_("Left empty: from the validity.")
    )
    party_cities = forms.ModelMultipleChoiceField(
        label=_("partner cities"), queryset=City.objects.select_related("country"), required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )  # fmt: skip
    party_organizations = forms.ModelMultipleChoiceField(
        label=_("partner organizations"), queryset=Organization.objects.all(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )  # fmt: skip
    party_countries = forms.ModelMultipleChoiceField(
        label=_("partner countries"), queryset=Country.objects.all(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 5}),
    )  # fmt: skip

    class Meta:
        model = Agreement
        fields = [
            "kind", "title_fa", "title_en", "parent", "status", "signed_on", "signed_place", "our_signatory",
            "partner_signatories", "valid_years", "expires_on", "renewal", "domains", "representative",
            "joint_committee", "file", "notes",
        ]  # fmt: skip
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 2}),
            "joint_committee": forms.Textarea(attrs={"rows": 2}),
            "domains": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields.pop("status")
            parties = list(self.instance.parties.all())
            self.fields["party_cities"].initial = [p.city_id for p in parties if p.city_id]
            self.fields["party_organizations"].initial = [
                p.organization_id for p in parties if p.organization_id
            ]
            self.fields["party_countries"].initial = [
                p.country_id for p in parties if not p.city_id and not p.organization_id
            ]
        else:
            self.fields["status"].choices = [
                (s, label)
                for s, label in Status.choices
                if s in ("draft", "negotiating", "signed", "active", "historical")
            ]

    def clean(self):
        data = super().clean()
        if not (data.get("party_cities") or data.get("party_organizations") or data.get("party_countries")):
            raise forms.ValidationError(_("Name at least one partner of the agreement."))
        return data

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        parties = [*data.pop("party_cities"), *data.pop("party_organizations"), *data.pop("party_countries")]
        domains = list(data.pop("domains"))
        if not data.get("file"):
            data.pop("file", None)
        return {**data, "parties": parties, "domains": domains}


class StatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("status"), choices=Status.choices)
    reason = forms.CharField(label=_("reason"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RenewForm(StyledFormMixin, forms.Form):
    expires_on = DateField(label=_("new expiry date"))
    reason = forms.CharField(label=_("reason"), required=False)


class CommitmentForm(StyledFormMixin, forms.ModelForm):
    due_on = DateField(label=_("due on"), required=False)

    class Meta:
        model = Commitment
        fields = ["side", "title", "description", "owner", "owner_unit", "due_on", "recurrence", "milestone"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, agreement=None, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import Milestone

        self.fields["milestone"].queryset = (
            Milestone.objects.filter(roadmap__agreement=agreement) if agreement else Milestone.objects.none()
        )


class DeliverForm(StyledFormMixin, forms.Form):
    delivered_on = DateField(label=_("delivered on"))
    evidence = forms.CharField(label=_("evidence of delivery"), widget=forms.Textarea(attrs={"rows": 2}))
    evidence_file = forms.FileField(label=_("evidence file"), required=False, validators=[UploadValidator()])


class CommitmentStatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("status"),
        choices=[(s, label) for s, label in CommitmentStatus.choices if s != CommitmentStatus.DELIVERED],
    )
    reason = forms.CharField(label=_("reason"), required=False)


class LinkMissionForm(StyledFormMixin, forms.Form):
    mission = forms.ModelChoiceField(
        label=_("mission"), queryset=MissionRequest.objects.order_by("-start_date")
    )


class FollowUpForm(StyledFormMixin, forms.Form):
    mission = forms.ModelChoiceField(
        label=_("mission"),
        queryset=MissionRequest.objects.filter(report__isnull=False).order_by("-start_date"),
    )
    title = forms.CharField(label=_("commitment"), max_length=300, required=False,
                            help_text=_("Left empty: the first follow-up action of the report."))  # fmt: skip
    owner = forms.ModelChoiceField(label=_("owner"), queryset=Person.objects.all(), required=False)
    due_on = DateField(label=_("due on"), required=False)


class RoadmapForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("title"), max_length=300)
    start_on = DateField(label=_("from"), required=False)
    end_on = DateField(label=_("until"), required=False)


class MilestoneForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("title"), max_length=300)
    target_on = DateField(label=_("target date"), required=False)


class ImportForm(StyledFormMixin, forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"))
