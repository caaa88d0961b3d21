import datetime as dt

import pytest

from citydiplomacy.agreements import services
from citydiplomacy.agreements.models import Status
from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import City

TODAY = dt.date(2025, 6, 1)


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def beijing(db):
    return City.objects.get(name_en="Beijing")


@pytest.fixture
def owner(db):
    return Person.objects.create(
        name_fa="مریم احمدی", name_en="Maryam Ahmadi", position="مدیر روابط بین‌الملل"
    )


@pytest.fixture
def agreement_factory(secretary, beijing):
    def make(parties=None, **fields):
        fields.setdefault("kind", "mou")
        fields.setdefault("title_fa", "تفاهم‌نامه حمل‌ونقل")
        fields.setdefault("title_en", "Transport MoU")
        fields.setdefault("signed_on", TODAY - dt.timedelta(days=365))
        fields.setdefault("valid_years", 5)
        fields.setdefault("status", Status.ACTIVE)
        return services.create_agreement(secretary, parties=parties or [beijing], today=TODAY, **fields)

    return make


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Personas are created with a password; a fast hasher keeps the suite within its time budget."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
