from django.contrib import admin

from .models import Event, EventSeries, Exhibitor, Invitation, LetterTemplate, Session


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title_fa", "kind", "hosted", "start_date", "status"]
    list_filter = ["kind", "hosted", "status"]
    search_fields = ["title_fa", "title_en"]


admin.site.register([EventSeries, Exhibitor, Invitation, LetterTemplate, Session])
