"""Thin viewsets over the same services and permission helpers as the pages."""

from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response

from citydiplomacy.core import audit
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import Person, Unit

from .. import services
from ..filters import MissionFilter
from ..models import CommitteeSession, MissionRequest
from ..permissions import can_act_as_requester, can_create, can_decide, can_manage_sessions, visible_missions
from ..rows import row_values
from .serializers import (
    AttachmentSerializer,
    MissionListSerializer,
    MissionRequestSerializer,
    PersonSerializer,
    RealizeSerializer,
    ReasonSerializer,
    ReportSerializer,
    SessionSerializer,
    UnitSerializer,
)


def _call(func, **kwargs):
    try:
        return func(**kwargs)
    except DomainError as exc:
        raise ValidationError({"detail": exc.message}) from None


class MissionRequestViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    filterset_class = MissionFilter

    def get_queryset(self):
        if self.request.user.role == "analyst":
            raise PermissionDenied
        qs = visible_missions(self.request.user).order_by("-start_date", "-id")
        if self.action == "list":
            # plain values, destinations gathered in the same query (see rows.py)
            return row_values(qs)
        return qs.select_related("unit", "report").prefetch_related(
            "countries", "cities", "travellers", "decisions__session"
        )

    def get_serializer_class(self):
        return MissionListSerializer if self.action == "list" else MissionRequestSerializer

    def _split(self, data):
        data = dict(data)
        rel = {k: list(data.pop(k)) for k in ("countries", "cities", "travellers") if k in data}
        return data, rel

    def create(self, request, *args, **kwargs):
        if not can_create(request.user):  # refuse before validating: the payload is none of its business
            raise PermissionDenied
        return super().create(request, *args, **kwargs)

    def perform_create(self, serializer):
        user = self.request.user
        data, rel = self._split(serializer.validated_data)
        if not user.is_secretary and data["unit"].pk != user.unit_id:
            raise PermissionDenied("Requesters create requests for their own unit only.")
        serializer.instance = _call(services.create_request, user=user, **data, **rel)

    def perform_update(self, serializer):
        mission = serializer.instance
        if not can_act_as_requester(self.request.user, mission):
            raise PermissionDenied
        data, rel = self._split(serializer.validated_data)
        serializer.instance = _call(
            services.update_request, mission=mission, user=self.request.user, **data, **rel
        )

    def _respond(self, mission):
        mission = self.get_queryset().get(pk=mission.pk)
        return Response(MissionRequestSerializer(mission, context={"request": self.request}).data)

    def _requester_action(self, func, **kwargs):
        mission = self.get_object()
        if not can_act_as_requester(self.request.user, mission):
            raise PermissionDenied
        _call(func, mission=mission, user=self.request.user, **kwargs)
        return self._respond(mission)  # the request as it is now (a service may return another object)

    @action(detail=True, methods=["post"], serializer_class=None)
    def submit(self, request, pk=None):
        return self._requester_action(services.submit)

    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def withdraw(self, request, pk=None):
        data = self._valid(ReasonSerializer)
        return self._requester_action(services.withdraw, reason=data["reason"])

    def _valid(self, serializer_class):
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def _decision(self, func):
        mission = self.get_object()
        if not can_decide(self.request.user):
            raise PermissionDenied
        data = self._valid(ReasonSerializer)
        return self._respond(
            _call(
                func,
                mission=mission,
                user=self.request.user,
                reason=data["reason"],
                session=data.get("session"),
            )
        )

    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def approve(self, request, pk=None):
        return self._decision(services.approve)

    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def reject(self, request, pk=None):
        return self._decision(services.reject)

    @action(detail=True, methods=["post"], url_path="send-back", serializer_class=ReasonSerializer)
    def send_back(self, request, pk=None):
        return self._decision(services.send_back)

    @action(detail=True, methods=["post"], serializer_class=RealizeSerializer)
    def realize(self, request, pk=None):
        data = self._valid(RealizeSerializer)
        return self._requester_action(
            services.realize,
            actual_start_date=data["actual_start_date"],
            actual_end_date=data["actual_end_date"],
            actual_travellers=data.get("actual_travellers", []),
        )

    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def cancel(self, request, pk=None):
        data = self._valid(ReasonSerializer)
        return self._requester_action(services.cancel, reason=data["reason"])

    @action(detail=True, methods=["post"], serializer_class=AttachmentSerializer)
    def attachments(self, request, pk=None):
        """Attach a file (multipart: kind, title, file): a PDF, an image or an Office document."""
        mission = self.get_object()
        if not can_act_as_requester(request.user, mission):
            raise PermissionDenied
        data = self._valid(AttachmentSerializer)
        attachment = _call(
            services.add_attachment, mission=mission, user=request.user, upload=data["file"],
            kind=data.get("kind", "other"), title=data.get("title", ""),
        )  # fmt: skip
        return Response(AttachmentSerializer(attachment).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"], serializer_class=ReportSerializer)
    def report(self, request, pk=None):
        data = self._valid(ReportSerializer)
        return self._requester_action(
            services.submit_report, results=data["results"], follow_up=data["follow_up"]
        )


class CommitteeSessionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = SessionSerializer

    def get_queryset(self):
        if not self.request.user.reads_all_missions:
            raise PermissionDenied
        return CommitteeSession.objects.prefetch_related("agenda").order_by("-date", "-number")

    def create(self, request, *args, **kwargs):
        if not can_manage_sessions(request.user):
            raise PermissionDenied
        return super().create(request, *args, **kwargs)

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = _call(
            services.create_session,
            user=self.request.user,
            date=data["date"],
            number=data.get("number"),
            notes=data.get("notes", ""),
        )

    @action(detail=True, methods=["post"], url_path="agenda")
    def agenda(self, request, pk=None):
        session = self.get_object()
        if not can_manage_sessions(request.user):
            raise PermissionDenied
        try:
            mission = visible_missions(request.user).get(pk=request.data.get("mission"))
        except (MissionRequest.DoesNotExist, ValueError, TypeError):
            raise ValidationError({"mission": "Unknown request."}) from None
        _call(services.put_on_agenda, session=session, mission=mission, user=request.user)
        return Response(SessionSerializer(session).data, status=status.HTTP_200_OK)


class UnitViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = UnitSerializer
    queryset = Unit.objects.order_by("name_fa")


class PersonViewSet(viewsets.ModelViewSet):
    serializer_class = PersonSerializer

    def get_queryset(self):
        if self.request.user.role == "analyst":
            raise PermissionDenied
        return Person.objects.select_related("unit").order_by("name_fa")

    def check_object_permissions(self, request, obj):
        super().check_object_permissions(request, obj)
        if request.method not in ("GET", "HEAD", "OPTIONS") and not request.user.is_secretary:
            raise PermissionDenied

    def create(self, request, *args, **kwargs):
        if not request.user.is_secretary:
            raise PermissionDenied
        return super().create(request, *args, **kwargs)

    def perform_create(self, serializer):
        person = serializer.save()
        audit.record("core.person.created", person, self.request.user)

    def perform_update(self, serializer):
        person = serializer.save()
        audit.record(
            "core.person.edited", person, self.request.user, fields=sorted(serializer.validated_data)
        )
