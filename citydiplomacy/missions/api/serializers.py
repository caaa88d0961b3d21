from django.urls import reverse
from django.utils.functional import cached_property
from rest_framework import serializers

from citydiplomacy.core.api.fields import SlugRelatedField
from citydiplomacy.core.models import Person, Unit
from citydiplomacy.core.uploads import UploadValidator
from citydiplomacy.partners.models import City, Country

from ..models import Attachment, CommitteeSession, Decision, MissionRequest
from ..rows import is_english, row_from_values


class UnitSerializer(serializers.ModelSerializer):
    class Meta:
        model = Unit
        fields = ["id", "name_fa", "name_en"]


class PersonSerializer(serializers.ModelSerializer):
    unit = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.all(), allow_null=True, required=False)

    class Meta:
        model = Person
        fields = ["id", "name_fa", "name_en", "position", "unit", "passport_number", "national_id"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        request = self.context.get("request")
        if not (request and request.user.sees_personal_data):
            data.pop("passport_number", None)
            data.pop("national_id", None)
        return data


class DecisionSerializer(serializers.ModelSerializer):
    session = serializers.SlugRelatedField(slug_field="number", read_only=True, allow_null=True)

    class Meta:
        model = Decision
        fields = ["kind", "date", "session", "reason"]


class MissionRequestSerializer(serializers.ModelSerializer):
    countries = SlugRelatedField(slug_field="iso2", many=True, queryset=Country.objects.all())
    cities = serializers.PrimaryKeyRelatedField(many=True, queryset=City.objects.all(), required=False)
    travellers = serializers.PrimaryKeyRelatedField(many=True, queryset=Person.objects.all(), required=False)
    unit = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.all())
    decisions = DecisionSerializer(many=True, read_only=True)
    closure_overdue = serializers.BooleanField(source="is_closure_overdue", read_only=True)
    report_overdue = serializers.BooleanField(source="is_report_overdue", read_only=True)

    class Meta:
        model = MissionRequest
        fields = [
            "id", "reference", "title", "unit", "purpose", "mode", "countries", "cities", "host_organization",
            "start_date", "end_date", "travellers", "funding", "estimated_cost", "currency", "justification",
            "expected_results", "status", "submitted_on", "decided_on", "decision_reason", "actual_start_date",
            "actual_end_date", "persons_count", "cancel_reason", "closure_overdue", "report_overdue", "decisions",
        ]  # fmt: skip
        read_only_fields = [
            "reference", "status", "submitted_on", "decided_on", "decision_reason", "actual_start_date",
            "actual_end_date", "persons_count", "cancel_reason",
        ]  # fmt: skip

    def validate(self, attrs):
        start = attrs.get("start_date", getattr(self.instance, "start_date", None))
        end = attrs.get("end_date", getattr(self.instance, "end_date", None))
        if start and end and end < start:
            raise serializers.ValidationError({"end_date": "The end date is before the start date."})
        return attrs


class MissionListSerializer(serializers.ModelSerializer):
    countries = serializers.SlugRelatedField(slug_field="iso2", many=True, read_only=True)
    unit = serializers.StringRelatedField()

    def to_representation(self, values):
        # The declared fields give the schema; a list builds its rows from plain values (see rows.py): a
        # model instance and a field object per cell would be most of the list's time.
        m = row_from_values(values, self._english)
        return {
            "id": m.pk,
            "reference": m.reference,
            "title": m.title,
            "unit": m.unit,
            "purpose": m.purpose,
            "mode": m.mode,
            "countries": [c.iso2 for c in m.countries],
            "start_date": m.start_date.isoformat(),
            "end_date": m.end_date.isoformat(),
            "status": m.status,
            "persons_count": m.persons_count,
        }

    @cached_property
    def _english(self):
        return is_english()

    class Meta:
        model = MissionRequest
        fields = [
            "id",
            "reference",
            "title",
            "unit",
            "purpose",
            "mode",
            "countries",
            "start_date",
            "end_date",
            "status",
            "persons_count",
        ]


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    session = serializers.PrimaryKeyRelatedField(
        queryset=CommitteeSession.objects.all(), required=False, allow_null=True
    )


class RealizeSerializer(serializers.Serializer):
    actual_start_date = serializers.DateField()
    actual_end_date = serializers.DateField()
    actual_travellers = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Person.objects.all(), required=False
    )


class AttachmentSerializer(serializers.ModelSerializer):
    """An attachment uploaded as multipart form data; its file is checked by content (core/uploads.py)."""

    file = serializers.FileField(write_only=True, validators=[UploadValidator()])
    url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "kind", "title", "file", "url", "uploaded_at"]
        read_only_fields = ["uploaded_at"]

    def get_url(self, obj) -> str:
        return reverse("missions:attachment", args=[obj.mission_id, obj.pk])


class ReportSerializer(serializers.Serializer):
    results = serializers.CharField()
    follow_up = serializers.CharField(required=False, allow_blank=True, default="")


class AgendaSerializer(serializers.Serializer):
    mission = serializers.IntegerField(min_value=1, max_value=2**63 - 1, help_text="The request's id.")


class SessionSerializer(serializers.ModelSerializer):
    agenda = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    number = serializers.IntegerField(required=False, min_value=1, max_value=2**31 - 1)

    class Meta:
        model = CommitteeSession
        fields = ["id", "number", "date", "agenda", "notes", "held"]
