from rest_framework import serializers

from ..models import City, Contact, Country, Organization, PartnerKind, Position


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["id", "iso2", "iso3", "name_fa", "name_en", "aliases"]
        read_only_fields = ["iso2", "iso3"]


class CitySerializer(serializers.ModelSerializer):
    class Meta:
        model = City
        fields = ["id", "name_fa", "name_en", "aliases", "country"]


class OrganizationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organization
        fields = ["id", "kind", "acronym", "name_fa", "name_en", "aliases", "country", "city", "website", "email",
                  "description"]  # fmt: skip


class PositionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Position
        fields = ["id", "title_fa", "title_en", "organization", "city", "start_on", "end_on"]


class ContactSerializer(serializers.ModelSerializer):
    positions = PositionSerializer(many=True, read_only=True)

    class Meta:
        model = Contact
        fields = ["id", "name_fa", "name_en", "aliases", "title", "organization", "city", "country", "person", "email",
                  "phone", "passport_number", "birth_date", "positions"]  # fmt: skip

    def to_representation(self, instance):
        data = super().to_representation(instance)
        request = self.context.get("request")
        if not (request and request.user.sees_personal_data):
            for name in Contact.PERSONAL_FIELDS:
                data.pop(name, None)
        return data

    def validate(self, attrs):
        request = self.context.get("request")
        if not (request and request.user.sees_personal_data):
            for name in Contact.PERSONAL_FIELDS:
                attrs.pop(name, None)
        return attrs


class SearchHitSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=PartnerKind.choices)
    id = serializers.IntegerField()
    label = serializers.CharField()
    url = serializers.CharField(help_text="The record's page.")


class SearchResultsSerializer(serializers.Serializer):
    results = SearchHitSerializer(many=True)
