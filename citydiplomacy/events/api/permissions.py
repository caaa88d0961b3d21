from rest_framework.permissions import SAFE_METHODS, BasePermission

from ..permissions import can_edit, can_manage_guests, can_read, can_read_report


class EventsPermission(BasePermission):
    """The same rule as the pages: everybody signed in but the jury reads, the secretary and admin write."""

    def has_permission(self, request, view):
        return can_read(request.user) if request.method in SAFE_METHODS else can_edit(request.user)


class GuestsPermission(BasePermission):
    """Guests' records are personal data: the secretary and the administrator only."""

    def has_permission(self, request, view):
        return can_manage_guests(request.user)


class ReportPermission(BasePermission):
    def has_permission(self, request, view):
        return can_read_report(request.user)
