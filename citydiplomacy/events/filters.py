"""One filter definition for the web list, the API list and the export."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet
from citydiplomacy.core.forms import DateField, StyledFormMixin

from .models import Audience, Event, Kind, Status


class JalaliDateFilter(django_filters.DateFilter):
    field_class = DateField


class FilterForm(StyledFormMixin, forms.Form):
    pass


class EventFilter(FilterSet):
    q = django_filters.CharFilter(label=_("search"), method="search")
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=Kind.choices)
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)
    hosted = django_filters.ChoiceFilter(
        label=_("hosted or attended"), choices=[("1", _("Hosted")), ("0", _("Attended"))], method="by_hosted"
    )
    audience = django_filters.ChoiceFilter(
        label=_("audience"), choices=Audience.choices, method="by_audience"
    )
    start_from = JalaliDateFilter(label=_("starts from"), field_name="start_date", lookup_expr="gte")
    start_to = JalaliDateFilter(label=_("starts until"), field_name="start_date", lookup_expr="lte")

    class Meta:
        model = Event
        fields = ["q", "kind", "status", "hosted", "audience", "start_from", "start_to"]
        form = FilterForm

    def by_hosted(self, queryset, name, value):
        return queryset.filter(hosted=value == "1")

    def by_audience(self, queryset, name, value):
        return queryset.filter(audiences__audience=value)

    def search(self, queryset, name, value):
        from citydiplomacy.lib.persian import unify_letters

        value = unify_letters(value.strip())
        return queryset.filter(
            Q(title_fa__icontains=value) | Q(title_en__icontains=value) | Q(venue__icontains=value)
        )
