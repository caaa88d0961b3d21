from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError
from citydiplomacy.partners.api.permissions import RegistryPermission

from .. import services
from ..filters import AgreementFilter, CommitmentFilter
from ..models import Agreement, Commitment, Representative, Roadmap
from ..reports import agreements_report
from .serializers import (
    AgreementSerializer,
    AgreementsReportSerializer,
    CommitmentSerializer,
    DeliverSerializer,
    RepresentativeSerializer,
    RoadmapSerializer,
    StatusSerializer,
)


def _call(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except DomainError as exc:
        raise ValidationError({"detail": exc.message}) from None


class AgreementViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                       mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [RegistryPermission]
    serializer_class = AgreementSerializer
    filterset_class = AgreementFilter

    def get_queryset(self):
        return Agreement.objects.prefetch_related("parties", "domains", "missions").order_by(
            "-signed_on", "-id"
        )

    def _split(self, data):
        data = dict(data)
        parties = [{k: v for k, v in p.items() if v not in (None, "")} for p in data.pop("parties", [])]
        return data, parties

    def perform_create(self, serializer):
        data, parties = self._split(serializer.validated_data)
        serializer.instance = _call(services.create_agreement, self.request.user, parties=parties, **data)

    def perform_update(self, serializer):
        data, parties = self._split(serializer.validated_data)
        _call(services.update_agreement, serializer.instance, self.request.user,
              parties=parties if "parties" in serializer.validated_data else None, **data)  # fmt: skip

    def _respond(self, pk):
        return Response(AgreementSerializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(request=StatusSerializer, responses=AgreementSerializer)
    @action(detail=True, methods=["post"], serializer_class=StatusSerializer)
    def status(self, request, pk=None):
        agreement = self.get_object()
        data = StatusSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(
            services.change_status, agreement, request.user, today=timezone.localdate(), **data.validated_data
        )
        return self._respond(pk)

    @extend_schema(request=CommitmentSerializer, responses={201: CommitmentSerializer})
    @action(detail=True, methods=["post"], serializer_class=CommitmentSerializer)
    def commitments(self, request, pk=None):
        agreement = self.get_object()
        data = CommitmentSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        commitment = _call(services.add_commitment, agreement, request.user, **data.validated_data)
        return Response(CommitmentSerializer(commitment).data, status=201)


class CommitmentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [RegistryPermission]
    serializer_class = CommitmentSerializer
    filterset_class = CommitmentFilter

    def get_queryset(self):
        return Commitment.objects.order_by("due_on", "id")

    @extend_schema(request=DeliverSerializer, responses=CommitmentSerializer)
    @action(detail=True, methods=["post"], serializer_class=DeliverSerializer)
    def deliver(self, request, pk=None):
        commitment = self.get_object()
        data = DeliverSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.deliver, commitment, request.user, **data.validated_data)
        commitment.refresh_from_db()
        return Response(CommitmentSerializer(commitment).data)


class RepresentativeViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):
    permission_classes = [RegistryPermission]
    serializer_class = RepresentativeSerializer
    queryset = Representative.objects.order_by("-appointed_on", "-id")

    def perform_create(self, serializer):
        d = serializer.validated_data
        serializer.instance = _call(services.appoint_country_representative, d["country"], d["person"],
                                    self.request.user, appointed_on=d.get("appointed_on") or timezone.localdate())  # fmt: skip


class RoadmapViewSet(mixins.ListModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet):
    permission_classes = [RegistryPermission]
    serializer_class = RoadmapSerializer
    queryset = Roadmap.objects.order_by("id")

    def perform_create(self, serializer):
        serializer.instance = _call(services.create_roadmap, self.request.user, **serializer.validated_data)


@extend_schema(responses=AgreementsReportSerializer, tags=["agreements"])
@api_view(["GET"])
@permission_classes([RegistryPermission])
def report(request):
    data = agreements_report(timezone.localdate())
    return Response({
        "today": data["today"], "counts": data["counts"], "totals": data["totals"],
        "per_agreement": [{**{k: v for k, v in r.items() if k != "agreement"}, "agreement": r["agreement"].reference}
                          for r in data["per_agreement"]],
        "per_country": [{**{k: v for k, v in r.items()}, "country": r["country"].iso2} for r in data["per_country"]],
        "per_owner": [{**{k: v for k, v in r.items()}, "owner": str(r["owner"])} for r in data["per_owner"]],
    })  # fmt: skip
