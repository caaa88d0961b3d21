"""Who may see and do what with events: the one place pages, API and exports ask.

Events, programmes and the exhibition are read by everybody signed in except jury members (who only see
their award entries); the secretary and the administrator change them. Guests' records (names, hospitality,
letters, badges, check-in) are personal data: only the secretary and the administrator. The events report
is read by those who read reports (not requesters).
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from citydiplomacy.core.models import Role


def can_read(user):
    return bool(user and user.is_authenticated and user.role != Role.JURY)


def can_edit(user):
    return bool(user and user.is_authenticated and user.can_edit_registry)


def can_manage_guests(user):
    return can_edit(user)


def can_read_report(user):
    return bool(user and user.is_authenticated and user.sees_reports and user.role != Role.JURY)


def require(user, write=False):
    if not can_read(user) or (write and not can_edit(user)):
        raise PermissionDenied


def require_guests(user):
    if not can_manage_guests(user):
        raise PermissionDenied


def require_report(user):
    if not can_read_report(user):
        raise PermissionDenied


def get_for_user(request, model, pk, write=False, queryset=None):
    require(request.user, write)
    qs = model.objects.all() if queryset is None else queryset
    try:
        return qs.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_event_for_user(request, pk, write=False):
    from .models import Event

    return get_for_user(
        request, Event, pk, write, Event.objects.select_related("city", "country", "series", "created_by")
    )
