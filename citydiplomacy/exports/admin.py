"""The admin reads the exports records; changes go through the app's pages, which call the services (and audit).

Only the stage probabilities and the list of loss reasons, the administrator's settings, are edited here.
"""

from django.contrib import admin

from . import services
from .models import Activity, ExchangeRate, Lead, LossReason, Offering, StageProbability


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


for model in (Offering, Lead, Activity, ExchangeRate):
    admin.site.register(model, ReadOnlyAdmin)


@admin.register(LossReason)
class LossReasonAdmin(admin.ModelAdmin):
    list_display = ["name_fa", "name_en", "active"]

    def has_delete_permission(self, request, obj=None):
        return False  # kept for the leads lost with it; switch it off instead


@admin.register(StageProbability)
class StageProbabilityAdmin(admin.ModelAdmin):
    list_display = ["stage", "probability"]

    def save_model(self, request, obj, form, change):
        services.set_probability(request.user, stage=obj.stage, probability=obj.probability)

    def has_delete_permission(self, request, obj=None):
        return False
