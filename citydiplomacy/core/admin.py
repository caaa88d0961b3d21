from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import AuditEntry, Person, TaskRun, Unit, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (*BaseUserAdmin.fieldsets, (None, {"fields": ("name_en", "role", "unit")}))
    list_display = ("username", "first_name", "last_name", "role", "unit", "is_active")
    list_filter = ("role", "unit", "is_active")


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name_fa", "name_en")
    search_fields = ("name_fa", "name_en")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name_fa", "name_en", "position", "unit")
    search_fields = ("name_fa", "name_en")
    list_filter = ("unit",)

    def get_fields(self, request, obj=None):
        fields = ["name_fa", "name_en", "position", "unit", "user"]
        if request.user.sees_personal_data:
            fields += ["passport_number", "national_id"]
        return fields


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "action", "actor", "object_repr")
    list_filter = ("action",)
    search_fields = ("action", "object_repr")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(TaskRun)
class TaskRunAdmin(admin.ModelAdmin):
    list_display = ("name", "status", "created_at", "finished_at")
    list_filter = ("status", "name")
