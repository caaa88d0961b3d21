"""One filter definition for the leads: the board, the list, the Excel export and the API."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet
from citydiplomacy.core.forms import NamedModelChoiceField, StyledFormMixin
from citydiplomacy.core.models import Role, Unit, User
from citydiplomacy.partners.models import Country

from .models import Lead, Offering, OfferingKind, Source, Stage


class FilterForm(StyledFormMixin, forms.Form):
    pass


class NamedFilter(django_filters.ModelChoiceFilter):
    """Choices read as plain names in the reader's language (no model instance per option)."""

    field_class = NamedModelChoiceField


class LeadFilter(FilterSet):
    q = django_filters.CharFilter(label=_("title"), field_name="title", lookup_expr="icontains")
    offering = NamedFilter(
        label=_("offering"), queryset=Offering.objects.all(), field_name="offerings", distinct=False
    )
    country = NamedFilter(label=_("country"), queryset=Country.objects.all())
    owner = django_filters.ModelChoiceFilter(
        label=_("owner"), queryset=User.objects.filter(role__in=[Role.EXPORTS, Role.ADMIN])
    )
    source = django_filters.ChoiceFilter(label=_("source"), choices=Source.choices)
    stage = django_filters.ChoiceFilter(label=_("stage"), choices=Stage.choices)

    class Meta:
        model = Lead
        fields = ["q", "offering", "country", "owner", "source", "stage"]
        form = FilterForm

    def read_choices(self):
        """The filter bar's choices in one statement: the offerings, the countries that have leads and the one
        chosen (rather than the whole world; any country is still accepted in the address, as by the API), and
        the exports officers, each list in the reader's alphabetical order."""
        from django.utils.translation import get_language

        from citydiplomacy.core.sql import fetch, quoted
        from citydiplomacy.lib.persian import sort_key

        from .models import PipelineTally

        chosen = self.form.cleaned_data.get("country") if self.is_valid() else None
        o, c, t, u = Offering, Country, PipelineTally, User
        sql = (
            f"SELECT 'offering', {quoted(o, 'id')}, {quoted(o, 'name_fa')}, {quoted(o, 'name_en')}, NULL, NULL "
            f"FROM {quoted(o)} UNION ALL "
            f"SELECT 'country', {quoted(c, 'id')}, {quoted(c, 'name_fa')}, {quoted(c, 'name_en')}, NULL, NULL "
            f"FROM {quoted(c)} WHERE {quoted(c, 'id')} = %s OR {quoted(c, 'id')} IN (SELECT {quoted(t, 'key')} "
            f"FROM {quoted(t)} WHERE {quoted(t, 'dimension')} = %s AND {quoted(t, 'leads')} > 0) UNION ALL "
            f"SELECT 'owner', {quoted(u, 'id')}, {quoted(u, 'first_name')}, {quoted(u, 'last_name')}, "
            f"{quoted(u, 'username')}, {quoted(u, 'name_en')} FROM {quoted(u)} WHERE {quoted(u, 'role')} IN (%s, %s)"
        )
        params = [getattr(chosen, "pk", None), str(t.Dimension.COUNTRY), str(Role.EXPORTS), str(Role.ADMIN)]
        rows = fetch(sql, params)
        english = get_language() == "en"
        options = {"offering": [], "country": [], "owner": []}
        for kind, pk, first, second, username, name_en in rows:
            if kind == "owner":  # as a user reads (User.__str__)
                label = (name_en if english and name_en else f"{first} {second}".strip()) or username
            else:
                label = second if english and second else first
            options[kind].append((pk, label))
        for name, choices in options.items():
            field = self.form.fields[name]
            choices.sort(key=lambda option: sort_key(option[1]))
            # Django's own setter: the model field then offers this list (it still validates on its queryset)
            forms.ChoiceField.choices.fset(
                field, [("", field.empty_label), *choices] if field.empty_label is not None else choices
            )


class OfferingFilter(FilterSet):
    q = django_filters.CharFilter(label=_("name"), method="search")
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=OfferingKind.choices)
    unit = NamedFilter(label=_("owning unit"), queryset=Unit.objects.all())

    class Meta:
        model = Offering
        fields = ["q", "kind", "unit"]
        form = FilterForm

    def search(self, queryset, name, value):
        from django.db.models import Q

        return queryset.filter(Q(name_fa__icontains=value) | Q(name_en__icontains=value))
