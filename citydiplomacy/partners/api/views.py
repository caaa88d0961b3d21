from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError

from .. import services
from ..filters import FILTERS
from ..models import City, Contact, Country, Organization, PartnerKind
from ..search import search
from .permissions import RegistryPermission
from .serializers import (
    CitySerializer,
    ContactSerializer,
    CountrySerializer,
    OrganizationSerializer,
    SearchResultsSerializer,
)


class PartnerViewSet(viewsets.ModelViewSet):
    """Lists, reads and edits partners of one kind through the same services as the pages."""

    permission_classes = [RegistryPermission]
    kind = None

    def get_queryset(self):
        return self.queryset.order_by("name_en", "pk")

    def perform_create(self, serializer):
        try:
            serializer.instance = services.create_partner(
                self.kind, self.request.user, **serializer.validated_data
            )
        except DomainError as exc:
            raise ValidationError({"detail": exc.message}) from None

    def perform_update(self, serializer):
        try:
            services.update_partner(
                serializer.instance, self.kind, self.request.user, **serializer.validated_data
            )
        except DomainError as exc:
            raise ValidationError({"detail": exc.message}) from None

    def perform_destroy(self, instance):
        services.delete_partner(instance, self.kind, self.request.user)  # 409 when records refer to it


class CountryViewSet(PartnerViewSet):
    kind, queryset, serializer_class, filterset_class = (
        "country",
        Country.objects.all(),
        CountrySerializer,
        FILTERS["country"],
    )
    http_method_names = ["get", "patch", "head", "options"]


class CityViewSet(PartnerViewSet):
    kind, queryset, serializer_class, filterset_class = (
        "city",
        City.objects.all(),
        CitySerializer,
        FILTERS["city"],
    )


class OrganizationViewSet(PartnerViewSet):
    kind, queryset, serializer_class = "organization", Organization.objects.all(), OrganizationSerializer
    filterset_class = FILTERS["organization"]


class ContactViewSet(PartnerViewSet):
    kind, queryset, serializer_class = (
        "contact",
        Contact.objects.prefetch_related("positions"),
        ContactSerializer,
    )
    filterset_class = FILTERS["contact"]


@extend_schema(
    parameters=[
        OpenApiParameter("q", OpenApiTypes.STR, OpenApiParameter.QUERY, description="A name's start.")
    ],
    responses=SearchResultsSerializer,
    tags=["registry"],
)
@api_view(["GET"])
@permission_classes([RegistryPermission])
def registry_search(request):
    """Every partner and agreement whose name or alias starts, at a word, with `q`."""
    results = []
    for kind, object_id, label in search(request.query_params.get("q", "")):
        url = (
            reverse("agreements:detail", args=[object_id])
            if kind == PartnerKind.AGREEMENT
            else reverse("partners:detail", args=[kind, object_id])
        )
        results.append({"kind": kind, "id": object_id, "label": label, "url": url})
    return Response({"results": results})
