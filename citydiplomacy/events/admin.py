"""Events in the admin site: records with a workflow (events, sessions, invitations, exhibitors) and the letter
templates (checked for their placeholders by guests.save_letter_template) change only through the app's pages
and services, which write the audit: read-only here. The series, reference data no page edits, is audited."""

from django.contrib import admin

from citydiplomacy.core.admin import AuditedAdmin, ReadOnlyAdmin

from .models import Event, EventSeries, Exhibitor, Invitation, LetterTemplate, Session


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ["title_fa", "kind", "hosted", "start_date", "status"]
    list_filter = ["kind", "hosted", "status"]
    search_fields = ["title_fa", "title_en"]


@admin.register(EventSeries)
class EventSeriesAdmin(AuditedAdmin):
    list_display = ["title_fa", "title_en"]
    search_fields = ["title_fa", "title_en"]


@admin.register(Session)
class SessionAdmin(ReadOnlyAdmin):
    list_select_related = ["event"]


@admin.register(Invitation)
class InvitationAdmin(ReadOnlyAdmin):
    pass


@admin.register(Exhibitor)
class ExhibitorAdmin(ReadOnlyAdmin):
    pass


@admin.register(LetterTemplate)
class LetterTemplateAdmin(ReadOnlyAdmin):
    pass
