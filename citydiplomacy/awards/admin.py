"""The award in the admin site: editions, their categories, criteria and jurors change only through the app's
pages and services, which write the audit: read-only here. The series, reference data no page edits, is
audited."""

from django.contrib import admin

from citydiplomacy.core.admin import AuditedAdmin, ReadOnlyAdmin, ReadOnlyInline

from .models import AwardEdition, AwardSeries, Category, Criterion, Juror


@admin.register(AwardSeries)
class AwardSeriesAdmin(AuditedAdmin):
    list_display = ["name_fa", "name_en", "slug"]


class CategoryInline(ReadOnlyInline):
    model = Category


class CriterionInline(ReadOnlyInline):
    model = Criterion


@admin.register(AwardEdition)
class AwardEditionAdmin(ReadOnlyAdmin):
    list_display = ["title_fa", "series", "number", "opens_at", "closes_at", "results_published_at"]
    inlines = [CategoryInline, CriterionInline]


@admin.register(Juror)
class JurorAdmin(ReadOnlyAdmin):
    list_display = ["contact", "edition", "user", "is_chair"]
    list_select_related = ["contact", "edition", "user"]
