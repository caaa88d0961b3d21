"""End to end in headless Chromium: the secretary builds a programme in Persian, meets the room clash message,
sees the programme page (screenshot kept in test-artifacts/), and checks a guest in with the live count."""

from pathlib import Path

import pytest

from citydiplomacy.events import guests
from citydiplomacy.events.models import Audience, Session

from .conftest import START

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_programme_built_in_the_browser_with_the_clash_refused_and_a_guest_checked_in(
    browser_page, event_factory
):
    page = browser_page
    event = event_factory(title_fa="رویداد شهری تهران", title_en="Tehran Urban Event")
    guest = guests.invite(event, None, guest_name="Citizen guest", audience=Audience.CITIZENS, foreign=False)
    guests.answer(guest, None, accepted=True)
    code, pk = guest.badge_code, event.pk
    page.login("secretary")

    def add(title_fa, title_en, start, end, room):
        page.goto(f"{page.base}/events/{pk}/sessions/new/")
        page.fill("#id_title_fa", title_fa)
        page.fill("#id_title_en", title_en)
        page.fill("#id_day", START.isoformat())
        page.fill("#id_start_time", start)
        page.fill("#id_end_time", end)
        page.fill("#id_room", room)
        page.click("form button.btn-primary")

    add("افتتاحیه", "Opening ceremony", "09:00", "10:00", "سالن ۱")
    add("مجمع عمومی", "General assembly", "10:00", "12:00", "سالن ۱")
    add("پنل همزمان", "Clashing panel", "09:30", "10:30", "سالن ۱")
    alert = page.locator(".alert-danger").inner_text()
    assert "افتتاحیه" in alert and "پنل همزمان" in alert
    page.goto(f"{page.base}/events/{pk}/programme/")
    rows = page.locator("#programme tbody tr")
    assert rows.count() == 2
    assert page.evaluate("document.documentElement.dir") == "rtl"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "events-programme.png"), full_page=True)

    page.goto(f"{page.base}/events/{pk}/check-in/")
    page.wait_for_function("document.getElementById('count-arrived').textContent.trim().length > 0")
    page.fill("#id_code", code)
    page.click("#check-in-form button")
    page.wait_for_function("document.getElementById('count-arrived').textContent.indexOf('۱ / ۱') >= 0")
    assert Session.objects.filter(event_id=pk).count() == 2
