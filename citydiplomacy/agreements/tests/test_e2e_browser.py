"""End to end in headless Chromium: record an MoU with two commitments, deliver one, see the other overdue."""

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from django.utils import timezone

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


@pytest.fixture
def browser():
    if not shutil.which(CHROMIUM):
        message = f"Chromium is missing at {CHROMIUM}; the end-to-end test needs it."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # The live server answers in its own threads; persistent connections there would outlive the test
    # database on PostgreSQL, so each request closes its connection.
    connections.settings["default"]["CONN_MAX_AGE"] = 0

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield browser
        browser.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_mou_with_two_commitments_one_delivered_the_other_overdue(
    seeded, live_server, secretary, owner, browser
):
    # The data is made before the browser starts: Playwright runs the test body in another context, where
    # the ORM would open a second connection that outlives the test database on PostgreSQL.
    today, owner_name = timezone.localdate(), owner.name_en
    page = browser.new_page(locale="en-US")
    page.set_default_timeout(30000)
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", "secretary")
    page.fill("input[name=password]", "pass-12345")
    with page.expect_navigation():  # the session exists once the login's redirect has arrived
        page.click("button[type=submit], input[type=submit]")

    page.goto(f"{live_server.url}/agreements/new/")
    page.select_option("#id_kind", "mou")
    page.fill("#id_title_fa", "تفاهم‌نامه حمل‌ونقل تهران و پکن")
    page.fill("#id_title_en", "Tehran–Beijing transport MoU")
    page.select_option("#id_status", "signed")
    page.fill("#id_signed_on", (today - dt.timedelta(days=60)).isoformat())
    page.fill("#id_valid_years", "5")
    page.select_option("#id_party_cities", label="Beijing")
    page.click("form button.btn-primary")
    page.wait_for_selector("#agreement-status")
    reference = page.locator("h1 span[dir=ltr]").inner_text()

    for title, due in (
        ("Exchange metro experts", today + dt.timedelta(days=3)),
        ("Joint cultural week", today - dt.timedelta(days=2)),
    ):
        page.click("text=Add a commitment")
        page.fill("#add-commitment #id_title", title)
        page.select_option("#add-commitment #id_owner", label=owner_name)
        page.fill("#add-commitment #id_due_on", due.isoformat())
        page.click("#add-commitment button")
        page.wait_for_selector(f"tr[data-commitment='{title}']")

    row = page.locator("tr[data-commitment='Exchange metro experts']")
    row.locator("summary").click()
    row.locator("textarea[name=evidence]").fill("Experts met in Beijing; minutes signed")
    row.locator("button.btn-success").click()
    page.wait_for_selector("text=The commitment was recorded as delivered.")
    assert "Overdue" in page.locator("tr[data-commitment='Joint cultural week']").inner_text()
    assert "Delivered" in page.locator("tr[data-commitment='Exchange metro experts']").inner_text()

    page.goto(f"{live_server.url}/")
    overdue = page.locator("#overdue-commitments").inner_text()
    assert "Joint cultural week" in overdue and "Exchange metro experts" not in overdue

    page.goto(f"{live_server.url}/agreements/report/")
    assert page.locator("#total-overdue").inner_text() == "1"
    assert page.locator("#total-done").inner_text() == "1"
    assert reference in page.locator("#per-agreement").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "agreements-report.png"), full_page=True)
