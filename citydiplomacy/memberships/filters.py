import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet
from citydiplomacy.core.forms import DateField
from citydiplomacy.lib.persian import normalize_name
from citydiplomacy.partners.models import Organization

from .models import Membership, MembershipStatus, Seat


class MembershipFilter(FilterSet):
    q = django_filters.CharFilter(label=_("name or alias"), method="search")
    status = django_filters.ChoiceFilter(
        label=_("status"), choices=MembershipStatus.choices, method="by_status"
    )
    unpaid = django_filters.BooleanFilter(label=_("dues unpaid"), method="by_unpaid")

    class Meta:
        model = Membership
        fields = ["q", "status", "unpaid"]

    def search(self, queryset, name, value):
        key = normalize_name(value)
        return queryset.filter(organization__name_keys__contains=key) if key else queryset

    def by_status(self, queryset, name, value):
        return queryset.in_status(value, timezone.localdate())

    def by_unpaid(self, queryset, name, value):
        if value is None:
            return queryset
        return (
            queryset.filter(dues__paid_on__isnull=True).distinct()
            if value
            else queryset.exclude(dues__paid_on__isnull=True)
        )


class JalaliDateFilter(django_filters.DateFilter):
    field_class = DateField


class SeatFilter(FilterSet):
    organization = django_filters.ModelChoiceFilter(
        label=_("organization"), queryset=Organization.objects.all()
    )
    held_on = JalaliDateFilter(label=_("held on"), method="by_day")

    class Meta:
        model = Seat
        fields = ["organization", "held_on"]

    def by_day(self, queryset, name, value):
        return queryset  # the list shows the holder on that day; every seat stays listed
