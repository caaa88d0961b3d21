"""End to end in headless Chromium: request → agenda → approval → realization and report → council report PDF."""

import datetime as dt

import pytest

from citydiplomacy.browser import artifact
from citydiplomacy.lib.jalali import format_jalali
from citydiplomacy.missions.models import MissionRequest, Status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_trip_from_request_to_the_council_report(
    browser_page, requester, secretary, chair, observer, traveller
):
    page = browser_page
    start = dt.date.today() - dt.timedelta(days=20)
    end = start + dt.timedelta(days=5)

    # The requester writes the request in Persian, with Jalali dates, and submits it.
    page.login("requester")
    page.goto(page.base + "/missions/new/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#id_title", "اجلاس جهانی UCLG در شیان")
    page.select_option("#id_purpose", "summit")
    page.select_option("#id_countries", label="چین")
    page.fill("#id_start_date", format_jalali(start))
    page.fill("#id_end_date", format_jalali(end))
    page.keyboard.press("Escape")
    page.select_option("#id_travellers", str(traveller.pk))
    page.fill("#id_host_organization", "UCLG")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#btn-submit")
    page.click("#btn-submit")
    page.wait_for_selector(".alert-success")
    mission = MissionRequest.objects.get(title="اجلاس جهانی UCLG در شیان")
    assert mission.status == Status.SUBMITTED and mission.start_date == start

    # The secretary opens a session and puts the request on its agenda.
    page.login("secretary")
    page.goto(page.base + "/missions/sessions/new/")
    page.fill("#id_date", format_jalali(dt.date.today()))
    page.keyboard.press("Escape")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#agenda-form")
    page.select_option("#agenda-form select", str(mission.pk))
    page.click("#agenda-form button")
    page.wait_for_selector(f"text={mission.reference}")

    # The chair approves it in that session.
    page.login("chair")
    page.goto(page.base + f"/missions/{mission.pk}/")
    page.select_option("#decision-form select[name=session]", index=1)
    page.click("#btn-approve")
    page.wait_for_selector(".alert-success")
    mission.refresh_from_db()
    assert mission.status == Status.APPROVED and mission.sessions.count() == 1

    # The requester records the realization and the post-trip report.
    page.login("requester")
    page.goto(page.base + f"/missions/{mission.pk}/")
    page.click("#btn-realize")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#btn-report")
    page.click("#btn-report")
    page.fill("#id_results", "دیدار با شهرداران و بازدید از مترو")
    page.click("form.card button[type=submit]")
    page.wait_for_selector("#post-trip-report")
    mission.refresh_from_db()
    assert mission.status == Status.REALIZED and mission.has_report

    # A council observer opens the council report for this year and downloads the PDF.
    page.login("observer")
    page.goto(
        page.base
        + f"/reports/council/?from={format_jalali(start, persian_digits=False)}&to={format_jalali(dt.date.today(), persian_digits=False)}"
    )
    page.wait_for_selector("#trips")
    assert page.locator("#trips").inner_text().strip() == "۱"
    page.screenshot(path=str(artifact("council-report.png")), full_page=True)
    with page.expect_download() as download_info:
        page.click("#download-pdf")
    pdf_path = artifact("council-report.pdf")
    download_info.value.save_as(pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF")
