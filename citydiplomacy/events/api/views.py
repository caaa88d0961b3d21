from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError

from .. import b2b, guests, services
from ..filters import EventFilter
from ..models import Event, Exhibitor, Invitation, Meeting, MeetingRequest, Session
from .permissions import EventsPermission, GuestsPermission, ReportPermission
from .serializers import (
    EventPostponeSerializer,
    EventSerializer,
    EventSessionSerializer,
    EventStatusSerializer,
    ExhibitorSerializer,
    InvitationSerializer,
    InvitationStepSerializer,
    MeetingRequestSerializer,
    MeetingSerializer,
)


def _call(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except DomainError as exc:
        raise ValidationError({"detail": exc.message}) from None


class EventViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                   mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [EventsPermission]
    serializer_class = EventSerializer
    filterset_class = EventFilter

    def get_queryset(self):
        return Event.objects.prefetch_related(
            "audiences",
            "organizers",
            "co_organizers",
            "partner_cities",
            "partner_organizations",
            "partner_contacts",
        ).order_by("-start_date", "-id")

    def perform_create(self, serializer):
        serializer.instance = _call(services.create_event, self.request.user, **serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = _call(services.update_event, serializer.instance, self.request.user,
                                    **serializer.validated_data)  # fmt: skip

    def _respond(self, pk):
        return Response(EventSerializer(self.get_queryset().get(pk=pk)).data)

    @action(detail=True, methods=["post"], serializer_class=EventStatusSerializer)
    def status(self, request, pk=None):
        event = self.get_object()
        data = EventStatusSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.change_status, event, request.user, **data.validated_data)
        return self._respond(pk)

    @action(detail=True, methods=["post"], serializer_class=EventPostponeSerializer)
    def postpone(self, request, pk=None):
        event = self.get_object()
        data = EventPostponeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.postpone, event, request.user, **data.validated_data)
        return self._respond(pk)


class SessionFilter(filters.FilterSet):
    class Meta:
        model = Session
        fields = ["event", "room"]


class SessionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                     mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    """The programme: a session refused with 400 if outside the event's dates or double-booked."""

    permission_classes = [EventsPermission]
    serializer_class = EventSessionSerializer
    filterset_class = SessionFilter

    def get_queryset(self):
        return Session.objects.prefetch_related("chairs", "speakers").order_by("starts_at", "id")

    def _save(self, serializer, session=None):
        data = dict(serializer.validated_data)
        event = data.pop("event", None) or session.event
        chairs = data.pop("chairs", None)
        speakers = data.pop("speakers", None)
        if session is not None:
            chairs = list(session.chairs.all()) if chairs is None else chairs
            speakers = list(session.speakers.all()) if speakers is None else speakers
        serializer.instance = _call(services.save_session, event, self.request.user, session=session,
                                    chairs=chairs or [], speakers=speakers or [], **data)  # fmt: skip

    def perform_create(self, serializer):
        self._save(serializer)

    def perform_update(self, serializer):
        self._save(serializer, serializer.instance)


@extend_schema(
    parameters=[
        OpenApiParameter("from", str, description="first day, Jalali (1404-01-01) or ISO"),
        OpenApiParameter("to", str, description="last day, Jalali or ISO"),
        OpenApiParameter("year", str, description="a whole Jalali year instead of from/to"),
        OpenApiParameter("term", str, description="a city-management term's id instead of from/to"),
    ],
    responses=OpenApiTypes.OBJECT,
)
@api_view(["GET"])
@permission_classes([ReportPermission])
def report(request):
    """The events report for a period, as the page shows it."""
    from citydiplomacy.lib.jalali import InvalidDate
    from citydiplomacy.reports.services import period_from_params

    from ..report import events_report

    try:
        period = period_from_params(request.query_params)
    except InvalidDate as exc:
        raise ValidationError({"detail": str(exc)}) from None
    return Response(events_report(period.start, period.end))


class InvitationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                        viewsets.GenericViewSet):  # fmt: skip
    """Guests of hosted events (personal data: the secretary and the administrator only). Each step of an
    invitation is a POST to `step`."""

    permission_classes = [GuestsPermission]
    serializer_class = InvitationSerializer
    filterset_fields = ["event", "status", "audience", "country"]

    def get_queryset(self):
        return Invitation.objects.order_by("event", "guest_name", "id")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        event = data.pop("event")
        serializer.instance = _call(guests.invite, event, self.request.user, **data)

    @action(detail=True, methods=["post"], serializer_class=InvitationStepSerializer)
    def step(self, request, pk=None):
        from ..guest_views import ACTIONS

        invitation = self.get_object()
        data = InvitationStepSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(ACTIONS[data.validated_data["step"]], invitation, request.user)
        return Response(InvitationSerializer(Invitation.objects.get(pk=invitation.pk)).data)


class ExhibitorViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                       viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [EventsPermission]
    serializer_class = ExhibitorSerializer
    filterset_fields = ["event", "kind"]

    def get_queryset(self):
        return Exhibitor.objects.order_by("event", "booth", "id")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        event = data.pop("event")
        serializer.instance = _call(b2b.add_exhibitor, event, self.request.user, **data)


class MeetingRequestViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                            viewsets.GenericViewSet):  # fmt: skip
    permission_classes = [EventsPermission]
    serializer_class = MeetingRequestSerializer
    filterset_fields = ["event", "status", "participant", "exhibitor"]

    def get_queryset(self):
        return MeetingRequest.objects.order_by("id")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        event = data.pop("event")
        serializer.instance = _call(b2b.request_meeting, event, self.request.user, **data)


class MeetingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
                     viewsets.GenericViewSet):  # fmt: skip
    """Scheduled meetings; an update records the outcome."""

    permission_classes = [EventsPermission]
    serializer_class = MeetingSerializer
    filterset_fields = ["slot__event", "participant", "exhibitor", "held"]

    def get_queryset(self):
        return Meeting.objects.select_related("slot").order_by("slot__starts_at", "table")

    def perform_update(self, serializer):
        meeting = serializer.instance
        data = {name: serializer.validated_data.get(name, getattr(meeting, name))
                for name in ("held", "follow_up", "export_lead", "possible_agreement", "outcome_notes")}  # fmt: skip
        serializer.instance = _call(b2b.record_outcome, meeting, self.request.user, **data)
