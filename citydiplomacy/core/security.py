"""Logins under attack: the lockout page (django-axes), the client address behind the proxy, the API docs gate."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from citydiplomacy.lib.persian import to_persian_digits


def client_ip(request):
    """The client's address: REMOTE_ADDR, or when the app is behind its own reverse proxy (TRUSTED_PROXY_COUNT
    > 0, see deploy/), the address that proxy appended to X-Forwarded-For. Used by the login throttle, so a
    client cannot choose its own address by sending the header: only proxies' entries are trusted."""
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def lockout_message():
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    text = _(
        "Too many failed attempts to log in. Logging in to this account, or from this address, is blocked "
        "for {minutes} minutes. An administrator can lift the block sooner."
    ).format(minutes=minutes)
    return to_persian_digits(text) if _is_fa() else text


def _is_fa():
    from django.utils.translation import get_language

    return (get_language() or "fa").startswith("fa")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout response: a translated page (429), or JSON for the API."""
    message = lockout_message()
    if request.path.startswith("/api/") or request.META.get("HTTP_X_REQUESTED_WITH") == "XMLHttpRequest":
        return JsonResponse({"detail": message}, status=429)
    return render(request, "core/locked_out.html", {"message": message}, status=429)


def obtain_auth_token_view():
    """DRF's token endpoint, throttled like the login page: django-axes marks the lockout on DRF's request
    wrapper, which the lockout middleware does not see; copy the mark to the Django request under it."""
    from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
    from rest_framework import serializers
    from rest_framework.authtoken.views import ObtainAuthToken
    from rest_framework.throttling import ScopedRateThrottle

    class ThrottledObtainAuthToken(ObtainAuthToken):
        # a rate per address (API_TOKEN_RATE), besides axes' lockout
        throttle_classes = [ScopedRateThrottle]
        throttle_scope = "api-token"

        @extend_schema(
            responses={
                200: inline_serializer("IssuedToken", {"token": serializers.CharField()}),
                429: OpenApiResponse(
                    inline_serializer("TooManyAttempts", {"detail": serializers.CharField()}),
                    description="Too many attempts from this address, or this account is locked out for a while.",
                ),
            }
        )
        def post(self, request, *args, **kwargs):
            try:
                return super().post(request, *args, **kwargs)
            finally:
                if getattr(request, "axes_locked_out", False):
                    request._request.axes_locked_out = True
                    request._request.axes_credentials = getattr(request, "axes_credentials", None)

    return ThrottledObtainAuthToken.as_view()
