"""`POST /api/token/`: a user's API token for their username and password (throttled against guessing)."""

from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.throttling import ScopedRateThrottle


class TokenView(ObtainAuthToken):
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "api-token"


obtain_token = TokenView.as_view()
