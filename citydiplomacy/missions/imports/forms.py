from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.forms import StyledFormMixin


class ImportForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("File"), help_text=_("An .xlsx or .csv file with the columns of the template.")
    )
    dry_run = forms.BooleanField(
        label=_("Only check the file (dry run)"), required=False, initial=True,
        help_text=_("Every row is checked and nothing is written."),
    )  # fmt: skip
    update = forms.BooleanField(
        label=_("Replace requests whose data changed"), required=False,
        help_text=_("Without this, a known reference with other data is an error."),
    )  # fmt: skip

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError(_("Upload an .xlsx or .csv file."))
        return upload
