from rest_framework.permissions import SAFE_METHODS, BasePermission

from ..permissions import can_edit, can_read


class RegistryPermission(BasePermission):
    """The same rule as the pages: everybody signed in reads, `can_edit_registry` writes."""

    def has_permission(self, request, view):
        return can_read(request.user) if request.method in SAFE_METHODS else can_edit(request.user)
