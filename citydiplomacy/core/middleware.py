from django.conf import settings
from django.utils import translation


class LanguageMiddleware:
    """Persian unless the user chose otherwise (language cookie), whatever the browser's Accept-Language says.

    Municipal staff browse with English-language browsers; the office works in Persian. A program calling the
    API asks for its language explicitly, so under /api/ an Accept-Language naming a supported language is
    followed (after the cookie; the schema's `?lang=` wins over both).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.supported and request.path.startswith("/api/"):
            language = self._accepted(request.headers.get("Accept-Language", ""))
        if language not in self.supported:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response

    def _accepted(self, header):
        """The first supported language of an Accept-Language header, in the order of its q-values."""
        from django.utils.translation.trans_real import parse_accept_lang_header

        for code, _q in parse_accept_lang_header(header):
            code = code.split("-")[0].lower()
            if code in self.supported:
                return code
        return None


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
