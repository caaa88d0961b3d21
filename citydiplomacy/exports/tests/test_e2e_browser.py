"""End to end in headless Chromium: a lead crosses the board by drag and by keyboard until won, and its
contract appears in the agreements registry."""

import datetime as dt
from decimal import Decimal

import pytest

from citydiplomacy.browser import artifact
from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role, Unit
from citydiplomacy.exports import services
from citydiplomacy.exports.models import Lead, OfferingKind, Stage
from citydiplomacy.partners.models import City

pytestmark = pytest.mark.browser


def test_lead_moved_by_drag_and_keyboard_until_won(browser_page):
    page = browser_page
    officer = make_user("exports", Role.EXPORTS)
    unit = Unit.objects.create(name_fa="سازمان فناوری اطلاعات", name_en="ICT Organization")
    offering = services.create_offering(officer, name_fa="سامانه ۱۳۷", name_en="137 hotline", unit=unit,
                                        kind=OfferingKind.SOFTWARE)  # fmt: skip
    karbala = City.objects.get(name_en="Karbala")
    lead = services.create_lead(officer, title="Hotline for Karbala", partner_city=karbala, offerings=[offering],
                                value=Decimal(500_000), currency="USD")  # fmt: skip
    page.login("exports")
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": page.base}])
    page.goto(page.base + "/exports/board/")

    def stage():
        return Lead.objects.get(pk=lead.pk).stage

    card = f"li.board-card[data-lead='{lead.pk}']"
    # 1. drag from Inquiry to Presentation
    with page.expect_response(lambda r: r.url.endswith(f"/exports/leads/{lead.pk}/move/")):
        page.drag_and_drop(card, "ul.board-cards[data-stage='presentation']")
    page.wait_for_selector(f"ul.board-cards[data-stage='presentation'] {card}")
    assert stage() == Stage.PRESENTATION

    # 2. by keyboard: the card's Move menu, one step down (Proposal sent), then Tab to the button and Enter
    page.focus(f"#move-{lead.pk}")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert stage() == Stage.PROPOSAL

    # 3. a win dragged before a proposal is on file is refused and leads to the lead's move form
    page.goto(page.base + "/exports/board/")
    with page.expect_navigation():
        page.drag_and_drop(card, "ul.board-cards[data-stage='won']")
    assert f"/exports/leads/{lead.pk}/" in page.url
    assert stage() == Stage.PROPOSAL

    # 4. record the proposal on the lead's page
    page.fill("#id_proposal-sent_on", dt.date.today().isoformat())
    page.fill("#id_proposal-reference", "P-2025-137")
    page.click("text=Record the proposal")
    page.wait_for_selector("text=The proposal was recorded.")

    # 5. drag to Won: the contract is made
    page.goto(page.base + "/exports/board/")
    with page.expect_response(lambda r: r.url.endswith(f"/exports/leads/{lead.pk}/move/")):
        page.drag_and_drop(card, "ul.board-cards[data-stage='won']")
    page.wait_for_selector(f"ul.board-cards[data-stage='won'] {card}")
    page.screenshot(path=str(artifact("exports-board.png")), full_page=True)
    lead.refresh_from_db()
    assert lead.stage == Stage.WON and lead.agreement is not None

    page.goto(page.base + "/agreements/?kind=contract")
    assert page.locator("#agreements").get_by_text("Hotline for Karbala").count() == 1
    with page.expect_navigation():
        page.locator("#agreements tr", has_text="Hotline for Karbala").locator("a").first.click()
    assert f"/agreements/{lead.agreement_id}/" in page.url
    assert page.get_by_text("تحویل: سامانه ۱۳۷").count() >= 1  # the registry's records are in Persian
