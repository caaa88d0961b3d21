import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import timezone, translation

from citydiplomacy.awards import services
from citydiplomacy.awards.models import AwardSeries
from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role
from citydiplomacy.partners.models import Contact, Country

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 10, 10)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def _english():
    """Messages of services called outside a request are read in English here."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _private_files(settings, tmp_path):
    settings.AWARDS_PRIVATE_ROOT = tmp_path / "private-awards"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def series(db):
    return AwardSeries.objects.create(name_fa="جایزه بین‌المللی خشت طلایی", name_en="Golden Brick International Award",
                                      slug="golden-brick")  # fmt: skip


@pytest.fixture
def edition(series, secretary):
    now = timezone.now()
    edition = services.create_edition(
        secretary, series=series, number=6, slug="golden-brick-6", title_fa="ششمین جایزه خشت طلایی",
        title_en="6th Golden Brick Award", opens_at=now - dt.timedelta(days=10),
        closes_at=now + dt.timedelta(days=10), scale_min=1, scale_max=10, blind_review=True,
        normalization="zscore",
    )  # fmt: skip
    services.add_category(edition, secretary, name_fa="بازآفرینی شهری", name_en="Urban regeneration", order=1)
    services.add_category(
        edition, secretary, name_fa="حمل‌ونقل پایدار", name_en="Sustainable transport", order=2
    )
    services.add_criterion(edition, secretary, name_fa="نوآوری", name_en="Innovation", weight=2, order=1)
    services.add_criterion(edition, secretary, name_fa="اثر", name_en="Impact", weight=1, order=2)
    return edition


@pytest.fixture
def category(edition):
    return edition.categories.get(order=1)


@pytest.fixture
def countries(db):
    return {c.iso2: c for c in Country.objects.filter(iso2__in=["TR", "JP", "FR", "CN", "BR"])}


@pytest.fixture
def entry_factory(edition, category, countries):
    """entry_factory(**fields) → (entry, key), confirmed unless confirmed=False."""

    def make(confirmed=True, files=(), **fields):
        fields.setdefault("category", category)
        fields.setdefault("title", "Green corridors")
        fields.setdefault("summary", "A network of green corridors.")
        fields.setdefault("entrant_kind", "city")
        fields.setdefault("entrant_name", "Istanbul Metropolitan Municipality")
        fields.setdefault("country", countries["TR"])
        fields.setdefault("city_name", "Istanbul")
        fields.setdefault("contact_person", "Ayse Kaya")
        fields.setdefault("email", "ayse@example.org")
        entry, key = services.submit_entry(edition, files=files, **fields)
        if confirmed:
            entry.email_confirmed_at = timezone.now()
            entry.save(update_fields=["email_confirmed_at"])
        return entry, key

    return make


@pytest.fixture
def jury_factory(edition, secretary, countries):
    """jury_factory(name, chair=False, categories=None) → Juror with a user of role jury."""

    def make(name, chair=False, categories=None, country="JP"):
        user = make_user(name, Role.JURY, email=f"{name}@example.org")
        contact = Contact.objects.create(name_fa=name, name_en=name.title(), country=countries[country])
        cats = list(edition.categories.all()) if categories is None else categories
        return services.add_juror(
            edition, secretary, account=user, contact=contact, categories=cats, is_chair=chair
        )

    return make


@pytest.fixture
def jurors(jury_factory):
    return {"chair": jury_factory("juror_chair", chair=True), "j2": jury_factory("juror2"),
            "j3": jury_factory("juror3")}  # fmt: skip


def criteria_of(edition):
    return list(edition.criteria.order_by("order"))


def score(juror, entry, values):
    return services.save_scores(
        juror,
        entry,
        juror.user,
        {c: (v, "") for c, v in zip(criteria_of(entry.edition), values, strict=True)},
    )
