"""The API's exception handler: a deletion that other records block is a 409 naming them, never a 500."""

from django.db.models import ProtectedError, RestrictedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.views import exception_handler

# How many of the referring records a message names (the count says how many there are in all).
NAMED = 5


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = gettext_lazy("The request conflicts with the current state of the record.")
    default_code = "conflict"


def referring_text(exc):
    """“2 records refer to it: mission request “MR-1403-00001”, agreement “AG-…”” for a blocked deletion."""
    objects = list(exc.protected_objects if isinstance(exc, ProtectedError) else exc.restricted_objects)
    named = ", ".join(f"{obj._meta.verbose_name} “{obj}”" for obj in objects[:NAMED])
    if len(objects) > NAMED:
        named += ", …"
    return _("It cannot be deleted: {count} records refer to it ({names}).").format(
        count=len(objects), names=named
    )


def handler(exc, context):
    if isinstance(exc, ProtectedError | RestrictedError):
        exc = Conflict(referring_text(exc))
    return exception_handler(exc, context)
