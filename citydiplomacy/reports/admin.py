from django.contrib import admin

from citydiplomacy.core.admin import AuditedAdmin

from .models import ManagementTerm


@admin.register(ManagementTerm)
class ManagementTermAdmin(AuditedAdmin):
    list_display = ("name_fa", "name_en", "start_date", "end_date")
