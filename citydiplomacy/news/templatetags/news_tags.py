from django import template

from citydiplomacy.news.labels import topic_label

register = template.Library()


@register.filter
def topics(codes):
    """The engine's topic codes (transport, smart_city) as the reader names them."""
    return [str(topic_label(code)) for code in codes or []]
