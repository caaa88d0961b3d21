"""The Content-Security-Policy blocks nothing of the app itself: pages with scripts (date picker, charts, the API
docs) open in Chromium without a single policy violation."""

import pytest

from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role

PAGES = [
    "/", "/about/", "/missions/", "/missions/new/", "/reports/council/", "/news/", "/partners/countries/",
    "/agreements/", "/agreements/report/", "/memberships/", "/api/docs/",
]  # fmt: skip


@pytest.mark.browser
def test_no_page_violates_the_content_security_policy(browser_page, unit):
    make_user("secretary", Role.SECRETARY, unit)
    make_user("admin", Role.ADMIN, is_staff=True, is_superuser=True)
    violations = []
    browser_page.on(
        "console",
        lambda message: (
            violations.append(f"{browser_page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    browser_page.login("admin")
    for path in PAGES:
        response = browser_page.goto(browser_page.base + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        browser_page.wait_for_load_state("networkidle")
    assert not violations, violations
