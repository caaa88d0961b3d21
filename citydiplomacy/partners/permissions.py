"""Who reads and who edits the relations registry (partners, memberships, agreements).

Everybody signed in reads the registry: committee and council roles, analysts, and requesters too, since
units own commitments and need to see them. Only `user.can_edit_registry` (the secretary and the
administrator) changes it. Personal data of people (phone, passport, birth date) only for
`user.sees_personal_data`.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404


def can_read(user):
    # A jury member of the award is an outsider: the registry is not for it.
    return bool(user and user.is_authenticated and not user.is_jury_only)


def can_edit(user):
    return bool(user and user.is_authenticated and user.can_edit_registry)


def require(user, write=False):
    if not can_read(user) or (write and not can_edit(user)):
        raise PermissionDenied


def get_object_for_user(request, model, pk, write=False, queryset=None):
    """The one helper every registry aggregate goes through: PermissionDenied or Http404, else the object."""
    require(request.user, write)
    qs = model.objects.all() if queryset is None else queryset
    try:
        return qs.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def partner_model(kind):
    from .models import City, Contact, Country, Organization

    models = {"country": Country, "city": City, "organization": Organization, "contact": Contact}
    if kind not in models:
        raise Http404
    return models[kind]


def get_partner_for_user(request, kind, pk, write=False):
    model = partner_model(kind)
    qs = model.objects.all()
    if kind in ("city", "organization", "contact"):
        qs = qs.select_related("country")
    return get_object_for_user(request, model, pk, write=write, queryset=qs)
