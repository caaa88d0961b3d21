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

    def offer_countries_in_use(self):
        """The filter bar offers the countries that have leads, and the one chosen, rather than the whole world
        (any country is still accepted in the address, as by the API)."""
        from django.db.models import Q

        from .models import PipelineTally

        chosen = self.form.cleaned_data.get("country") if self.is_valid() else None
        in_use = PipelineTally.objects.filter(dimension=PipelineTally.Dimension.COUNTRY, leads__gt=0).values(
            "key"
        )
        field = self.form.fields["country"]
        field.queryset = field.queryset.filter(Q(pk__in=in_use) | Q(pk=getattr(chosen, "pk", None)))


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
