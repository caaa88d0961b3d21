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
