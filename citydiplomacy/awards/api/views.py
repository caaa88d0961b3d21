from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response

from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import Role

from .. import services
from ..models import AwardEdition, Category, Entry, Juror, Result, Score
from ..permissions import blinded_for, is_chair, manages, reads_overview, visible_editions, visible_entries
from ..results import results_table
from .serializers import (
    BlindEntrySerializer,
    CategorySerializer,
    EditionSerializer,
    EntrySerializer,
    PrivateEntrySerializer,
    ScoreSerializer,
)


class ReadsOverview(permissions.BasePermission):
    def has_permission(self, request, view):
        return reads_overview(request.user)


class EditionViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [ReadsOverview]
    serializer_class = EditionSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator: no request, no user
            return AwardEdition.objects.none()
        return (
            visible_editions(self.request.user)
            .prefetch_related("categories", "criteria")
            .order_by("-opens_at", "-id")
        )


class CategoryViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [ReadsOverview]
    serializer_class = CategorySerializer
    filterset_fields = ["edition"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Category.objects.none()
        return Category.objects.filter(edition__in=visible_editions(self.request.user)).order_by(
            "edition", "order", "id"
        )


class EntryViewSet(viewsets.ReadOnlyModelViewSet):
    """Entries: all to the secretary; to a jury member only those assigned to it, blinded as the edition says."""

    filterset_fields = ["edition", "category"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Entry.objects.none()
        return visible_entries(self.request.user).prefetch_related("files").order_by("code")

    def _serializer_for(self, entry):
        if manages(self.request.user):
            return PrivateEntrySerializer
        return BlindEntrySerializer if blinded_for(self.request.user, entry.edition) else EntrySerializer

    def get_serializer_class(self):
        return PrivateEntrySerializer if manages(self.request.user) else BlindEntrySerializer

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = [self._serializer_for(e)(e, context={"request": request}).data for e in page]
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        entry = self.get_object()
        return Response(self._serializer_for(entry)(entry, context={"request": request}).data)


class ScoreViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    """A jury member's own scores: it sees and changes only its own (POST creates or updates one criterion)."""

    serializer_class = ScoreSerializer
    filterset_fields = ["entry"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False) or not self.request.user.is_authenticated:
            return Score.objects.none()
        return Score.objects.filter(juror__user=self.request.user).order_by("entry", "criterion")

    def create(self, request, *args, **kwargs):
        if request.user.role != Role.JURY:
            raise PermissionDenied
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        entry, criterion = data["entry"], data["criterion"]
        juror = Juror.objects.filter(edition_id=entry.edition_id, user=request.user).first()
        if juror is None:
            raise ValidationError({"detail": _("This entry is not assigned to you.")})
        try:
            services.save_scores(
                juror, entry, request.user, {criterion: (data["value"], data.get("comment", ""))}
            )
        except DomainError as exc:
            raise ValidationError({"detail": exc.message}) from None
        score = Score.objects.get(juror=juror, entry=entry, criterion=criterion)
        return Response(ScoreSerializer(score).data, status=201)


@extend_schema(responses={200: dict})
@api_view(["GET"])
@permission_classes([permissions.AllowAny])
def results(request, pk):
    """Results of an edition: public (winners and shortlist) once published; the full table to the secretary and
    the jury chair before."""
    try:
        edition = AwardEdition.objects.get(pk=pk)
    except AwardEdition.DoesNotExist:
        raise Http404 from None
    full = manages(request.user) or is_chair(request.user, edition)
    if not (full or edition.published):
        raise Http404
    blind = not edition.published and blinded_for(request.user, edition)
    out = []
    for table in results_table(edition):
        rows = (
            table.rows
            if full
            else [r for r in table.rows if r.entry.result in (Result.WINNER, Result.SHORTLISTED)]
        )
        out.append({
            "category": table.category.pk,
            "category_name": table.category.name,
            "rows": [
                {"entry": r.entry.pk, "code": r.entry.code, "title": r.entry.title, "rank": r.rank, "tied": r.tied,
                 "result": r.entry.result,
                 **({} if blind else {"entrant_name": r.entry.entrant_name, "country": r.entry.country_iso2}),
                 **({"score": round(r.score, 6), "mean": round(r.raw, 4), "jurors": r.jurors} if full else {})}
                for r in rows
            ],
        })  # fmt: skip
    return Response({"edition": edition.pk, "published": edition.published, "categories": out})
