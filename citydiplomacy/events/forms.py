import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citydiplomacy.agreements.models import Agreement
from citydiplomacy.core.forms import DateField, StyledFormMixin
from citydiplomacy.core.models import Person
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.partners.models import Contact

from .models import Audience, Event, Exhibitor, Session, Status

MULTI = {"size": 5}


class EventForm(StyledFormMixin, forms.ModelForm):
    start_date = DateField(label=_("start date"))
    end_date = DateField(label=_("end date"))
    audiences = forms.MultipleChoiceField(
        label=_("audiences served"),
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Event
        fields = [
            "title_fa", "title_en", "kind", "hosted", "virtual", "start_date", "end_date", "venue", "city", "country",
            "series", "edition", "organizers", "co_organizers", "audiences", "partner_cities", "partner_organizations",
            "partner_contacts", "description", "met_with", "discussed", "meeting_tables",
        ]  # fmt: skip
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "met_with": forms.Textarea(attrs={"rows": 2}),
            "discussed": forms.Textarea(attrs={"rows": 3}),
            **{
                name: forms.SelectMultiple(attrs=MULTI)
                for name in (
                    "organizers",
                    "co_organizers",
                    "partner_cities",
                    "partner_organizations",
                    "partner_contacts",
                )
            },  # fmt: skip
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["audiences"].initial = self.instance.audience_codes()
        self.fields["audiences"].widget.attrs.pop("class", None)
        for name in ("partner_cities", "city"):
            self.fields[name].queryset = self.fields[name].queryset.select_related("country")

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        return data

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        for name in (
            "organizers",
            "co_organizers",
            "partner_cities",
            "partner_organizations",
            "partner_contacts",
        ):
            data[name] = list(data[name])
        return data


class StatusForm(StyledFormMixin, forms.Form):
    status = forms.ChoiceField(
        label=_("status"), choices=[c for c in Status.choices if c[0] != Status.POSTPONED]
    )
    reason = forms.CharField(label=_("reason"), required=False)


class PostponeForm(StyledFormMixin, forms.Form):
    start_date = DateField(label=_("new start date"))
    end_date = DateField(label=_("new end date"))
    reason = forms.CharField(label=_("reason"), required=False)


class FollowUpForm(StyledFormMixin, forms.Form):
    title = forms.CharField(label=_("action"), max_length=300)
    owner = forms.ModelChoiceField(label=_("owner"), queryset=Person.objects.all(), required=False)
    due_on = DateField(label=_("due on"), required=False)


class CommitForm(StyledFormMixin, forms.Form):
    agreement = forms.ModelChoiceField(
        label=_("agreement"), queryset=Agreement.objects.order_by("-signed_on")
    )


class LinkMissionForm(StyledFormMixin, forms.Form):
    mission = forms.ModelChoiceField(
        label=_("mission"), queryset=MissionRequest.objects.order_by("-start_date")
    )


class LinkAgreementForm(StyledFormMixin, forms.Form):
    agreement = forms.ModelChoiceField(
        label=_("agreement"), queryset=Agreement.objects.order_by("-signed_on")
    )


class TimeInput(forms.TimeInput):
    input_type = "time"


class SessionForm(StyledFormMixin, forms.ModelForm):
    """A day (Jalali or ISO) and start and end times, in Tehran time."""

    day = DateField(label=_("day"))
    start_time = forms.TimeField(label=_("starts at"), widget=TimeInput(attrs={"dir": "ltr"}))
    end_time = forms.TimeField(label=_("ends at"), widget=TimeInput(attrs={"dir": "ltr"}))

    class Meta:
        model = Session
        fields = ["title_fa", "title_en", "day", "start_time", "end_time", "room", "chairs", "speakers",
                  "languages", "interpretation", "description"]  # fmt: skip
        widgets = {
            "chairs": forms.SelectMultiple(attrs=MULTI),
            "speakers": forms.SelectMultiple(attrs=MULTI),
            "description": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chairs"].queryset = Contact.objects.all()
        self.fields["speakers"].queryset = Contact.objects.all()
        if self.instance.pk:
            start = timezone.localtime(self.instance.starts_at)
            end = timezone.localtime(self.instance.ends_at)
            self.initial.update(day=start.date(), start_time=start.time(), end_time=end.time())

    def clean(self):
        data = super().clean()
        day, start, end = data.get("day"), data.get("start_time"), data.get("end_time")
        if day and start and end:
            tz = timezone.get_current_timezone()
            data["starts_at"] = timezone.make_aware(dt.datetime.combine(day, start), tz)
            data["ends_at"] = timezone.make_aware(dt.datetime.combine(day, end), tz)
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("end_time", _("A session ends after it starts."))
        return data

    def _post_clean(self):
        pass  # the service checks and saves

    def service_kwargs(self):
        data = dict(self.cleaned_data)
        for name in ("day", "start_time", "end_time"):
            data.pop(name)
        data["chairs"], data["speakers"] = list(data["chairs"]), list(data["speakers"])
        return data


class DelegationForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        from .models import Delegation

        model = Delegation
        fields = ["name", "country", "head"]


class InvitationForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        from .models import Invitation

        model = Invitation
        fields = ["guest_name", "contact", "city", "organization", "country", "delegation", "audience", "foreign",
                  "hotel_nights", "interpreter", "protocol_level", "dietary_needs", "responsible"]  # fmt: skip

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        from citydiplomacy.core.models import User

        self.fields["guest_name"].required = False
        self.fields["guest_name"].help_text = _("Left empty: the name of the person chosen.")
        self.fields["delegation"].queryset = (
            event.delegations.all() if event else self.fields["delegation"].queryset
        )
        self.fields["responsible"].queryset = User.objects.filter(is_active=True).order_by("username")
        self.fields["city"].queryset = self.fields["city"].queryset.select_related("country")

    def _post_clean(self):
        pass  # the service checks and saves

    def service_kwargs(self):
        return dict(self.cleaned_data)


class CheckInForm(StyledFormMixin, forms.Form):
    code = forms.CharField(label=_("badge code"), max_length=40, widget=forms.TextInput(
        attrs={"autofocus": True, "autocomplete": "off", "dir": "ltr"}))  # fmt: skip


class LetterTemplateForm(StyledFormMixin, forms.Form):
    from .models import LetterKind

    kind = forms.ChoiceField(label=_("kind"), choices=LetterKind.choices)
    language = forms.ChoiceField(label=_("language"), choices=[("fa", "فارسی"), ("en", "English")])
    subject = forms.CharField(label=_("subject"), max_length=300)
    body = forms.CharField(label=_("body"), widget=forms.Textarea(attrs={"rows": 10}))


class ExhibitorForm(StyledFormMixin, forms.Form):
    from citydiplomacy.partners.models import Organization

    from .models import ExhibitorKind

    organization = forms.ModelChoiceField(label=_("organization"), queryset=Organization.objects.all())
    kind = forms.ChoiceField(label=_("kind"), choices=ExhibitorKind.choices)
    booth = forms.CharField(label=_("booth"), max_length=30, required=False)
    products = forms.CharField(label=_("products"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class SlotsForm(StyledFormMixin, forms.Form):
    day = DateField(label=_("day"))
    start = forms.TimeField(label=_("from"), widget=TimeInput(attrs={"dir": "ltr"}))
    end = forms.TimeField(label=_("until"), widget=TimeInput(attrs={"dir": "ltr"}))
    minutes = forms.IntegerField(label=_("minutes a meeting"), min_value=5, max_value=240, initial=20)


class MeetingRequestForm(StyledFormMixin, forms.Form):
    participant = forms.ModelChoiceField(label=_("participant"), queryset=Contact.objects.all())
    exhibitor = forms.ModelChoiceField(label=_("exhibitor"), queryset=Exhibitor.objects.none())
    by_exhibitor = forms.BooleanField(label=_("asked by the exhibitor"), required=False)
    note = forms.CharField(label=_("subject"), max_length=300, required=False)

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["exhibitor"].queryset = event.exhibitors.select_related("organization")


class OutcomeForm(StyledFormMixin, forms.Form):
    held = forms.BooleanField(label=_("held"), required=False)
    follow_up = forms.BooleanField(label=_("follow-up wanted"), required=False)
    export_lead = forms.BooleanField(label=_("a lead for the city's service exports"), required=False)
    possible_agreement = forms.BooleanField(label=_("a possible agreement"), required=False)
    outcome_notes = forms.CharField(label=_("notes on the outcome"), required=False)
