from rest_framework import serializers

from ..models import Audience, Event, Session, Status


class AudiencesField(serializers.ListField):
    """The audiences an event addresses: written as a list of codes, read back the same way (the schema then
    documents the field in both directions)."""

    def to_representation(self, data):
        return [link.audience for link in data.all()]


class EventSerializer(serializers.ModelSerializer):
    audiences = AudiencesField(child=serializers.ChoiceField(choices=Audience.choices), required=False)

    class Meta:
        model = Event
        fields = ["id", "title_fa", "title_en", "kind", "hosted", "virtual", "start_date", "end_date", "venue", "city",
                  "country", "status", "status_reason", "original_start_date", "description", "series", "edition",
                  "organizers", "co_organizers", "audiences", "partner_cities", "partner_organizations",
                  "partner_contacts", "met_with", "discussed"]  # fmt: skip
        read_only_fields = ["status", "status_reason", "original_start_date"]


class EventStatusSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices)
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class EventPostponeSerializer(serializers.Serializer):
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class EventSessionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Session
        fields = ["id", "event", "title_fa", "title_en", "starts_at", "ends_at", "room", "chairs", "speakers",
                  "languages", "interpretation", "description"]  # fmt: skip


class InvitationSerializer(serializers.ModelSerializer):
    class Meta:
        from ..models import Invitation

        model = Invitation
        fields = ["id", "event", "delegation", "guest_name", "contact", "city", "organization", "country", "audience",
                  "foreign", "status", "hotel_nights", "interpreter", "protocol_level", "dietary_needs", "responsible",
                  "badge_code", "responded_on", "arrived_at", "left_at"]  # fmt: skip
        read_only_fields = ["status", "badge_code", "responded_on", "arrived_at", "left_at"]
        extra_kwargs = {"guest_name": {"required": False, "allow_blank": True}}


class InvitationStepSerializer(serializers.Serializer):
    step = serializers.ChoiceField(choices=["accept", "decline", "visa_letter", "arrive", "leave"])


class ExhibitorSerializer(serializers.ModelSerializer):
    class Meta:
        from ..models import Exhibitor

        model = Exhibitor
        fields = ["id", "event", "organization", "kind", "booth", "products"]


class MeetingRequestSerializer(serializers.ModelSerializer):
    class Meta:
        from ..models import MeetingRequest

        model = MeetingRequest
        fields = ["id", "event", "participant", "exhibitor", "by_exhibitor", "status", "note"]
        read_only_fields = ["status"]


class MeetingSerializer(serializers.ModelSerializer):
    starts_at = serializers.DateTimeField(source="slot.starts_at", read_only=True)
    ends_at = serializers.DateTimeField(source="slot.ends_at", read_only=True)

    class Meta:
        from ..models import Meeting

        model = Meeting
        fields = ["id", "request", "slot", "starts_at", "ends_at", "table", "participant", "exhibitor", "held",
                  "follow_up", "export_lead", "possible_agreement", "outcome_notes"]  # fmt: skip
        read_only_fields = ["request", "slot", "table", "participant", "exhibitor"]
