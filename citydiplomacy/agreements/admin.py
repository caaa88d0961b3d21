from django.contrib import admin

from . import tallies
from .models import Agreement, Commitment, Domain, Milestone, Party, Reminder, Representative, Roadmap


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0


class RecountsTallies:
    """Changes made here bypass the services: the report's commitment counts are rebuilt next time."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        tallies.invalidate()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        tallies.invalidate()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        tallies.invalidate()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        tallies.invalidate()


@admin.register(Agreement)
class AgreementAdmin(RecountsTallies, admin.ModelAdmin):
    list_display = ("reference", "title_fa", "kind", "status", "signed_on", "expires_on")
    list_filter = ("kind", "status")
    search_fields = ("reference", "title_fa", "title_en")
    inlines = [PartyInline]


@admin.register(Commitment)
class CommitmentAdmin(RecountsTallies, admin.ModelAdmin):
    pass


admin.site.register([Domain, Milestone, Reminder, Representative, Roadmap])
