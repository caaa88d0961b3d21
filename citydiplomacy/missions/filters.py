"""One filter definition for the web list, the API list and the export."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet
from citydiplomacy.core.forms import DateField, NamedModelChoiceField, StyledFormMixin
from citydiplomacy.core.models import Unit
from citydiplomacy.partners.models import Country

from .models import MissionRequest, Mode, Purpose, Status


class JalaliDateFilter(django_filters.DateFilter):
    field_class = DateField


class FilterForm(StyledFormMixin, forms.Form):
    pass


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = NamedModelChoiceField


class MissionFilter(FilterSet):
    q = django_filters.CharFilter(label=_("search"), method="search")
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)
    purpose = django_filters.ChoiceFilter(label=_("purpose"), choices=Purpose.choices)
    mode = django_filters.ChoiceFilter(label=_("mode"), choices=Mode.choices)
    unit = UnitFilter(label=_("unit"), queryset=Unit.objects.all())
    country = django_filters.CharFilter(label=_("country"), method="by_country")
    start_from = JalaliDateFilter(label=_("starts from"), field_name="start_date", lookup_expr="gte")
    start_to = JalaliDateFilter(label=_("starts until"), field_name="start_date", lookup_expr="lte")

    class Meta:
        model = MissionRequest
        fields = ["q", "status", "purpose", "mode", "unit", "country", "start_from", "start_to"]
        form = FilterForm

    def by_country(self, queryset, name, value):
        """A country by ISO code or any of its names, in Persian or English."""
        from citydiplomacy.lib.persian import normalize_name

        key = normalize_name(value)
        if not key:
            return queryset
        countries = Country.objects.filter(Q(iso2__iexact=key) | Q(name_keys__contains=f"|{key}|"))
        return queryset.filter(countries__in=countries).distinct()

    def search(self, queryset, name, value):
        from citydiplomacy.lib.persian import unify_letters

        value = unify_letters(value.strip())
        return queryset.filter(
            Q(title__icontains=value) | Q(reference__icontains=value) | Q(host_organization__icontains=value)
        )
