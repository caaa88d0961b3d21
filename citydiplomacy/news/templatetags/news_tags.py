from django import template
from django.utils.translation import get_language

from citydiplomacy.lib.persian import to_persian_digits
from citydiplomacy.news.labels import topic_label

register = template.Library()


@register.filter
def topics(codes):
    """The engine's topic codes (transport, smart_city) as the reader names them."""
    return [str(topic_label(code)) for code in codes or []]


@register.filter
def in_page_digits(text):
    """A Persian article's title or sentence with Persian digits on a Persian page (the engine keeps Latin
    digits in what it extracts); English text is left as written."""
    text = text or ""
    if (get_language() or "fa").startswith("fa") and any("\u0600" <= ch <= "\u06ff" for ch in text):
        return to_persian_digits(text)
    return text
