"""Who sees the news inbox and who decides on its stories."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from .models import Source, Story


def can_read(user):
    return user.is_authenticated and user.sees_reports


def can_decide(user):
    return user.is_authenticated and user.is_secretary


def get_story_for_user(request, pk, write=False):
    if not can_read(request.user) or (write and not can_decide(request.user)):
        raise PermissionDenied
    try:
        return Story.objects.get(pk=pk)
    except (Story.DoesNotExist, ValueError):
        raise Http404 from None


def get_source_for_user(request, pk, write=False):
    if not can_read(request.user) or (write and not can_decide(request.user)):
        raise PermissionDenied
    try:
        return Source.objects.get(pk=pk)
    except (Source.DoesNotExist, ValueError):
        raise Http404 from None
