from django.contrib import admin

from .models import CommitteeSession, Decision, MissionRequest, PostTripReport


@admin.register(MissionRequest)
class MissionRequestAdmin(admin.ModelAdmin):
    """Read-only in the admin: every change goes through the workflow so it is audited."""

    list_display = ("reference", "title", "unit", "status", "start_date", "end_date")
    list_filter = ("status", "purpose", "mode", "unit")
    search_fields = ("reference", "title")

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


admin.site.register(CommitteeSession)
admin.site.register(Decision)
admin.site.register(PostTripReport)
