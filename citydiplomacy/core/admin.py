"""The admin site: records that services change (each with its audit entry) are read-only here; reference data
edited here (users, units, people, places, terms) is audited by the admin itself.

Every ModelAdmin of every app uses one of the two mixins below (a test checks the whole registry)."""

from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group
from rest_framework.authtoken.admin import TokenAdmin as BaseTokenAdmin
from rest_framework.authtoken.models import TokenProxy

from . import audit
from .models import AuditEntry, Person, TaskRun, Unit, User


class ReadOnlyAdminMixin:
    """Shown, never changed: add, change and delete go through the app's services, which write the audit."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    pass


class ReadOnlyInline(ReadOnlyAdminMixin, admin.TabularInline):
    extra = 0


def _admin_action(obj, verb):
    return f"admin.{obj._meta.app_label}.{obj._meta.model_name}.{verb}"


class AuditedAdminMixin:
    """Reference data edited in the admin: every addition, change and deletion writes an audit entry."""

    def audited(self, obj):
        """The record the entry is filed under (the object itself unless that would disclose a secret)."""
        return obj

    def _record(self, request, obj, verb, **data):
        audit.record(_admin_action(obj, verb), self.audited(obj), request.user, **data)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        fields = sorted(name for name in form.changed_data if name not in {"password", "key"})
        self._record(request, obj, "changed" if change else "added", fields=fields)

    def delete_model(self, request, obj):
        self._record(request, obj, "deleted")
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self._record(request, obj, "deleted")
        super().delete_queryset(request, queryset)


class AuditedAdmin(AuditedAdminMixin, admin.ModelAdmin):
    pass


@admin.register(User)
class UserAdmin(AuditedAdminMixin, BaseUserAdmin):
    fieldsets = (*BaseUserAdmin.fieldsets, (None, {"fields": ("name_en", "role", "unit")}))
    list_display = ("username", "first_name", "last_name", "role", "unit", "is_active")
    list_filter = ("role", "unit", "is_active")


@admin.register(Unit)
class UnitAdmin(AuditedAdmin):
    list_display = ("name_fa", "name_en")
    search_fields = ("name_fa", "name_en")


@admin.register(Person)
class PersonAdmin(AuditedAdmin):
    list_display = ("name_fa", "name_en", "position", "unit")
    search_fields = ("name_fa", "name_en")
    list_filter = ("unit",)

    def get_fields(self, request, obj=None):
        fields = ["name_fa", "name_en", "position", "unit", "user"]
        if request.user.sees_personal_data:
            fields += ["passport_number", "national_id"]
        return fields


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("at", "action", "actor", "object_repr")
    list_filter = ("action",)
    search_fields = ("action", "object_repr")


@admin.register(TaskRun)
class TaskRunAdmin(ReadOnlyAdmin):
    list_display = ("name", "status", "created_at", "finished_at")
    list_filter = ("status", "name")


# The framework's own admin classes (registered before this app's, see INSTALLED_APPS): audited too. A
# token is a password for the API.
admin.site.unregister(Group)
admin.site.unregister(TokenProxy)


@admin.register(Group)
class GroupAdmin(AuditedAdminMixin, BaseGroupAdmin):
    pass


@admin.register(TokenProxy)
class TokenAdmin(AuditedAdminMixin, BaseTokenAdmin):
    def audited(self, obj):
        return obj.user  # a token's primary key is the secret itself: the entry names its user


def _audit_login_throttle_admin():
    """django-axes' own admin: lifting a lockout (deleting an access attempt) is audited; its logs are read-only."""
    from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for model, base, mixin in (
        (AccessAttempt, AccessAttemptAdmin, AuditedAdminMixin),
        (AccessLog, AccessLogAdmin, ReadOnlyAdminMixin),
        (AccessFailureLog, AccessFailureLogAdmin, ReadOnlyAdminMixin),
    ):
        if admin.site.is_registered(model):
            admin.site.unregister(model)
        admin.site.register(model, type(f"Checked{base.__name__}", (mixin, base), {}))


_audit_login_throttle_admin()
