"""The admin reads the exports records; changes go through the app's pages, which call the services (and audit).

Only the administrator's settings are edited here: the list of loss reasons and the stage probabilities (each
change audited; a probability through the service that the settings page uses too).
"""

from django.contrib import admin

from citydiplomacy.core.admin import AuditedAdmin, ReadOnlyAdmin

from .models import Activity, ExchangeRate, Lead, LossReason, Offering, StageProbability

for model in (Offering, Lead, Activity, ExchangeRate):
    admin.site.register(model, ReadOnlyAdmin)


@admin.register(LossReason)
class LossReasonAdmin(AuditedAdmin):
    list_display = ["name_fa", "name_en", "active"]

    def has_delete_permission(self, request, obj=None):
        return False  # kept for the leads lost with it; switch it off instead


@admin.register(StageProbability)
class StageProbabilityAdmin(ReadOnlyAdmin):
    """Set on the exports settings page (through the service, with its audit entry); read here."""

    list_display = ["stage", "probability"]
