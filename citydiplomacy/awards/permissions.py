"""Who sees what of the award.

- The secretary (and the administrator) manages editions, sees every entry, the progress, the internal results.
- A jury member (role jury, seated on an edition's jury) sees only the entries assigned to it, blinded when the
  edition reviews blind (pages, API and file names); it scores only those.
- The jury chair (the juror flagged chair of the edition) also sees the internal results, decides the shortlist
  and the winners, and publishes. The committee chair role has no part in it: the award's jury is independent.
- Committee members, council observers and analysts see the editions and their counts, never entrants' data.
- A jury member sees only the editions it sits on. Requesters see nothing of the award; anonymous visitors see only the public call and published results.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from citydiplomacy.core.models import Role

from .models import AwardEdition, Entry, Juror


def manages(user):
    return bool(user and user.is_authenticated and user.is_secretary)


def reads_overview(user):
    return bool(user and user.is_authenticated and (user.role != Role.REQUESTER or user.is_admin_role))


def juror_of(user, edition):
    if not (user and user.is_authenticated):
        return None
    return Juror.objects.filter(edition=edition, user=user).first()


def is_chair(user, edition):
    juror = juror_of(user, edition)
    return juror is not None and juror.is_chair


def blinded_for(user, edition):
    return edition.blind_review and not manages(user)


def visible_editions(user):
    """Every edition for the office and the council roles; a jury member only the editions it sits on."""
    qs = AwardEdition.objects.select_related("series", "event")
    if not reads_overview(user):
        return qs.none()
    if user.is_jury_only:
        return qs.filter(jurors__user=user)
    return qs


def get_edition(request, pk):
    if not reads_overview(request.user):
        raise PermissionDenied
    try:
        return visible_editions(request.user).get(pk=pk)
    except (AwardEdition.DoesNotExist, ValueError):
        raise Http404 from None


def visible_entries(user, edition=None):
    """The entries a user may open: all for the secretary, the assigned ones for a juror, none otherwise."""
    qs = Entry.objects.select_related("edition", "category", "country")
    if edition is not None:
        qs = qs.filter(edition=edition)
    if manages(user):
        return qs
    if user.is_authenticated and user.role == Role.JURY:
        return qs.filter(assignments__juror__user=user).exclude(conflicts__juror__user=user)
    return qs.none()


def get_entry(request, pk):
    if not request.user.is_authenticated:
        raise PermissionDenied
    try:
        return visible_entries(request.user).get(pk=pk)
    except (Entry.DoesNotExist, ValueError):
        if manages(request.user) or request.user.role == Role.JURY:
            raise Http404 from None
        raise PermissionDenied from None


def require(condition):
    if not condition:
        raise PermissionDenied
