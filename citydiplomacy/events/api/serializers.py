from rest_framework import serializers

from ..models import Audience, Event, Session


class EventSerializer(serializers.ModelSerializer):
    audiences = serializers.ListField(child=serializers.ChoiceField(choices=Audience.choices), required=False)

    class Meta:
        model = Event
        fields = ["id", "title_fa", "title_en", "kind", "hosted", "virtual", "start_date", "end_date", "venue", "city",
                  "country", "status", "status_reason", "original_start_date", "description", "series", "edition",
                  "organizers", "co_organizers", "audiences", "partner_cities", "partner_organizations",
                  "partner_contacts", "met_with", "discussed"]  # fmt: skip
        read_only_fields = ["status", "status_reason", "original_start_date"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["audiences"] = [a.audience for a in instance.audiences.all()]
        return data


class EventStatusSerializer(serializers.Serializer):
    status = serializers.CharField()
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class EventPostponeSerializer(serializers.Serializer):
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class SessionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Session
        fields = ["id", "event", "title_fa", "title_en", "starts_at", "ends_at", "room", "chairs", "speakers",
                  "languages", "interpretation", "description"]  # fmt: skip
