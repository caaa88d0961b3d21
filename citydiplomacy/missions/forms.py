from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import DateField, StyledFormMixin
from citydiplomacy.core.models import Person, Unit
from citydiplomacy.core.uploads import UploadValidator

from .models import Attachment, CommitteeSession, MissionRequest


class MissionRequestForm(StyledFormMixin, forms.ModelForm):
    start_date = DateField(label=_("start date"))
    end_date = DateField(label=_("end date"))

    class Meta:
        model = MissionRequest
        fields = [
            "title", "unit", "purpose", "mode", "countries", "cities", "host_organization", "event", "start_date",
            "end_date", "travellers", "funding", "estimated_cost", "currency", "justification", "expected_results",
        ]  # fmt: skip
        widgets = {
            "justification": forms.Textarea(attrs={"rows": 3}),
            "expected_results": forms.Textarea(attrs={"rows": 3}),
            "countries": forms.SelectMultiple(attrs={"size": 6}),
            "cities": forms.SelectMultiple(attrs={"size": 6}),
            "travellers": forms.SelectMultiple(attrs={"size": 6}),
            "currency": forms.TextInput(attrs={"dir": "ltr", "translate": "no", "maxlength": 3}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["travellers"].queryset = Person.objects.select_related("unit")
        self.fields["cities"].queryset = self.fields["cities"].queryset.select_related("country")
        self.fields["event"].queryset = self.fields["event"].queryset.filter(hosted=False)  # events attended
        if user is not None and not user.is_secretary:
            self.fields["unit"].queryset = Unit.objects.filter(pk=user.unit_id)
            self.fields["unit"].initial = user.unit_id
            self.fields["unit"].disabled = True

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        return data

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        for name in ("countries", "cities", "travellers"):
            data[name] = list(data[name])
        return data


class ReasonForm(StyledFormMixin, forms.Form):
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    session = forms.ModelChoiceField(
        label=_("session"), queryset=CommitteeSession.objects.all(), required=False
    )


class RealizeForm(StyledFormMixin, forms.Form):
    actual_start_date = DateField(label=_("actual start date"))
    actual_end_date = DateField(label=_("actual end date"))
    actual_travellers = forms.ModelMultipleChoiceField(
        label=_("actual travellers"),
        queryset=Person.objects.all(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    def __init__(self, *args, mission=None, **kwargs):
        super().__init__(*args, **kwargs)
        if mission is not None and not self.is_bound:
            self.initial.update(
                actual_start_date=mission.start_date,
                actual_end_date=mission.end_date,
                actual_travellers=list(mission.travellers.values_list("pk", flat=True)),
            )

    def clean(self):
        data = super().clean()
        start, end = data.get("actual_start_date"), data.get("actual_end_date")
        if start and end and end < start:
            self.add_error("actual_end_date", _("The end date is before the start date."))
        return data


class CancelForm(StyledFormMixin, forms.Form):
    reason = forms.CharField(label=_("reason of cancellation"), widget=forms.Textarea(attrs={"rows": 2}))


class ReportForm(StyledFormMixin, forms.Form):
    results = forms.CharField(label=_("results"), widget=forms.Textarea(attrs={"rows": 5}))
    follow_up = forms.CharField(
        label=_("follow-up actions"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    files = forms.FileField(label=_("attachment"), required=False, validators=[UploadValidator()])


class AttachmentForm(StyledFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=Attachment.Kind.choices)
    title = forms.CharField(label=_("title"), required=False)
    file = forms.FileField(label=_("file"), validators=[UploadValidator()])


class SessionForm(StyledFormMixin, forms.ModelForm):
    date = DateField(label=_("date"))

    class Meta:
        model = CommitteeSession
        fields = ["number", "date", "attendees", "notes"]
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 3}),
            "attendees": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["number"].required = False
        from citydiplomacy.core.models import User

        self.fields["attendees"].queryset = User.objects.filter(role__in=["secretary", "member", "chair"])


class AgendaForm(StyledFormMixin, forms.Form):
    mission = forms.ModelChoiceField(
        label=_("request"), queryset=MissionRequest.objects.filter(status="submitted")
    )
