from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import DateField, StyledFormMixin
from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import Organization

from .models import Membership, Obligation, Seat


class MembershipForm(StyledFormMixin, forms.ModelForm):
    since = DateField(label=_("member since"), required=False)
    renewal_on = DateField(label=_("renewal date"), required=False)

    class Meta:
        model = Membership
        fields = [
            "organization",
            "since",
            "annual_dues",
            "currency",
            "grace_days",
            "renewal_on",
            "contact",
            "notes",
        ]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}


class DuesForm(StyledFormMixin, forms.Form):
    year = forms.IntegerField(label=_("year"), min_value=1900, max_value=2200)
    due_on = DateField(label=_("due on"))
    amount = forms.DecimalField(label=_("amount"), required=False)
    paid_on = DateField(label=_("paid on"), required=False)


class PayForm(StyledFormMixin, forms.Form):
    paid_on = DateField(label=_("paid on"))


class EndForm(StyledFormMixin, forms.Form):
    ended_on = DateField(label=_("ended on"))
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))


class ObligationForm(StyledFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("kind"), choices=Obligation.Kind.choices)
    title = forms.CharField(label=_("title"), max_length=300)
    due_on = DateField(label=_("due on"), required=False)


class SeatForm(StyledFormMixin, forms.ModelForm):
    next_election_on = DateField(label=_("next election"), required=False)

    class Meta:
        model = Seat
        fields = ["organization", "body", "title_fa", "title_en", "next_election_on", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.order_by("name_en")


class TermForm(StyledFormMixin, forms.Form):
    holder = forms.ModelChoiceField(label=_("holder"), queryset=Person.objects.all(), required=False)
    holder_label = forms.CharField(label=_("held as"), max_length=200, required=False)
    start_on = DateField(label=_("term start"))
    end_on = DateField(label=_("term end"), required=False)
