"""Who reads and changes the catalogue, the pipeline and the exports report.

- The catalogue is read by everybody signed in but the award's jurors. The exports officer and the administrator edit every entry;
  the people of an offering's owning unit edit that unit's entries.
- Leads are commercial: read by the exports officer, the committee secretary and the administrator; changed by
  the exports officer and the administrator.
- The exports report is read by the office and the committee, analysts and council observers.
- The public catalogue (no login) shows only offerings marked public, and only once the office switches it on.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from citydiplomacy.core.models import Role

REPORT_ROLES = {
    Role.EXPORTS,
    Role.SECRETARY,
    Role.CHAIR,
    Role.MEMBER,
    Role.OBSERVER,
    Role.ANALYST,
    Role.ADMIN,
}


def _signed_in(user):
    return bool(user and user.is_authenticated)


def is_exports_officer(user):
    return _signed_in(user) and (user.role == Role.EXPORTS or user.is_admin_role)


def can_read_catalogue(user):
    return _signed_in(user) and user.role != Role.JURY  # a juror is an outside guest of the award


def can_edit_offering(user, offering=None):
    if is_exports_officer(user):
        return True
    if not _signed_in(user) or user.role in (Role.OBSERVER, Role.ANALYST, Role.JURY) or not user.unit_id:
        return False
    return offering is None or offering.unit_id == user.unit_id


def can_read_leads(user):
    return is_exports_officer(user) or (_signed_in(user) and user.role == Role.SECRETARY)


def can_edit_leads(user):
    return is_exports_officer(user)


def can_read_report(user):
    return _signed_in(user) and (user.role in REPORT_ROLES or user.is_admin_role)


def can_set_probabilities(user):
    return _signed_in(user) and user.is_admin_role


def require(allowed):
    if not allowed:
        raise PermissionDenied


def get_offering_for_user(request, pk, write=False):
    require(can_read_catalogue(request.user))
    from .models import Offering

    try:
        offering = Offering.objects.select_related("unit", "contact").get(pk=pk)
    except (Offering.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if write:
        require(can_edit_offering(request.user, offering))
    return offering


def get_lead_for_user(request, pk, write=False):
    require(can_edit_leads(request.user) if write else can_read_leads(request.user))
    from .models import Lead

    try:
        return Lead.objects.select_related(
            "country", "partner_city", "partner_organization", "owner", "agreement", "lost_reason",
            "source_mission", "source_story", "source_event",
        ).get(pk=pk)  # fmt: skip
    except (Lead.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
