"""The main pages in headless Chromium, in Persian and in English: one language on each page, no serious or
critical accessibility violation (axe-core), usable on a phone, searchable selects, and irreversible actions
that ask first."""

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone

from citydiplomacy.browser import artifact

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HERE = Path(__file__).resolve().parent
VISIBLE_TEXT = (HERE / "visible_text.js").read_text()
AXE = Path(__file__).resolve().parents[2] / "static" / "vendor" / "axe-core" / "axe.min.js"
LATIN = re.compile(r"[A-Za-z]+")
PERSIAN = re.compile(r"[\u0600-\u06ff]+")


@pytest.fixture
def records(seeded, admin_user, secretary, requester, mission_factory, traveller):
    """One of each record the main pages show, named in both languages where the model has both."""
    from citydiplomacy.agreements import services as agreements
    from citydiplomacy.memberships import services as memberships
    from citydiplomacy.missions import services as missions
    from citydiplomacy.partners import services as partners
    from citydiplomacy.partners.models import City

    for user, first, last, english in (
        (admin_user, "محمد", "قاسمی", "Mohammad Ghasemi"),
        (secretary, "زهرا", "موسوی", "Zahra Mousavi"),
        (requester, "مریم", "احمدی", "Maryam Ahmadi"),
    ):
        user.first_name, user.last_name, user.name_en = first, last, english
        user.save()
    today = timezone.localdate()
    mission = mission_factory(title="نشست شهرهای هوشمند", start_date=today - dt.timedelta(days=40))
    session = missions.create_session(secretary, date=today)
    beijing = City.objects.get(name_en="Beijing")
    agreement = agreements.create_agreement(
        secretary, parties=[beijing], kind="mou", title_fa="تفاهم‌نامه حمل‌ونقل", title_en="Transport MoU",
        status="signed", signed_on=today - dt.timedelta(days=30), valid_years=5,
    )  # fmt: skip
    agreements.add_commitment(
        agreement, secretary, title="تبادل کارشناسان مترو", due_on=today + dt.timedelta(days=5)
    )
    organization = partners.create_partner(
        "organization", secretary, name_fa="مجمع شهرهای آزمایشی", name_en="Forum of Test Cities",
        kind="city_org", acronym="FTC",
    )  # fmt: skip
    contact = partners.create_partner(
        "contact", secretary, name_fa="لی وی", name_en="Li Wei", organization=organization
    )
    partners.add_position(
        contact, secretary, title_fa="دبیرکل", title_en="Secretary-General", organization=organization
    )
    membership = memberships.create_membership(
        secretary, organization=organization, since=today - dt.timedelta(days=400),
        annual_dues=Decimal("1500000000.00"), currency="IRR",
    )  # fmt: skip
    memberships.create_seat(
        secretary, organization=organization, title_fa="عضو هیئت اجرایی", title_en="Board member"
    )
    partners.add_note(organization, "organization", secretary, "دبیرخانه در نشست بعدی میزبان است.")
    from citydiplomacy.exports import services as exports

    offering = exports.create_offering(
        admin_user, name_fa="سامانه پاسخگویی شهروندان", name_en="Citizens' hotline", kind="software",
        unit=requester.unit, delivery_models=["licence"], users_served=1_200_000, public=True,
    )  # fmt: skip
    lead = exports.create_lead(
        admin_user, title="سامانه پاسخگویی برای پکن", partner_city=beijing, offerings=[offering],
        value=Decimal(250_000), currency="USD", next_action="ارسال پیشنهاد", next_action_due=today,
    )  # fmt: skip
    exports.add_activity(lead, admin_user, kind="call", on=today, note="تماس با معاون شهردار")
    return {
        "mission": mission.pk, "session": session.pk, "agreement": agreement.pk, "organization": organization.pk,
        "contact": contact.pk, "membership": membership.pk, "beijing": beijing.pk, "offering": offering.pk,
        "lead": lead.pk,
    }  # fmt: skip


def main_pages(ids):
    today = timezone.localdate()
    return [
        "/",
        "/missions/",
        f"/missions/{ids['mission']}/",
        "/missions/new/",
        "/missions/sessions/",
        f"/missions/sessions/{ids['session']}/",
        f"/reports/council/?from={today.year - 1}-01-01&to={today.isoformat()}",
        "/agreements/",
        f"/agreements/{ids['agreement']}/",
        "/agreements/commitments/",
        "/agreements/report/",
        "/agreements/reminders/",
        "/memberships/",
        f"/memberships/{ids['membership']}/",
        "/memberships/seats/",
        "/exports/",
        f"/exports/offerings/{ids['offering']}/",
        "/exports/board/",
        "/exports/leads/",
        f"/exports/leads/{ids['lead']}/",
        "/exports/report/",
        "/exports/settings/",
        "/partners/country/",
        "/partners/city/",
        f"/partners/city/{ids['beijing']}/",
        "/partners/organization/",
        f"/partners/organization/{ids['organization']}/",
        "/partners/contact/",
        f"/partners/contact/{ids['contact']}/",
        "/partners/search/?q=Forum",
        "/news/",
        "/tasks/",
    ]


def serious_violations(page):
    # from the app's own static files: the Content-Security-Policy refuses an inline script, even the test's
    page.add_script_tag(url="/static/vendor/axe-core/axe.min.js")
    found = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => v.id + ": " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))"""
    )
    return found


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_main_page_speaks_one_language_and_passes_axe(browser_page, records, language):
    if not AXE.exists():
        pytest.fail("axe-core is not vendored: run `make assets` (scripts/vendor_assets.py)")
    page = browser_page
    page.login("admin")
    page.context.add_cookies([{"name": "django_language", "value": language, "url": page.base}])
    foreign = LATIN if language == "fa" else PERSIAN
    problems = {}
    for path in main_pages(records):
        response = page.goto(page.base + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        words = sorted(set(foreign.findall(page.evaluate(VISIBLE_TEXT))))
        violations = serious_violations(page)
        if words or violations:
            problems[path] = {"words": words[:15], "axe": violations}
            page.screenshot(
                path=str(artifact(f"pages-{language}-{path.strip('/').replace('/', '-')[:40]}.png"))
            )
    assert not problems, problems


def test_the_check_sees_text_in_the_wrong_language(browser_page, records):
    """The walker is not blind: an English word left in a Persian page is found, and marking it helps."""
    page = browser_page
    page.login("admin")
    page.goto(page.base + "/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<p id=left>Forgotten</p>')"
    )
    assert "Forgotten" in page.evaluate(VISIBLE_TEXT)
    page.evaluate("document.getElementById('left').setAttribute('lang', 'en')")
    assert "Forgotten" not in page.evaluate(VISIBLE_TEXT)


def test_on_a_phone_pages_do_not_scroll_sideways_and_the_filters_fold(browser_page, records):
    page = browser_page
    page.login("admin")
    page.set_viewport_size({"width": 375, "height": 740})
    today = timezone.localdate()
    for path in ("/", "/missions/", f"/reports/council/?from={today.year - 1}-01-01&to={today.isoformat()}",
                 "/agreements/", "/partners/organization/"):  # fmt: skip
        page.goto(page.base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path} is {width}px wide"
    page.goto(page.base + "/missions/")
    assert not page.locator("#mission-filters").is_visible()
    page.click("button[aria-controls=mission-filters]")
    page.wait_for_selector("#mission-filters", state="visible")
    page.screenshot(path=str(artifact("phone-missions-filters.png")))


def test_the_skip_link_leads_to_the_content(browser_page, records):
    page = browser_page
    page.login("admin")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("e => e === document.activeElement") and skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_countries_are_found_by_typing_in_persian(browser_page, records):
    page = browser_page
    page.login("requester")
    page.goto(page.base + "/missions/new/")
    control = page.locator("#id_countries-ts-control")
    control.click()
    control.type("آلما")
    page.wait_for_function(
        """() => { const o = [...document.querySelectorAll('.ts-dropdown .option')].map(e => e.textContent);
                   return o.length > 0 && o.every(t => t.includes('آلما')); }"""
    )
    page.click(".ts-dropdown .option:has-text('آلمان')")
    chosen = page.evaluate("[...document.querySelector('#id_countries').selectedOptions].map(o => o.text)")
    assert chosen == ["آلمان"]
    # the label names the control the reader types into
    label_for = page.locator("label:has-text('کشورهای مقصد')").get_attribute("for")
    assert label_for == "id_countries-ts-control"


def test_submitting_asks_first_and_refusing_changes_nothing(browser_page, records):
    from citydiplomacy.missions.models import MissionRequest, Status

    page = browser_page
    page.login("requester")
    page.goto(page.base + f"/missions/{records['mission']}/")
    page.refuse_dialogs = True
    page.click("#btn-submit")
    page.wait_for_timeout(300)
    assert len(page.dialogs) == 1 and "کمیته" in page.dialogs[0]
    assert MissionRequest.objects.get(pk=records["mission"]).status == Status.DRAFT
    page.refuse_dialogs = False
    page.click("#btn-submit")
    page.wait_for_selector(".alert-success")
    assert MissionRequest.objects.get(pk=records["mission"]).status == Status.SUBMITTED


def test_no_page_runs_inline_script(browser_page, records):
    """For a Content-Security-Policy of script-src 'self': no inline <script> and no on…= handler."""
    page = browser_page
    page.login("admin")
    for path in main_pages(records):
        page.goto(page.base + path)
        inline = page.evaluate(
            """() => [...document.querySelectorAll("script:not([src])")]
                .filter(s => s.type !== "application/json").length
              + [...document.querySelectorAll("*")].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length"""
        )
        assert inline == 0, path
