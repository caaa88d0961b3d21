from django.conf import settings
from django.utils import translation


class LanguageMiddleware:
    """Persian unless the user chose otherwise (language cookie), whatever the browser's Accept-Language says.

    Municipal staff browse with English-language browsers; the office works in Persian.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.supported:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class ContentSecurityPolicyMiddleware:
    """Sends the Content-Security-Policy header (settings.CSP_POLICY): scripts only from this site, never inline,
    so an injected <script> or on...= attribute does not run. CSP_ENABLED turns it off, CSP_REPORT_ONLY sends it
    as Content-Security-Policy-Report-Only (the browser reports, does not block) while templates are checked."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = settings.CSP_ENABLED
        self.header = (
            "Content-Security-Policy-Report-Only" if settings.CSP_REPORT_ONLY else "Content-Security-Policy"
        )
        self.policy = settings.CSP_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.enabled and self.header not in response.headers:
            response.headers[self.header] = self.policy
        return response
