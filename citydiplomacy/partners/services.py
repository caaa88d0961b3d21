"""Finding countries and cities by any of their names, in Persian or English, letter forms unified."""

from django.db import transaction

from citydiplomacy.lib.persian import normalize_name

from .models import City, Country


class CountryIndex:
    """All countries keyed by ISO codes and every normalized name; built once per import or request."""

    def __init__(self):
        self.by_key = {}
        for country in Country.objects.all():
            for key in [country.iso2, country.iso3, *country.all_names()]:
                if key:
                    self.by_key.setdefault(normalize_name(key), country)

    def find(self, text):
        return self.by_key.get(normalize_name(text))


def find_city(name, country=None):
    key = f"|{normalize_name(name)}|"
    qs = City.objects.filter(name_keys__contains=key)
    if country is not None:
        qs = qs.filter(country=country)
    return qs.first()


@transaction.atomic
def get_or_create_city(name, country):
    city = find_city(name, country)
    if city:
        return city, False
    city = City.objects.create(name_fa=name, name_en=name, country=country)
    return city, True
