from rest_framework import serializers

from ..models import Article, Correction, Story


class ArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "url", "outlet", "title", "lang", "published", "error"]


class StorySerializer(serializers.ModelSerializer):
    articles = ArticleSerializer(many=True, read_only=True)
    outlets = serializers.SerializerMethodField()

    class Meta:
        model = Story
        fields = ["id", "title", "status", "is_city_diplomacy", "other_city", "event_type", "proposed", "confidence",
                  "published", "first_seen", "merged_into", "outlets", "articles"]  # fmt: skip
        read_only_fields = fields

    def get_outlets(self, obj) -> list[str]:
        return sorted({a.outlet for a in obj.articles.all() if a.outlet})


class MergeSerializer(serializers.Serializer):
    stories = serializers.PrimaryKeyRelatedField(many=True, queryset=Story.objects.all())


class SplitSerializer(serializers.Serializer):
    article = serializers.PrimaryKeyRelatedField(queryset=Article.objects.all())


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["id", "story", "kind", "fields", "original", "corrected", "user", "at"]
        read_only_fields = fields
