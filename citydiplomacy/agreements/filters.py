"""One filter definition for agreements and commitments: the pages, the exports and the API."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from citydiplomacy.core.filters import FilterSet, IntegerFilter
from citydiplomacy.core.models import Person, Unit
from citydiplomacy.lib.persian import normalize_name
from citydiplomacy.partners.models import Country
from citydiplomacy.partners.search import prefix_filter

from .models import Agreement, Commitment, CommitmentStatus, Domain, Kind, Party, Status


@extend_schema_field(OpenApiTypes.INT)
class CountryChoiceFilter(django_filters.ModelChoiceFilter):
    """A partner country, by id (a filter method has no model field for the schema to read its type from)."""


def _search_ids(value, kind):
    from citydiplomacy.partners.models import SearchName

    key = normalize_name(value)
    return prefix_filter(SearchName.objects.filter(kind=kind), key).values("object_id")


class AgreementFilter(FilterSet):
    q = django_filters.CharFilter(label=_("title, reference or partner"), method="search")
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=Kind.choices)
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)
    state = django_filters.ChoiceFilter(
        label=_("validity"), method="by_state",
        choices=[("in_force", _("In force")), ("expiring", _("Expiring within 90 days")), ("expired", _("Expired"))],
    )  # fmt: skip
    country = CountryChoiceFilter(
        label=_("partner country"), queryset=Country.objects.all(), method="by_country"
    )
    domain = django_filters.ModelChoiceFilter(
        label=_("cooperation domain"), queryset=Domain.objects.all(), field_name="domains"
    )

    class Meta:
        model = Agreement
        fields = ["q", "kind", "status", "state", "country", "domain"]

    def search(self, queryset, name, value):
        if not normalize_name(value):
            return queryset
        from django.db.models import Q

        partner_agreements = Party.objects.filter(
            Q(city__in=_search_ids(value, "city"))
            | Q(organization__in=_search_ids(value, "organization"))
            | Q(country__in=_search_ids(value, "country"))
        ).values("agreement_id")
        return queryset.filter(Q(pk__in=_search_ids(value, "agreement")) | Q(pk__in=partner_agreements))

    def by_state(self, queryset, name, value):
        today = timezone.localdate()
        return {"in_force": queryset.in_force, "expiring": queryset.expiring, "expired": queryset.expired}[
            value
        ](today)

    def by_country(self, queryset, name, value):
        return queryset.filter(pk__in=Party.objects.filter(country=value).values("agreement_id"))


class CommitmentFilter(FilterSet):
    status = django_filters.ChoiceFilter(label=_("status"), choices=CommitmentStatus.choices)
    overdue = django_filters.BooleanFilter(label=_("overdue"), method="by_overdue")
    owner = django_filters.ModelChoiceFilter(label=_("owner"), queryset=Person.objects.all())
    owner_unit = django_filters.ModelChoiceFilter(label=_("owner unit"), queryset=Unit.objects.all())
    country = CountryChoiceFilter(
        label=_("partner country"), queryset=Country.objects.all(), method="by_country"
    )
    agreement = IntegerFilter(label=_("agreement"), field_name="agreement_id")

    class Meta:
        model = Commitment
        fields = ["status", "overdue", "owner", "owner_unit", "country", "agreement"]

    def by_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        today = timezone.localdate()
        overdue = queryset.overdue(today)
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))

    def by_country(self, queryset, name, value):
        return queryset.filter(agreement__in=Party.objects.filter(country=value).values("agreement_id"))
