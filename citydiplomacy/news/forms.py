import datetime as dt

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.agreements.models import Agreement
from citydiplomacy.core.forms import StyledFormMixin
from citydiplomacy.core.models import Unit
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.partners.models import City, Organization

from .labels import organization_from_persian
from .models import EVENT_TYPES, Source, Story


class SourceForm(StyledFormMixin, forms.ModelForm):
    url = forms.URLField(label=_("address"), max_length=1000, assume_scheme="https")

    class Meta:
        model = Source
        fields = ["name", "url", "kind", "lang", "active", "interval_minutes"]
        widgets = {"url": forms.URLInput(attrs={"dir": "ltr"})}

    def clean_url(self):
        url = self.cleaned_data["url"]
        if not url.lower().startswith(("http://", "https://")):
            raise forms.ValidationError(_("Only http and https addresses can be fetched."))
        from citydiplomacy.core.errors import DomainError

        from .services import check_source_url

        try:
            check_source_url(url)
        except DomainError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return url


def _english_names(names, proposed=None):
    """English names of places typed in Persian: the partner directory's, else the English name the engine
    gave a place the article wrote so (shown in the form as written), else the engine's gazetteer's."""
    from citydiplomacy.partners.models import City, Country

    from .services import gazetteer

    names = {n for n in names if n}
    english = {}
    for name_en, written in ((proposed or {}).get("surface_forms") or {}).items():
        english.update((form, name_en) for form in written or () if form)
    english.update(Country.objects.filter(name_fa__in=names).values_list("name_fa", "name_en"))
    english.update(City.objects.filter(name_fa__in=names).values_list("name_fa", "name_en"))
    for name in names - set(english):
        if any("\u0600" <= ch <= "\u06ff" for ch in name):
            hits = [h for h in gazetteer().find(name) if h.entry.kind in ("city", "country")]
            if len(hits) == 1 and len(hits[0].surface) >= len(name.strip()) - 1:
                english[name] = hits[0].entry.canonical
    return english


def _names(text):
    return [part.strip() for part in (text or "").replace("،", ",").split(",") if part.strip()]


class CorrectionForm(StyledFormMixin, forms.Form):
    is_city_diplomacy = forms.BooleanField(label=_("about the city's international activity"), required=False)
    event_type = forms.ChoiceField(label=_("event type"), choices=EVENT_TYPES)
    home_city = forms.CharField(label=_("home city"), required=False)
    cities = forms.CharField(label=_("partner cities (comma-separated)"), required=False)
    countries = forms.CharField(label=_("countries (comma-separated)"), required=False)
    organizations = forms.CharField(label=_("organizations (comma-separated)"), required=False)
    event_date = forms.DateField(label=_("event date"), required=False)

    def __init__(self, *args, proposed=None, **kwargs):
        if proposed is not None and "initial" not in kwargs:
            from citydiplomacy.core.templatetags.cd import listing

            from .services import localized_all

            # places named in the reader's language (one the directory lacks as the article wrote it)
            initial = dict(localized_all([proposed], written=True)[0])
            for key in ("cities", "countries", "organizations"):
                initial[key] = listing(initial.get(key))
            try:  # a date, so the field shows it in the reader's calendar (the record keeps ISO text)
                initial["event_date"] = dt.date.fromisoformat(initial.get("event_date") or "")
            except (TypeError, ValueError):
                initial["event_date"] = None
            kwargs["initial"] = initial
        self.proposed = proposed or {}
        super().__init__(*args, **kwargs)
        from citydiplomacy.core.forms import DateField

        self.fields["event_date"] = DateField(label=_("event date"), required=False)

    def changes(self):
        data = dict(self.cleaned_data)
        for key in ("cities", "countries", "organizations"):
            data[key] = _names(data[key])
        data["organizations"] = [organization_from_persian(name) for name in data["organizations"]]
        # the record keeps places by their English names, as the engine gives them (Persian ones typed back)
        english = _english_names(
            [*data["cities"], *data["countries"], data.get("home_city") or ""], self.proposed
        )
        for key in ("cities", "countries"):
            data[key] = [english.get(name, name) for name in data[key]]
        if data.get("home_city"):
            data["home_city"] = english.get(data["home_city"], data["home_city"])
        data["event_date"] = data["event_date"].isoformat() if data.get("event_date") else None
        return data


class AcceptForm(StyledFormMixin, forms.Form):
    create_mission = forms.BooleanField(
        label=_("create a draft mission request from this story"), required=False
    )
    unit = forms.ModelChoiceField(
        label=_("unit of the new request"), queryset=Unit.objects.all(), required=False
    )
    another_trip = forms.BooleanField(
        label=_("this is another trip than the missions already recorded for these days"), required=False
    )
    mission = forms.ModelChoiceField(
        label=_("or link an existing mission"), queryset=MissionRequest.objects.none(), required=False
    )
    city = forms.ModelChoiceField(
        label=_("partner city"), queryset=City.objects.select_related("country"), required=False
    )
    agreement = forms.ModelChoiceField(
        label=_("agreement it concerns"), queryset=Agreement.objects.order_by("-signed_on"), required=False
    )

    def __init__(self, *args, story=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = MissionRequest.objects.order_by("-start_date")
        if story is not None and story.published:
            import datetime as dt

            qs = qs.filter(
                start_date__range=(
                    story.published - dt.timedelta(days=60),
                    story.published + dt.timedelta(days=30),
                )
            )
        self.fields["mission"].queryset = qs[:200] if not self.is_bound else MissionRequest.objects.all()

    def clean(self):
        data = super().clean()
        if data.get("create_mission") and data.get("mission"):
            raise forms.ValidationError(_("Either create a mission or link one, not both."))
        if data.get("create_mission") and not data.get("unit"):
            self.add_error("unit", _("Choose the unit the mission belongs to."))
        return data


class DismissForm(StyledFormMixin, forms.Form):
    reason = forms.CharField(label=_("reason"), required=False, max_length=300)


class PasteForm(StyledFormMixin, forms.Form):
    url = forms.URLField(label=_("address of the article"), max_length=1000, assume_scheme="https")
    title = forms.CharField(label=_("title"), required=False, max_length=500)
    text = forms.CharField(label=_("text of the article"), widget=forms.Textarea(attrs={"rows": 8}))


class MergeForm(StyledFormMixin, forms.Form):
    stories = forms.ModelMultipleChoiceField(
        label=_("stories that report the same event"), queryset=Story.objects.none()
    )

    def __init__(self, *args, story=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = Story.objects.filter(status=Story.Status.NEW).exclude(pk=getattr(story, "pk", None))
        if not self.is_bound and story is not None and story.published:
            import datetime as dt

            # the stories of the same days, and those whose date no outlet gave (they may be the same)
            near = (story.published - dt.timedelta(days=10), story.published + dt.timedelta(days=10))
            qs = qs.filter(Q(published__range=near) | Q(published__isnull=True))
            qs = qs.order_by(F("published").desc(nulls_last=True), "-id")[:50]
        self.fields["stories"].queryset = qs


class AliasForm(StyledFormMixin, forms.Form):
    name = forms.CharField(label=_("name as written in the article"), max_length=200)
    city = forms.ModelChoiceField(
        label=_("is another name of the city"), queryset=City.objects.all(), required=False
    )
    organization = forms.ModelChoiceField(
        label=_("or of the organization"), queryset=Organization.objects.all(), required=False
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("city")) == bool(data.get("organization")):
            raise forms.ValidationError(_("Choose either a partner city or an organization."))
        return data
