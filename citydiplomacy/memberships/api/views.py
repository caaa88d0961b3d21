from django.http import JsonResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError
from citydiplomacy.partners.api.permissions import RegistryPermission

from .. import services
from ..filters import MembershipFilter
from ..models import Dues, Membership, MembershipStatus, Seat, SeatTerm


def _call(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except DomainError as exc:
        raise ValidationError({"detail": exc.message}) from None


class DuesSerializer(serializers.ModelSerializer):
    class Meta:
        model = Dues
        fields = ["id", "year", "amount", "due_on", "grace_until", "paid_on"]
        read_only_fields = ["grace_until"]


class MembershipSerializer(serializers.ModelSerializer):
    dues = DuesSerializer(many=True, read_only=True)
    status = serializers.SerializerMethodField()

    class Meta:
        model = Membership
        fields = ["id", "organization", "since", "ended_on", "annual_dues", "currency", "grace_days", "renewal_on",
                  "contact", "notes", "status", "dues"]  # fmt: skip
        read_only_fields = ["ended_on"]

    @extend_schema_field(serializers.ChoiceField(choices=MembershipStatus.choices))
    def get_status(self, obj):
        return obj.current_status(timezone.localdate(), list(obj.dues.all()))


class PaySerializer(serializers.Serializer):
    dues = serializers.IntegerField()
    paid_on = serializers.DateField()


class MembershipViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                        mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [RegistryPermission]
    serializer_class = MembershipSerializer
    filterset_class = MembershipFilter

    def get_queryset(self):
        return (
            Membership.objects.select_related("organization")
            .prefetch_related("dues")
            .order_by("organization__name_en")
        )

    def perform_create(self, serializer):
        serializer.instance = _call(
            services.create_membership, self.request.user, **serializer.validated_data
        )

    def perform_update(self, serializer):
        _call(services.update_membership, serializer.instance, self.request.user, **serializer.validated_data)

    @extend_schema(request=DuesSerializer, responses=MembershipSerializer)
    @action(detail=True, methods=["post"], serializer_class=DuesSerializer)
    def dues(self, request, pk=None):
        membership = self.get_object()
        data = DuesSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.record_dues, membership, request.user, **data.validated_data)
        return Response(MembershipSerializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(request=PaySerializer, responses=MembershipSerializer)
    @action(detail=True, methods=["post"], serializer_class=PaySerializer)
    def pay(self, request, pk=None):
        membership = self.get_object()
        data = PaySerializer(data=request.data)
        data.is_valid(raise_exception=True)
        dues = membership.dues.filter(pk=data.validated_data["dues"]).first()
        if dues is None:
            raise ValidationError({"dues": "Unknown dues."})
        _call(services.pay_dues, dues, request.user, paid_on=data.validated_data["paid_on"])
        return Response(MembershipSerializer(self.get_queryset().get(pk=pk)).data)


class TermSerializer(serializers.ModelSerializer):
    class Meta:
        model = SeatTerm
        fields = ["id", "holder", "holder_label", "start_on", "end_on"]


class SeatSerializer(serializers.ModelSerializer):
    terms = TermSerializer(many=True, read_only=True)

    class Meta:
        model = Seat
        fields = ["id", "organization", "body", "title_fa", "title_en", "next_election_on", "notes", "terms"]


class SeatViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    permission_classes = [RegistryPermission]
    serializer_class = SeatSerializer

    def get_queryset(self):
        return Seat.objects.select_related("organization").prefetch_related("terms").order_by("pk")

    def perform_create(self, serializer):
        serializer.instance = _call(services.create_seat, self.request.user, **serializer.validated_data)

    @extend_schema(request=TermSerializer, responses=SeatSerializer)
    @action(detail=True, methods=["post"], serializer_class=TermSerializer)
    def terms(self, request, pk=None):
        seat = self.get_object()
        data = TermSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.start_term, seat, request.user, **data.validated_data)
        return Response(SeatSerializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(
        parameters=[OpenApiParameter("date", OpenApiTypes.DATE, OpenApiParameter.QUERY, required=True)],
        # the term that covered the day, or null when nobody held the seat then
        responses={200: {"allOf": [{"$ref": "#/components/schemas/Term"}], "nullable": True}},
    )
    @action(detail=True, methods=["get"], url_path="held-on", serializer_class=TermSerializer)
    def held_on(self, request, pk=None):
        """Who held the seat on ?date=YYYY-MM-DD."""
        seat = self.get_object()
        field = serializers.DateField()
        day = _call(lambda: field.to_internal_value(request.query_params.get("date", "")))
        term = services.who_held(seat, day)
        # JSON null when nobody held the seat (DRF would send an empty body without a content type)
        return JsonResponse(TermSerializer(term).data if term else None, safe=False)
