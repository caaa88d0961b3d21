import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet

from .models import EntrantKind, Entry, Result


class EntryFilter(FilterSet):
    q = django_filters.CharFilter(label=_("search"), method="search")
    category = django_filters.NumberFilter(field_name="category_id", label=_("category"))
    country = django_filters.NumberFilter(field_name="country_id", label=_("country"))
    entrant_kind = django_filters.ChoiceFilter(choices=EntrantKind.choices, label=_("entrant"))
    result = django_filters.ChoiceFilter(choices=Result.choices[1:], label=_("result"))
    confirmed = django_filters.BooleanFilter(field_name="email_confirmed_at", lookup_expr="isnull", exclude=True,
                                             label=_("e-mail confirmed"))  # fmt: skip

    class Meta:
        model = Entry
        fields = []

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(code__icontains=value) | Q(title__icontains=value))
