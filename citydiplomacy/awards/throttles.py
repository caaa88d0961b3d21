"""Rate limits of the public award pages, kept in the cache by DRF's throttle (per client address)."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from rest_framework.throttling import SimpleRateThrottle


class PublicThrottle(SimpleRateThrottle):
    setting, default = "AWARDS_PUBLIC_RATE", "120/minute"

    def get_rate(self):
        return getattr(settings, self.setting, self.default)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.setting.lower(), "ident": self.get_ident(request)}


class SubmitThrottle(PublicThrottle):
    """Submissions of new entries: a handful per address and hour."""

    setting, default = "AWARDS_SUBMIT_RATE", "10/hour"


def refused(request, throttles):
    """A 429 response when one of `throttles` refuses the request, else None."""
    for throttle in throttles:
        if not throttle.allow_request(request, None):
            wait = throttle.wait()
            response = HttpResponse(
                _("Too many requests from your address; try again later."),
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            if wait:
                response["Retry-After"] = str(int(wait) + 1)
            return response
    return None
