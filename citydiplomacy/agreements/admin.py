from django.contrib import admin

from .models import Agreement, Commitment, Domain, Milestone, Party, Reminder, Representative, Roadmap


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ("reference", "title_fa", "kind", "status", "signed_on", "expires_on")
    list_filter = ("kind", "status")
    search_fields = ("reference", "title_fa", "title_en")
    inlines = [PartyInline]


admin.site.register([Commitment, Domain, Milestone, Reminder, Representative, Roadmap])
