import datetime as dt

import pytest
from django.utils import timezone

from citydiplomacy.events import services
from citydiplomacy.events.models import Audience, Kind
from citydiplomacy.partners.models import City, Contact, Organization

START = dt.date(2025, 5, 13)


def at(day, hour, minute=0):
    """An aware datetime on `day` at `hour` in Tehran time."""
    return timezone.make_aware(
        dt.datetime.combine(day, dt.time(hour, minute)), timezone.get_current_timezone()
    )


@pytest.fixture
def tehran(db):
    return City.objects.get(name_en="Tehran")


@pytest.fixture
def forum(db):
    return Organization.objects.create(
        name_fa="مجمع شهرداران آسیایی", name_en="Asian Mayors Forum", kind="city_org"
    )


@pytest.fixture
def speaker(db):
    return Contact.objects.create(name_fa="سارا کریمی", name_en="Sara Karimi", title="Urban planner")


@pytest.fixture
def other_speaker(db):
    return Contact.objects.create(name_fa="جان اسمیت", name_en="John Smith", title="Mayor")


@pytest.fixture
def event_factory(secretary, tehran):
    def make(**fields):
        fields.setdefault("title_fa", "رویداد شهری آزمایشی")
        fields.setdefault("title_en", "Test Urban Event")
        fields.setdefault("kind", Kind.CONGRESS)
        fields.setdefault("start_date", START)
        fields.setdefault("end_date", START + dt.timedelta(days=2))
        fields.setdefault("city", tehran)
        fields.setdefault("audiences", [Audience.CITY_ORGANIZATIONS, Audience.CITIES_GOVERNMENTS])
        return services.create_event(secretary, **fields)

    return make


@pytest.fixture
def event(event_factory):
    return event_factory()


@pytest.fixture
def agreement_factory(secretary):
    from citydiplomacy.agreements import services as agreement_services

    def make(**fields):
        fields.setdefault("kind", "mou")
        fields.setdefault("title_fa", "تفاهم‌نامه حمل‌ونقل")
        fields.setdefault("title_en", "Transport MoU")
        fields.setdefault("signed_on", dt.date(2024, 6, 1))
        fields.setdefault("valid_years", 5)
        fields.setdefault("status", "active")
        beijing = City.objects.get(name_en="Beijing")
        return agreement_services.create_agreement(
            secretary, parties=[beijing], today=dt.date(2025, 6, 1), **fields
        )

    return make


@pytest.fixture(autouse=True)
def _english():
    """Services' messages in English, so that tests can read them."""
    from django.utils import translation

    with translation.override("en"):
        yield
