"""One filter definition for the news inbox: the page, its Excel export and the API."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.filters import FilterSet
from citydiplomacy.core.forms import DateField, StyledFormMixin
from citydiplomacy.newsengine.normalize import normalize_text

from .models import EVENT_TYPES, Article, Story


class JalaliDateFilter(django_filters.DateFilter):
    """A date typed in the reader's calendar (Jalali in Persian, ISO otherwise)."""

    field_class = DateField


class StoryFilterForm(StyledFormMixin, forms.Form):
    """The inbox's filter bar, styled and labelled for assistive technology like every form."""


class StoryFilter(FilterSet):
    q = django_filters.CharFilter(label=_("words in the title or the articles"), method="search")
    status = django_filters.ChoiceFilter(label=_("status"), choices=Story.Status.choices)
    scope = django_filters.ChoiceFilter(
        label=_("city"), method="by_scope", choices=[("ours", _("our city")), ("other", _("other cities"))]
    )
    type = django_filters.ChoiceFilter(label=_("event type"), choices=EVENT_TYPES, field_name="event_type")
    is_city_diplomacy = django_filters.BooleanFilter(label=_("about the city's international activity"))
    published_after = JalaliDateFilter(label=_("published from"), field_name="published", lookup_expr="gte")
    published_before = JalaliDateFilter(label=_("published until"), field_name="published", lookup_expr="lte")

    class Meta:
        model = Story
        form = StoryFilterForm
        fields = ["q", "status", "scope", "type", "is_city_diplomacy", "published_after", "published_before"]

    def search(self, queryset, name, value):
        # the articles are kept as the engine normalized them (Persian letter forms, ASCII digits): the
        # words typed are read the same way, so «كيش ۱۴۰۳» finds «کیش 1403»
        words = normalize_text(value).split()[:8]
        for word in words:
            in_articles = Article.objects.filter(story=OuterRef("pk")).filter(
                Q(title__icontains=word) | Q(text__icontains=word)
            )
            queryset = queryset.filter(Q(title__icontains=word) | Exists(in_articles))
        return queryset

    def by_scope(self, queryset, name, value):
        return queryset.filter(other_city=(value == "other"))
