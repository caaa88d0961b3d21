"""End to end in headless Chromium: an entrant submits an entry through the public call page and confirms its
e-mail; the secretary assigns it; two jurors score it; the chair decides and publishes; the certificate downloads."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from citydiplomacy.awards.models import AwardEdition, Entry, Result, Score
from citydiplomacy.browser import artifact

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.browser
def test_entry_from_call_to_certificate(browser_page, edition, secretary, jurors, tmp_path):
    page = browser_page
    base = page.base
    page.set_default_timeout(15000)

    def login(username):
        page.login(username)
        page.context.add_cookies([{"name": "django_language", "value": "en", "url": base}])

    slug, edition_pk = edition.slug, edition.pk
    dossier = tmp_path / "curitiba-dossier.pdf"
    dossier.write_bytes(PDF)

    # The public call page, in Persian (kept as an artifact), then in English.
    page.goto(f"{base}/awards/call/{slug}/")
    assert "ششمین جایزه خشت طلایی" in page.locator("#call-title").inner_text()
    page.screenshot(path=str(artifact("awards-call-page.png")), full_page=True)
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": base}])
    page.goto(f"{base}/awards/call/{slug}/")
    page.select_option("#id_category", label="Urban regeneration")
    page.fill("#id_title", "Bus rapid transit for all")
    page.fill("#id_summary", "A city-wide BRT network that halved travel times.")
    page.select_option("#id_entrant_kind", "city")
    page.fill("#id_entrant_name", "Curitiba City Hall")
    page.select_option("#id_country", label="Brazil")
    page.fill("#id_city_name", "Curitiba")
    page.fill("#id_contact_person", "Ana Souza")
    page.fill("#id_email", "ana@example.org")
    page.set_input_files("#id_files", str(dossier))
    page.click("#submit-entry")
    page.wait_for_selector("#entry-code")
    code = page.locator("#entry-code").inner_text()
    assert "not confirmed" in page.locator("#email-state").inner_text()
    assert "curitiba-dossier.pdf" in page.locator("#files").inner_text()

    (message,) = mail.outbox
    confirm_link = re.search(r"http://\S+/awards/confirm/\S+/", message.body).group(0)
    page.goto(confirm_link)
    assert "confirmed" in page.locator("#message").inner_text()

    # The secretary assigns the confirmed entry to the jury.
    login("secretary")
    page.goto(f"{base}/awards/{edition_pk}/")
    page.click("#assign-all")
    page.wait_for_selector("text=new assignments")

    entry_pk = Entry.objects.get(code=code).pk
    for username, values in (("juror2", ("8", "7")), ("juror_chair", ("9", "6"))):
        login(username)
        page.goto(f"{base}/awards/{edition_pk}/entries/")
        assert "Curitiba" not in page.locator("#entries").inner_text()  # blind review
        page.click(f"tr[data-entry='{code}'] a")
        inputs = page.locator("#score-form input[type=number]")
        inputs.nth(0).fill(values[0])
        inputs.nth(1).fill(values[1])
        page.locator("#score-form textarea").first.fill(f"Comment of {username}")
        page.click("#score-form button")
        page.wait_for_selector("text=Your scores were saved.")
    assert Score.objects.filter(entry_id=entry_pk).count() == 4

    AwardEdition.objects.filter(pk=edition_pk).update(closes_at=timezone.now() - dt.timedelta(minutes=1))
    page.goto(f"{base}/awards/{edition_pk}/results/")  # still the chair
    row = page.locator(f"tr[data-entry='{code}']")
    row.locator("select[name=result]").select_option("winner")
    row.locator("button").click()
    page.wait_for_selector(f"text=The decision on {code} was recorded.")
    page.click("#publish")
    page.wait_for_selector("text=The results are public.")
    page.screenshot(path=str(artifact("awards-results.png")), full_page=True)
    assert Entry.objects.get(pk=entry_pk).result == Result.WINNER

    page.context.clear_cookies()
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": base}])
    page.goto(f"{base}/awards/results/{slug}/")
    winner = page.locator(f"li[data-entry='{code}']")
    assert "Curitiba City Hall" in winner.inner_text() and "Winner" in winner.inner_text()
    with page.expect_download() as download_info:
        winner.locator("a.certificate").click()
    path = download_info.value.path()
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
