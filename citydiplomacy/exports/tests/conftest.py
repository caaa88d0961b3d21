import datetime as dt
from decimal import Decimal

import pytest

from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role
from citydiplomacy.exports import services
from citydiplomacy.exports.models import LossReason, OfferingKind
from citydiplomacy.partners.models import City, Country


@pytest.fixture
def officer(db):
    return make_user("exports", Role.EXPORTS)


@pytest.fixture
def iraq(db):
    return Country.objects.get(iso2="IQ")


@pytest.fixture
def najaf(iraq):
    return City.objects.get_or_create(country=iraq, name_en="Najaf", defaults={"name_fa": "نجف"})[0]


@pytest.fixture
def hotline(officer, unit):
    return services.create_offering(
        officer, name_fa="سامانه پاسخگویی شهروندان", name_en="Citizens' hotline system", kind=OfferingKind.SOFTWARE,
        unit=unit, delivery_models=["licence", "training"], users_served=2_000_000, public=True,
    )  # fmt: skip


@pytest.fixture
def app_offering(officer, other_unit):
    return services.create_offering(
        officer, name_fa="اپلیکیشن خدمات شهری", name_en="City services app", kind=OfferingKind.SOFTWARE,
        unit=other_unit,
    )  # fmt: skip


@pytest.fixture
def reason(db):
    return LossReason.objects.create(name_fa="بودجه ندارند", name_en="No budget")


@pytest.fixture
def lead_factory(officer, najaf, hotline):
    def make(**fields):
        fields.setdefault("title", "Hotline for the municipality")
        fields.setdefault("partner_city", najaf)
        fields.setdefault("value", Decimal("100000"))
        fields.setdefault("currency", "USD")
        offerings = fields.pop("offerings", [hotline])
        return services.create_lead(officer, offerings=offerings, **fields)

    return make


@pytest.fixture
def with_proposal(officer):
    def add(lead, day=None):
        services.add_proposal(lead, officer, sent_on=day or dt.date.today(), reference="PR-1")
        return lead

    return add


@pytest.fixture(autouse=True)
def _english_messages():
    """Services raise translated messages: the tests read them in English (pages choose their own language)."""
    from django.utils import translation

    with translation.override("en"):
        yield


def png_bytes():
    """A real 1×1 PNG, made here (no file read from anywhere)."""
    import struct
    import zlib

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )
