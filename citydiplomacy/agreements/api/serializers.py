from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from citydiplomacy.core.api.fields import SlugRelatedField

from ..models import Agreement, Commitment, Domain, Party, Representative, Roadmap, Status


class PartySerializer(serializers.ModelSerializer):
    class Meta:
        model = Party
        fields = ["city", "organization", "country", "signatory"]

    def validate(self, attrs):
        if not any(attrs.get(name) for name in ("city", "organization", "country")):
            raise serializers.ValidationError(_("Each party names a partner city, organization or country."))
        return attrs


class CommitmentSerializer(serializers.ModelSerializer):
    overdue = serializers.SerializerMethodField()  # a boolean (see get_overdue's annotation)

    class Meta:
        model = Commitment
        fields = ["id", "agreement", "side", "title", "description", "owner", "owner_unit", "due_on", "recurrence",
                  "status", "delivered_on", "evidence", "source_mission", "milestone", "overdue"]  # fmt: skip
        read_only_fields = ["agreement", "status", "delivered_on", "evidence", "source_mission"]

    def get_overdue(self, obj) -> bool:
        return obj.is_overdue(timezone.localdate())


class AgreementSerializer(serializers.ModelSerializer):
    parties = PartySerializer(many=True)
    domains = SlugRelatedField(slug_field="code", many=True, queryset=Domain.objects.all(), required=False)
    effective_status = serializers.SerializerMethodField()

    class Meta:
        model = Agreement
        fields = ["id", "reference", "kind", "title_fa", "title_en", "parent", "signed_on", "signed_place",
                  "our_signatory", "partner_signatories", "valid_years", "expires_on", "renewal", "domains", "status",
                  "status_reason", "effective_status", "representative", "joint_committee", "missions", "notes",
                  "parties"]  # fmt: skip
        read_only_fields = ["reference", "status_reason"]

    @extend_schema_field(serializers.ChoiceField(choices=Status.choices))
    def get_effective_status(self, obj):
        return obj.effective_status(timezone.localdate())


class StatusSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices)
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class DeliverSerializer(serializers.Serializer):
    delivered_on = serializers.DateField()
    evidence = serializers.CharField()


class RepresentativeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Representative
        fields = ["id", "country", "person", "appointed_on", "ended_on"]
        read_only_fields = ["ended_on"]


class RoadmapSerializer(serializers.ModelSerializer):
    class Meta:
        model = Roadmap
        fields = ["id", "title", "agreement", "country", "start_on", "end_on"]


# The agreements report (GET /api/agreements-report/): what the view sends, for the schema.


class AgreementCountsSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    active = serializers.IntegerField()
    expiring = serializers.IntegerField()
    expired = serializers.IntegerField()
    with_roadmap = serializers.IntegerField()
    with_representative = serializers.IntegerField()
    roadmap_share = serializers.FloatField(allow_null=True, help_text="Null when no agreement is in force.")
    representative_share = serializers.FloatField(allow_null=True)


class CommitmentTotalsSerializer(serializers.Serializer):
    due = serializers.IntegerField()
    overdue = serializers.IntegerField()
    done = serializers.IntegerField()


class PerAgreementSerializer(CommitmentTotalsSerializer):
    agreement = serializers.CharField(help_text="The agreement's reference.")


class PerCountrySerializer(CommitmentTotalsSerializer):
    country = serializers.CharField(help_text="ISO 3166 alpha-2 code.")


class PerOwnerSerializer(CommitmentTotalsSerializer):
    owner = serializers.CharField(help_text="The owner's name.")


class AgreementsReportSerializer(serializers.Serializer):
    today = serializers.DateField()
    counts = AgreementCountsSerializer()
    totals = CommitmentTotalsSerializer()
    per_agreement = PerAgreementSerializer(many=True)
    per_country = PerCountrySerializer(many=True)
    per_owner = PerOwnerSerializer(many=True)
