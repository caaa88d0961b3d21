from django.conf import settings
from django.utils.translation import get_language


def site(request):
    lang = get_language() or settings.LANGUAGE_CODE
    return {
        "CITY_NAME": settings.CITY_NAME_EN if lang == "en" else settings.CITY_NAME_FA,
        "LANG_IS_FA": lang.startswith("fa"),
    }
