from django.contrib import admin

from citydiplomacy.core.admin import AuditedAdmin, ReadOnlyAdmin, ReadOnlyInline

from .models import Agreement, Commitment, Domain, Milestone, Party, Reminder, Representative, Roadmap


class PartyInline(ReadOnlyInline):
    model = Party


@admin.register(Agreement)
class AgreementAdmin(ReadOnlyAdmin):
    """Read-only: agreements, their parties and commitments change through the services (audited, tallied)."""

    list_display = ("reference", "title_fa", "kind", "status", "signed_on", "expires_on")
    list_filter = ("kind", "status")
    search_fields = ("reference", "title_fa", "title_en")
    inlines = [PartyInline]


@admin.register(Commitment)
class CommitmentAdmin(ReadOnlyAdmin):
    pass


admin.site.register([Milestone, Reminder, Representative, Roadmap], ReadOnlyAdmin)
admin.site.register(Domain, AuditedAdmin)
