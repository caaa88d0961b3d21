from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import DateField, StyledFormMixin


class CouncilReportForm(StyledFormMixin, forms.Form):
    """The period of the council report; the fields are named `from` and `to` like the API's parameters."""

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data


# `from` is a Python keyword, so the fields are set here rather than declared in the class body.
CouncilReportForm.base_fields = {"from": DateField(label=_("From")), "to": DateField(label=_("To"))}
