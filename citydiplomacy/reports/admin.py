from django.contrib import admin

from .models import ManagementTerm


@admin.register(ManagementTerm)
class ManagementTermAdmin(admin.ModelAdmin):
    list_display = ("name_fa", "name_en", "start_date", "end_date")
