from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError

from .. import services
from ..filters import StoryFilter
from ..models import Correction, Story
from ..permissions import can_decide, can_read
from .serializers import CorrectionSerializer, MergeSerializer, SplitSerializer, StorySerializer


class NewsPermission(BasePermission):
    """The rule of the inbox pages: readers of reports read, secretaries decide."""

    def has_permission(self, request, view):
        return can_read(request.user) if request.method in SAFE_METHODS else can_decide(request.user)


def _call(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except DomainError as exc:
        raise ValidationError({"detail": exc.message}) from None


class StoryViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Stories with their articles and outlets, filtered as the inbox is (``?q=``, ``?status=``,
    ``?scope=ours|other``, ``?type=``, ``?is_city_diplomacy=``, ``?published_after=``, ``?published_before=``)."""

    permission_classes = [NewsPermission]
    serializer_class = StorySerializer
    filterset_class = StoryFilter

    def get_queryset(self):
        return Story.objects.prefetch_related("articles").order_by("-published", "-first_seen", "-id")

    def _respond(self, pk):
        return Response(StorySerializer(Story.objects.prefetch_related("articles").get(pk=pk)).data)

    @extend_schema(request=MergeSerializer, responses=StorySerializer)
    @action(detail=True, methods=["post"], serializer_class=MergeSerializer)
    def merge(self, request, pk=None):
        story = self.get_object()
        data = MergeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        _call(services.merge, story, data.validated_data["stories"], request.user)
        return self._respond(story.pk)

    @extend_schema(request=SplitSerializer, responses=StorySerializer)
    @action(detail=True, methods=["post"], serializer_class=SplitSerializer)
    def split(self, request, pk=None):
        story = self.get_object()
        data = SplitSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        new = _call(services.split, story, data.validated_data["article"], request.user)
        return self._respond(new.pk)


class CorrectionViewSet(viewsets.ReadOnlyModelViewSet):
    """The reviewers' corrections: labelled examples for the engine."""

    permission_classes = [NewsPermission]
    serializer_class = CorrectionSerializer
    queryset = Correction.objects.order_by("-at", "-id")
