"""Thin viewsets over the same services and permission helpers as the pages."""

from django.db import transaction
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
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
    AgendaSerializer,
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
        if getattr(self, "swagger_fake_view", False):  # the schema generator asks without a user
            return MissionRequest.objects.none()
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

    def _requester_mission(self):
        """The request, if this user acts for its unit: checked before the payload is read or validated."""
        mission = self.get_object()
        if not can_act_as_requester(self.request.user, mission):
            raise PermissionDenied
        return mission

    def update(self, request, *args, **kwargs):
        self._requester_mission()  # refuse before validating, as on creation
        return super().update(request, *args, **kwargs)

    def _requester_action(self, func, serializer_class=None, fields=()):
        mission = self._requester_mission()
        data = self._valid(serializer_class) if serializer_class else {}
        kwargs = {name: data[name] for name in fields if name in data}
        _call(func, mission=mission, user=self.request.user, **kwargs)
        return self._respond(mission)  # the request as it is now (a service may return another object)

    @extend_schema(request=None, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=None)
    def submit(self, request, pk=None):
        return self._requester_action(services.submit)

    @extend_schema(request=ReasonSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def withdraw(self, request, pk=None):
        return self._requester_action(services.withdraw, ReasonSerializer, ["reason"])

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

    @extend_schema(request=ReasonSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def approve(self, request, pk=None):
        return self._decision(services.approve)

    @extend_schema(request=ReasonSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def reject(self, request, pk=None):
        return self._decision(services.reject)

    @extend_schema(request=ReasonSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], url_path="send-back", serializer_class=ReasonSerializer)
    def send_back(self, request, pk=None):
        return self._decision(services.send_back)

    @extend_schema(request=RealizeSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=RealizeSerializer)
    def realize(self, request, pk=None):
        return self._requester_action(
            services.realize, RealizeSerializer, ["actual_start_date", "actual_end_date", "actual_travellers"]
        )

    @extend_schema(request=ReasonSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=ReasonSerializer)
    def cancel(self, request, pk=None):
        return self._requester_action(services.cancel, ReasonSerializer, ["reason"])

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

    @extend_schema(request=ReportSerializer, responses=MissionRequestSerializer)
    @action(detail=True, methods=["post"], serializer_class=ReportSerializer)
    def report(self, request, pk=None):
        return self._requester_action(services.submit_report, ReportSerializer, ["results", "follow_up"])


class CommitteeSessionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    serializer_class = SessionSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return CommitteeSession.objects.none()
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

    @extend_schema(request=AgendaSerializer, responses=SessionSerializer)
    @action(detail=True, methods=["post"], url_path="agenda", serializer_class=AgendaSerializer)
    def agenda(self, request, pk=None):
        session = self.get_object()
        if not can_manage_sessions(request.user):
            raise PermissionDenied
        data = self._valid_agenda(request)
        try:
            mission = visible_missions(request.user).get(pk=data["mission"])
        except MissionRequest.DoesNotExist:
            raise ValidationError({"mission": _("Unknown request.")}) from None
        _call(services.put_on_agenda, session=session, mission=mission, user=request.user)
        return Response(SessionSerializer(session).data, status=status.HTTP_200_OK)

    def _valid_agenda(self, request):
        serializer = AgendaSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


class UnitViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = UnitSerializer
    queryset = Unit.objects.order_by("name_fa")


class PersonViewSet(viewsets.ModelViewSet):
    serializer_class = PersonSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Person.objects.none()
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

    @transaction.atomic
    def perform_destroy(self, instance):
        audit.record("core.person.deleted", instance, self.request.user)
        instance.delete()  # a 409 naming the records when some refer to this person
