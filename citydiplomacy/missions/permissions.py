"""Who may see and do what with mission requests: the one place pages, API, exports and admin ask."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from citydiplomacy.core.models import Role

from .models import CommitteeSession, MissionRequest


def visible_missions(user, qs=None):
    qs = MissionRequest.objects.all() if qs is None else qs
    if not user.is_authenticated:
        return qs.none()
    if user.reads_all_missions:
        return qs
    if user.role == Role.REQUESTER and user.unit_id:
        return qs.filter(unit_id=user.unit_id)
    return qs.none()


def can_view(user, mission):
    return visible_missions(user, MissionRequest.objects.filter(pk=mission.pk)).exists()


def can_create(user):
    return user.is_authenticated and ((user.role == Role.REQUESTER and user.unit_id) or user.is_secretary)


def may_file_for_unit(user, unit):
    """The secretary (and admin) file requests for any unit; a requester only for their own."""
    if user.is_secretary:
        return True
    unit_id = getattr(unit, "pk", unit)
    return user.role == Role.REQUESTER and user.unit_id is not None and unit_id == user.unit_id


def check_unit(user, unit):
    """The one unit rule of creation and editing (pages, API, services): PermissionDenied when broken."""
    if not may_file_for_unit(user, unit):
        raise PermissionDenied(_("Requesters file requests for their own unit only."))


def can_act_as_requester(user, mission):
    """Edit, submit, withdraw, record the outcome and the post-trip report."""
    if user.is_secretary:
        return True
    return user.role == Role.REQUESTER and user.unit_id is not None and user.unit_id == mission.unit_id


def can_decide(user):
    return user.is_authenticated and user.is_chair


def can_manage_sessions(user):
    return user.is_authenticated and user.is_secretary


def get_mission_for_user(request, pk, write=False):
    user = request.user
    try:
        mission = MissionRequest.objects.select_related("unit").get(pk=pk)
    except (MissionRequest.DoesNotExist, ValueError):
        raise Http404 from None
    if not can_view(user, mission):
        raise Http404
    if write and not can_act_as_requester(user, mission):
        raise PermissionDenied
    return mission


def get_session_for_user(request, pk, write=False):
    user = request.user
    if not user.reads_all_missions:
        raise PermissionDenied
    if write and not can_manage_sessions(user):
        raise PermissionDenied
    try:
        return CommitteeSession.objects.get(pk=pk)
    except (CommitteeSession.DoesNotExist, ValueError):
        raise Http404 from None
