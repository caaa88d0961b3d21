from django.contrib import admin

from citydiplomacy.core.admin import ReadOnlyAdmin

from .models import CommitteeSession, Decision, MissionRequest, PostTripReport


@admin.register(MissionRequest)
class MissionRequestAdmin(ReadOnlyAdmin):
    """Read-only in the admin: every change goes through the workflow so it is audited."""

    list_display = ("reference", "title", "unit", "status", "start_date", "end_date")
    list_filter = ("status", "purpose", "mode", "unit")
    search_fields = ("reference", "title")


@admin.register(CommitteeSession)
class CommitteeSessionAdmin(ReadOnlyAdmin):
    list_display = ("number", "date", "held")


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ("mission", "kind", "date", "session")
    list_filter = ("kind",)


@admin.register(PostTripReport)
class PostTripReportAdmin(ReadOnlyAdmin):
    list_display = ("mission", "submitted_at")
