from rest_framework import serializers

from ..models import Activity, DeliveryModel, Lead, Offering, Stage


class OfferingSerializer(serializers.ModelSerializer):
    delivery_models = serializers.ListField(
        child=serializers.ChoiceField(choices=DeliveryModel.choices), required=False
    )

    class Meta:
        model = Offering
        fields = [
            "id", "name_fa", "name_en", "name_ar", "name_ru", "description_fa", "description_en", "kind", "unit",
            "contact", "in_use_since", "users_served", "reference_cities", "reference_agreements",
            "delivery_models", "price_min", "price_max", "currency", "languages", "public",
        ]  # fmt: skip
        extra_kwargs = {"price_min": {"min_value": 0}, "price_max": {"min_value": 0}}


class PublicOfferingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Offering
        fields = ["id", "name_fa", "name_en", "name_ar", "name_ru", "description_fa", "description_en", "kind",
                  "users_served", "delivery_models", "languages"]  # fmt: skip


class LeadSerializer(serializers.ModelSerializer):
    stage = serializers.ChoiceField(choices=Stage.choices, read_only=True)
    value_base = serializers.DecimalField(max_digits=24, decimal_places=2, read_only=True)
    agreement = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Lead
        fields = [
            "id", "title", "partner_city", "partner_organization", "country", "offerings", "source",
            "source_mission", "source_story", "source_event", "source_note", "value", "currency", "value_on",
            "value_base", "owner", "next_action", "next_action_due", "stage", "stage_since", "lost_reason",
            "lost_note", "agreement", "won_on", "delivered_on", "created_at",
        ]  # fmt: skip
        read_only_fields = ["stage_since", "lost_reason", "lost_note", "won_on", "delivered_on", "created_at"]
        extra_kwargs = {"country": {"required": False}, "value": {"min_value": 0}}


class MoveSerializer(serializers.Serializer):
    to = serializers.ChoiceField(choices=Stage.choices)
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    lost_reason = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    lost_note = serializers.CharField(required=False, allow_blank=True, default="")
    contract_title = serializers.CharField(required=False, allow_blank=True, default="", max_length=300)
    signed_on = serializers.DateField(required=False, allow_null=True)
    delivery_due = serializers.DateField(required=False, allow_null=True)


class ProposalSerializer(serializers.Serializer):
    sent_on = serializers.DateField()
    reference = serializers.CharField(max_length=100)
    amount = serializers.DecimalField(
        max_digits=20, decimal_places=2, required=False, allow_null=True, min_value=0
    )
    note = serializers.CharField(required=False, allow_blank=True, default="")


class ActivitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Activity
        fields = ["id", "lead", "kind", "on", "note", "user"]
        read_only_fields = ["user"]


class ReportRowSerializer(serializers.Serializer):
    stage = serializers.CharField()
    label = serializers.CharField()
    leads = serializers.IntegerField()
    value = serializers.DecimalField(max_digits=24, decimal_places=2)
    probability = serializers.IntegerField()
    weighted = serializers.DecimalField(max_digits=24, decimal_places=2)


class ExportsReportSerializer(serializers.Serializer):
    period = serializers.DictField(child=serializers.CharField())
    currency = serializers.CharField()
    pipeline = ReportRowSerializer(many=True)
    pipeline_total = serializers.DecimalField(max_digits=24, decimal_places=2)
    pipeline_weighted = serializers.DecimalField(max_digits=24, decimal_places=2)
    by_country = serializers.ListField(child=serializers.DictField())
    by_offering = serializers.ListField(child=serializers.DictField())
    outcomes = serializers.DictField()
    days_per_stage = serializers.ListField(child=serializers.DictField())
    delivered_per_year = serializers.ListField(child=serializers.DictField())
    delivered_per_term = serializers.ListField(child=serializers.DictField())
