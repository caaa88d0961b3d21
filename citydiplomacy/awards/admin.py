from django.contrib import admin

from .models import AwardEdition, AwardSeries, Category, Criterion, Juror


@admin.register(AwardSeries)
class AwardSeriesAdmin(admin.ModelAdmin):
    list_display = ["name_fa", "name_en", "slug"]


class CategoryInline(admin.TabularInline):
    model = Category
    extra = 0


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


@admin.register(AwardEdition)
class AwardEditionAdmin(admin.ModelAdmin):
    list_display = ["title_fa", "series", "number", "opens_at", "closes_at", "results_published_at"]
    inlines = [CategoryInline, CriterionInline]


@admin.register(Juror)
class JurorAdmin(admin.ModelAdmin):
    list_display = ["contact", "edition", "user", "is_chair"]
    list_select_related = ["contact", "edition", "user"]
