"""Personas and shared fixtures for every app's tests."""

import datetime as dt

import pytest
from django.test import Client

from citydiplomacy.core.models import Person, Role, Unit, User
from citydiplomacy.partners.models import Country


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def unit(db):
    return Unit.objects.create(name_fa="معاونت حمل و نقل و ترافیک", name_en="Transport and Traffic Deputy")


@pytest.fixture
def other_unit(db):
    return Unit.objects.create(name_fa="سازمان زیباسازی", name_en="Beautification Organization")


def make_user(username, role, unit=None, **extra):
    return User.objects.create_user(
        username=username, password="pass-12345", role=role, unit=unit, first_name=username.title(), **extra
    )


@pytest.fixture
def requester(unit):
    return make_user("requester", Role.REQUESTER, unit)


@pytest.fixture
def other_requester(other_unit):
    return make_user("other_requester", Role.REQUESTER, other_unit)


@pytest.fixture
def secretary(db):
    return make_user("secretary", Role.SECRETARY)


@pytest.fixture
def member(db):
    return make_user("member", Role.MEMBER)


@pytest.fixture
def chair(db):
    return make_user("chair", Role.CHAIR)


@pytest.fixture
def observer(db):
    return make_user("observer", Role.OBSERVER)


@pytest.fixture
def analyst(db):
    return make_user("analyst", Role.ANALYST)


@pytest.fixture
def admin_user(db):
    return make_user("admin", Role.ADMIN, is_staff=True, is_superuser=True)


@pytest.fixture
def personas(requester, other_requester, secretary, member, chair, observer, analyst, admin_user):
    return {
        "requester": requester,
        "other_requester": other_requester,
        "secretary": secretary,
        "member": member,
        "chair": chair,
        "observer": observer,
        "analyst": analyst,
        "admin": admin_user,
    }


@pytest.fixture
def client_for(db):
    """client_for(user) → a logged-in test client speaking English unless told otherwise."""

    def make(user, language="en"):
        client = Client(HTTP_ACCEPT_LANGUAGE=language)
        if user is not None:
            client.force_login(user)
        client.cookies["django_language"] = language
        return client

    return make


@pytest.fixture
def traveller(unit):
    return Person.objects.create(
        name_fa="علی رضایی",
        name_en="Ali Rezaei",
        position="مدیرکل",
        unit=unit,
        passport_number="P1234567",
        national_id="0012345678",
    )


@pytest.fixture
def china(db):
    return Country.objects.get(iso2="CN")


@pytest.fixture
def mission_factory(requester, unit, china, traveller):
    """mission_factory(**fields) → a draft request of the requester's unit to China, next month."""
    from citydiplomacy.missions import services

    def make(user=None, countries=None, travellers=None, **fields):
        start = fields.pop("start_date", dt.date.today() + dt.timedelta(days=30))
        fields.setdefault("end_date", start + dt.timedelta(days=4))
        fields.setdefault("title", "UCLG World Congress")
        fields.setdefault("unit", unit)
        fields.setdefault("purpose", "summit")
        return services.create_request(
            user or requester,
            start_date=start,
            countries=countries if countries is not None else [china],
            travellers=travellers if travellers is not None else [traveller],
            **fields,
        )

    return make


@pytest.fixture
def seeded(transactional_db):
    """Countries and cities for tests on a live server (a transactional test flushes data-migration rows)."""
    from citydiplomacy.partners.models import City, Country
    from citydiplomacy.partners.seed import seed_countries_and_cities

    if not Country.objects.exists():
        seed_countries_and_cities(Country, City)


@pytest.fixture
def browser_page(seeded, live_server):
    """A Playwright page in headless Chromium, pointed at the live server; `page.login(user)` signs in."""
    import os

    from playwright.sync_api import sync_playwright

    from citydiplomacy.browser import CHROMIUM_ARGS, chromium_path

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs its own event loop
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
        page = context.new_page()
        page.base = live_server.url
        # Irreversible actions ask for confirmation (data-confirm): accept (unless told to refuse), and keep
        # what was asked.
        page.dialogs, page.refuse_dialogs = [], False

        def answer(dialog):
            page.dialogs.append(dialog.message)
            dialog.dismiss() if page.refuse_dialogs else dialog.accept()

        page.on("dialog", answer)

        def login(username, password="pass-12345"):
            context.clear_cookies()
            page.goto(live_server.url + "/login/")
            page.fill("#id_username", username)
            page.fill("#id_password", password)
            page.click("button[type=submit]")
            page.wait_for_url(live_server.url + "/")

        page.login = login
        yield page
        # The test's own queries ran while Playwright's loop was running, on a connection of that context:
        # close it here, in the same context, so the test database can be dropped afterwards.
        from django.db import connections

        connections.close_all()
        context.close()
        browser.close()
