from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import AwardEdition, Category, Criterion, Entry, Score


class CategorySerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "edition", "name_fa", "name_en", "description_fa", "description_en", "order"]


class CriterionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Criterion
        fields = ["id", "name_fa", "name_en", "weight", "order"]


class EditionSerializer(serializers.ModelSerializer):
    categories = CategorySerializer(many=True, read_only=True)
    criteria = CriterionSerializer(many=True, read_only=True)
    published = serializers.BooleanField(read_only=True)

    class Meta:
        model = AwardEdition
        fields = ["id", "series", "number", "slug", "title_fa", "title_en", "event", "opens_at", "closes_at",
                  "scale_min", "scale_max", "blind_review", "normalization", "published", "results_published_at",
                  "categories", "criteria"]  # fmt: skip


class FileSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.CharField()


class BlindEntrySerializer(serializers.ModelSerializer):
    """What a jury member sees of an entry under blind review: no entrant, no contact."""

    files = serializers.SerializerMethodField()

    class Meta:
        model = Entry
        fields = ["id", "code", "edition", "category", "title", "summary", "result", "files"]

    @extend_schema_field(FileSerializer(many=True))
    def get_files(self, obj):
        return [
            {"id": f.pk, "name": f.blind_name(i), "kind": f.kind} for i, f in enumerate(obj.files.all(), 1)
        ]


class EntrySerializer(BlindEntrySerializer):
    class Meta(BlindEntrySerializer.Meta):
        fields = [*BlindEntrySerializer.Meta.fields, "entrant_kind", "entrant_name", "country", "city_name"]

    @extend_schema_field(FileSerializer(many=True))
    def get_files(self, obj):
        return [{"id": f.pk, "name": f.original_name, "kind": f.kind} for f in obj.files.all()]


class PrivateEntrySerializer(EntrySerializer):
    """The secretary's view: the contact details too."""

    class Meta(EntrySerializer.Meta):
        fields = [
            *EntrySerializer.Meta.fields,
            "contact_person",
            "email",
            "email_confirmed_at",
            "submitted_at",
        ]


class ScoreSerializer(serializers.ModelSerializer):
    value = serializers.CharField()

    class Meta:
        model = Score
        fields = ["id", "entry", "criterion", "value", "comment", "updated_at"]
        read_only_fields = ["updated_at"]
        validators = []  # the service decides (scale, assignment, conflict) and updates in place
