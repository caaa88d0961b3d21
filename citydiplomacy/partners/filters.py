"""One filter definition per partner list, for the page, the export and the API."""

import django_filters
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet
from citydiplomacy.lib.persian import normalize_name

from .models import City, Contact, Country, Organization, OrganizationKind


class NameSearchMixin(FilterSet):
    q = django_filters.CharFilter(label=_("name or alias"), method="search")

    def search(self, queryset, name, value):
        key = normalize_name(value)
        return queryset.filter(name_keys__contains=key) if key else queryset


class CountryFilter(NameSearchMixin):
    class Meta:
        model = Country
        fields = ["q"]


class CityFilter(NameSearchMixin):
    country = django_filters.ModelChoiceFilter(label=_("country"), queryset=Country.objects.all())

    class Meta:
        model = City
        fields = ["q", "country"]


class OrganizationFilter(NameSearchMixin):
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=OrganizationKind.choices)
    country = django_filters.ModelChoiceFilter(label=_("country"), queryset=Country.objects.all())

    class Meta:
        model = Organization
        fields = ["q", "kind", "country"]


class ContactFilter(NameSearchMixin):
    country = django_filters.ModelChoiceFilter(label=_("country"), queryset=Country.objects.all())
    organization = django_filters.ModelChoiceFilter(
        label=_("organization"), queryset=Organization.objects.all()
    )

    class Meta:
        model = Contact
        fields = ["q", "country", "organization"]


FILTERS = {
    "country": CountryFilter,
    "city": CityFilter,
    "organization": OrganizationFilter,
    "contact": ContactFilter,
}
