"""Logins under attack: guessing is throttled per account and per address, weak passwords are refused."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role

RIGHT = "pass-12345"


def english_client(address="203.0.113.7"):
    client = Client(REMOTE_ADDR=address)
    client.cookies["django_language"] = "en"
    return client


def login(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


@pytest.fixture
def clerk(db):
    return make_user("clerk", Role.SECRETARY)


def test_fifty_wrong_passwords_then_the_right_one_does_not_log_in(clerk, settings):
    client = english_client()
    statuses = {login(client, "clerk", f"guess-{i}").status_code for i in range(50)}
    assert statuses == {200, 429}  # the form again, then the lockout page
    response = login(client, "clerk", RIGHT)
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    page = response.content.decode()
    assert "Too many failed attempts" in page and "15 minutes" in page and "Traceback" not in page


def test_the_account_is_locked_from_another_address_too(clerk):
    for i in range(5):
        login(english_client("203.0.113.7"), "clerk", f"guess-{i}")
    assert login(english_client("198.51.100.9"), "clerk", RIGHT).status_code == 429


def test_one_address_guessing_many_accounts_is_locked_out(db):
    for name in ("a1", "a2", "a3", "a4", "a5", "a6"):
        make_user(name, Role.MEMBER)
    client = english_client("203.0.113.50")
    for name in ("a1", "a2", "a3", "a4", "a5"):
        login(client, name, "wrong-password")
    assert login(client, "a6", RIGHT).status_code == 429
    assert login(english_client("198.51.100.9"), "a6", RIGHT).status_code == 302  # a6 from elsewhere is fine


def test_a_few_mistakes_then_the_right_password_log_in_and_reset_the_count(clerk):
    client = english_client()
    for i in range(4):
        assert login(client, "clerk", f"guess-{i}").status_code == 200
    assert login(client, "clerk", RIGHT).status_code == 302


def test_the_lockout_page_is_in_persian_by_default(clerk):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for i in range(6):
        response = login(client, "clerk", f"guess-{i}")
    assert response.status_code == 429
    page = response.content.decode()
    assert "۱۵" in page and "Too many failed attempts" not in page


def test_an_administrator_can_lift_a_lockout(clerk):
    client = english_client()
    for i in range(6):
        login(client, "clerk", f"guess-{i}")
    assert login(client, "clerk", RIGHT).status_code == 429
    call_command("axes_reset_username", "clerk", verbosity=0)
    call_command("axes_reset_ip", "203.0.113.7", verbosity=0)
    assert login(client, "clerk", RIGHT).status_code == 302


def test_the_api_token_endpoint_is_throttled_too(clerk):
    client = Client(REMOTE_ADDR="203.0.113.7")
    url = reverse("api-token")
    for i in range(50):
        client.post(url, {"username": "clerk", "password": f"guess-{i}"})
    response = client.post(url, {"username": "clerk", "password": RIGHT})
    assert response.status_code == 429 and "token" not in response.json()
    assert response.json()["detail"]


def test_a_client_cannot_pick_its_address_with_a_forwarded_header(clerk):
    for i in range(6):
        Client(REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}").post(
            reverse("login"), {"username": f"nobody{i}", "password": "x"}
        )
    assert login(english_client("203.0.113.7"), "clerk", RIGHT).status_code == 429


@pytest.mark.parametrize("weak", ["password", "12345678", "demo1234", "1234567890", "short"])
def test_weak_passwords_are_refused_by_the_password_change_form(clerk, client_for, weak):
    client = client_for(clerk)
    response = client.post(
        reverse("password_change"), {"old_password": RIGHT, "new_password1": weak, "new_password2": weak}
    )
    assert response.status_code == 200 and "invalid-feedback" in response.content.decode()
    clerk.refresh_from_db()
    assert clerk.check_password(RIGHT)


def test_a_strong_password_is_accepted(clerk, client_for):
    strong = "Tabriz-Kazan-Sister-Cities-1404"
    response = client_for(clerk).post(
        reverse("password_change"), {"old_password": RIGHT, "new_password1": strong, "new_password2": strong}
    )
    assert response.status_code == 302
    clerk.refresh_from_db()
    assert clerk.check_password(strong)
