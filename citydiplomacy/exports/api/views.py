from django.db.models import Q
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError
from citydiplomacy.lib.jalali import InvalidDate
from citydiplomacy.reports.services import period_from_params

from .. import services
from ..filters import LeadFilter
from ..models import Activity, Lead, LossReason, Offering
from ..permissions import (
    can_edit_leads,
    can_edit_offering,
    can_read_catalogue,
    can_read_leads,
    can_read_report,
    is_exports_officer,
)
from ..report import exports_report
from .serializers import (
    ActivitySerializer,
    ExportsReportSerializer,
    LeadSerializer,
    MoveSerializer,
    OfferingSerializer,
    ProposalSerializer,
)


def _call(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except DomainError as exc:
        raise ValidationError({"detail": exc.message}) from None


class OfferingPermission(permissions.BasePermission):
    def has_permission(self, request, view):
        if not can_read_catalogue(request.user):
            return False
        return request.method in permissions.SAFE_METHODS or can_edit_offering(request.user)

    def has_object_permission(self, request, view, obj):
        return request.method in permissions.SAFE_METHODS or can_edit_offering(request.user, obj)


class LeadPermission(permissions.BasePermission):
    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return can_read_leads(request.user)
        return can_edit_leads(request.user)


class OfferingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                      mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [OfferingPermission]
    serializer_class = OfferingSerializer

    def get_queryset(self):
        return Offering.objects.prefetch_related("reference_cities", "reference_agreements").order_by(
            "name_en", "id"
        )

    def _check_unit(self, data):
        user = self.request.user
        if not is_exports_officer(user) and "unit" in data and data["unit"].pk != user.unit_id:
            raise ValidationError({"unit": "An offering is edited by its own unit."})
        if not is_exports_officer(user):
            data.pop("public", None)

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        self._check_unit(data)
        serializer.instance = _call(services.create_offering, self.request.user, **data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        self._check_unit(data)
        _call(services.update_offering, serializer.instance, self.request.user, **data)


class LeadViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                  mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [LeadPermission]
    serializer_class = LeadSerializer
    filterset_class = LeadFilter

    def get_queryset(self):
        return Lead.objects.prefetch_related("offerings").order_by("-created_at", "-id")

    def perform_create(self, serializer):
        serializer.instance = _call(services.create_lead, self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        _call(services.update_lead, serializer.instance, self.request.user, **serializer.validated_data)

    def _respond(self, pk):
        return Response(LeadSerializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(request=MoveSerializer, responses=LeadSerializer)
    @action(detail=True, methods=["post"], serializer_class=MoveSerializer)
    def move(self, request, pk=None):
        lead = self.get_object()
        data = MoveSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        to = values.pop("to")
        reason_id = values.pop("lost_reason", None)
        lost_reason = None
        if reason_id is not None:
            lost_reason = LossReason.objects.filter(pk=reason_id).first()
            if lost_reason is None:
                raise ValidationError({"lost_reason": "No such reason."})
        if to == "won":
            win = {k: values[k] for k in ("contract_title", "signed_on", "delivery_due") if values.get(k)}
            _call(services.move, lead, request.user, to, reason=values["reason"], **win)
        else:
            _call(services.move, lead, request.user, to, reason=values["reason"], lost_reason=lost_reason,
                  lost_note=values["lost_note"])  # fmt: skip
        return self._respond(pk)

    @extend_schema(request=ProposalSerializer, responses=LeadSerializer)
    @action(detail=True, methods=["post"], serializer_class=ProposalSerializer)
    def proposals(self, request, pk=None):
        lead = self.get_object()
        data = ProposalSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.add_proposal, lead, request.user, **data.validated_data)
        return self._respond(pk)


class ActivityViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                      viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [LeadPermission]
    serializer_class = ActivitySerializer

    def get_queryset(self):
        qs = Activity.objects.order_by("-on", "-id")
        if getattr(self, "swagger_fake_view", False):  # the schema generator's view has no request
            return qs
        lead = self.request.query_params.get("lead")
        if lead:
            if not lead.isdigit() or len(lead) > 12:
                raise NotFound
            qs = qs.filter(Q(lead_id=int(lead)))
        return qs

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        lead = data.pop("lead")
        serializer.instance = _call(services.add_activity, lead, self.request.user, **data)


@extend_schema(
    parameters=[OpenApiParameter("year", str), OpenApiParameter("term", int), OpenApiParameter("from", str),
                OpenApiParameter("to", str)],
    responses=ExportsReportSerializer,
)  # fmt: skip
@api_view(["GET"])
@permission_classes([permissions.IsAuthenticated])
def report(request):
    if not can_read_report(request.user):
        from rest_framework.exceptions import PermissionDenied

        raise PermissionDenied
    try:
        period = period_from_params(request.query_params)
    except InvalidDate as exc:
        raise ValidationError({"detail": str(exc)}) from None
    return Response(ExportsReportSerializer(exports_report(period.start, period.end)).data)
