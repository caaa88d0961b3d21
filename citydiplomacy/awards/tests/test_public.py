"""The public call page: submit, confirm by e-mail, edit through the private link until the deadline, files
checked by content, rate limits, and never another entrant's data."""

import datetime as dt
import re
import time

import pytest
from django.core import mail, signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from citydiplomacy.awards import services
from citydiplomacy.awards.models import Entry, EntryFile
from citydiplomacy.core.models import AuditEntry

from .conftest import PDF, png_bytes


def form_data(category, country, **extra):
    data = {
        "category": category.pk, "title": "Bus rapid transit for all", "summary": "A city-wide BRT network.",
        "entrant_kind": "city", "entrant_name": "Curitiba City Hall", "country": country.pk,
        "city_name": "Curitiba", "contact_person": "Ana Souza", "email": "ana@example.org",
    }  # fmt: skip
    data.update(extra)
    return data


def english():
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.cookies["django_language"] = "en"
    return client


def test_the_call_page_is_public_in_persian_and_english(edition):
    english_page = english().get(f"/awards/call/{edition.slug}/")
    assert english_page.status_code == 200 and "6th Golden Brick Award" in english_page.text
    assert 'id="entry-form"' in english_page.text
    persian = Client().get(f"/awards/call/{edition.slug}/")
    assert "ششمین جایزه خشت طلایی" in persian.text and 'dir="rtl"' in persian.text


def test_an_entrant_submits_confirms_its_email_and_edits_through_its_private_link(
    edition, category, countries
):
    client = english()
    files = [SimpleUploadedFile("dossier.pdf", PDF, "application/pdf"),
             SimpleUploadedFile("photo.png", png_bytes(), "image/png")]  # fmt: skip
    response = client.post(
        f"/awards/call/{edition.slug}/", {**form_data(category, countries["BR"]), "files": files}
    )
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert entry.files.count() == 2 and not entry.confirmed
    assert AuditEntry.objects.filter(action="awards.entry.submitted", object_id=str(entry.pk)).exists()
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"] and entry.code in message.subject
    confirm_url, private_url = re.findall(r"http://testserver(/awards/\S+/)", message.body)
    assert response["Location"] == private_url

    page = client.get(confirm_url)
    assert page.status_code == 200
    entry.refresh_from_db()
    assert entry.confirmed

    private = client.get(private_url)
    assert "Curitiba City Hall" in private.text and "dossier.pdf" in private.text
    changed = client.post(private_url, form_data(category, countries["BR"], title="BRT for every district"))
    assert changed.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "BRT for every district"
    assert AuditEntry.objects.filter(action="awards.entry.edited", object_id=str(entry.pk)).exists()
    own_file = entry.files.first()
    download = client.get(f"{private_url}files/{own_file.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content)[:4] in (b"%PDF", b"\x89PNG")


class _OldSigner(signing.TimestampSigner):
    """Signs as if eight days ago."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 8 * 24 * 3600)


def test_a_tampered_or_expired_confirmation_link_is_refused(edition, entry_factory):
    entry, _key = entry_factory(confirmed=False)
    token = signing.TimestampSigner(salt=services.CONFIRM_SALT).sign(str(entry.pk))
    tampered = english().get(f"/awards/confirm/{token[:-2]}xx/")
    assert tampered.status_code == 400 and "not valid" in tampered.text
    old = _OldSigner(salt=services.CONFIRM_SALT).sign(str(entry.pk))
    expired = english().get(f"/awards/confirm/{old}/")
    assert expired.status_code == 400 and "expired" in expired.text
    entry.refresh_from_db()
    assert not entry.confirmed


def test_after_the_deadline_nothing_changes(edition, category, countries, entry_factory):
    entry, key = entry_factory()
    edition.closes_at = timezone.now() - dt.timedelta(minutes=1)
    edition.save()
    client = english()
    page = client.get(f"/awards/call/{edition.slug}/")
    assert 'id="entry-form"' not in page.text and "closed" in page.text
    refused = client.post(f"/awards/call/{edition.slug}/", form_data(category, countries["BR"]), follow=True)
    assert "closed" in refused.text and Entry.objects.count() == 1
    client.post(f"/awards/entry/{key}/", form_data(category, countries["BR"], title="Changed late"))
    entry.refresh_from_db()
    assert entry.title == "Green corridors"
    with pytest.raises(services.DomainError, match="closed"):
        services.update_entry(entry, title="Changed late")
    assert "no longer" in client.get(f"/awards/entry/{key}/").text


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("plan.pdf", png_bytes, "not what its name says"),
        ("photo.png", lambda: PDF, "not what its name says"),
        ("notes.pdf", lambda: b"just text, not a PDF", "not a PDF or an image"),
        ("broken.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "cannot be read"),
    ],
)
def test_a_file_is_checked_by_its_content_and_nothing_is_half_written(edition, category, countries, name, content,
                                                                        message):  # fmt: skip
    upload = SimpleUploadedFile(name, content(), "application/pdf")
    response = english().post(
        f"/awards/call/{edition.slug}/", {**form_data(category, countries["BR"]), "files": [upload]}
    )
    assert response.status_code == 400 and message in response.text
    assert Entry.objects.count() == 0 and EntryFile.objects.count() == 0


def test_an_oversized_upload_is_refused(edition, category, countries):
    edition.max_file_mb = 1
    edition.save()
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (1024 * 1024), "application/pdf")
    response = english().post(
        f"/awards/call/{edition.slug}/", {**form_data(category, countries["BR"]), "files": [big]}
    )
    assert response.status_code == 400 and "larger than 1 MB" in response.text
    assert Entry.objects.count() == 0


def test_the_next_submission_past_the_limit_is_refused_with_429(edition, category, countries, settings):
    settings.AWARDS_SUBMIT_RATE = "3/hour"
    client = english()
    for i in range(3):
        response = client.post(
            f"/awards/call/{edition.slug}/", form_data(category, countries["BR"], title=f"Entry {i}")
        )
        assert response.status_code == 302
    refused = client.post(
        f"/awards/call/{edition.slug}/", form_data(category, countries["BR"], title="One more")
    )
    assert refused.status_code == 429 and "Retry-After" in refused
    assert Entry.objects.count() == 3
    other_address = Client(REMOTE_ADDR="10.0.0.9")
    assert (
        other_address.post(f"/awards/call/{edition.slug}/", form_data(category, countries["BR"])).status_code
        == 302
    )


def test_public_pages_are_rate_limited_too(edition, settings):
    settings.AWARDS_PUBLIC_RATE = "5/minute"
    client = english()
    codes = [client.get(f"/awards/call/{edition.slug}/").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]


def test_a_private_link_shows_only_its_own_entry(edition, entry_factory, countries):
    mine, my_key = entry_factory(entrant_name="Yokohama City", country=countries["JP"], email="y@example.jp")
    theirs, _ = entry_factory(entrant_name="Lyon Metropole", country=countries["FR"], email="l@example.fr")
    their_file = EntryFile.objects.create(entry=theirs, file=SimpleUploadedFile("x.pdf", PDF), kind="pdf",
                                          original_name="lyon-secret.pdf", size=len(PDF), content_type="application/pdf")  # fmt: skip
    client = english()
    page = client.get(f"/awards/entry/{my_key}/")
    assert "Yokohama City" in page.text and "Lyon" not in page.text and "l@example.fr" not in page.text
    assert client.get(f"/awards/entry/{my_key}/files/{their_file.pk}/").status_code == 404
    assert client.get("/awards/entry/not-a-real-key/").status_code == 404
    assert client.get(f"/awards/files/{their_file.pk}/").status_code == 302  # staff view: login first
    call = client.get(f"/awards/call/{edition.slug}/")
    assert "Yokohama" not in call.text and "Lyon" not in call.text


def test_entry_files_are_stored_outside_the_public_media_folder(edition, entry_factory, settings):
    entry, _ = entry_factory(files=[SimpleUploadedFile("plan.pdf", PDF)])
    path = entry.files.get().file.path
    assert not path.startswith(str(settings.MEDIA_ROOT)) and "private" in path
    assert "plan" not in path.rsplit("/", 1)[1]  # stored under a random name


def test_results_are_not_public_until_published(edition):
    assert english().get(f"/awards/results/{edition.slug}/").status_code == 404


def test_the_entrant_asks_for_the_confirmation_link_again(edition, entry_factory):
    entry, key = entry_factory(confirmed=False)
    mail.outbox.clear()
    client = english()
    response = client.post(f"/awards/entry/{key}/confirm/", follow=True)
    assert "again" in response.text
    (message,) = mail.outbox
    confirm_url = re.search(r"http://testserver(/awards/confirm/\S+/)", message.body).group(1)
    client.get(confirm_url)
    entry.refresh_from_db()
    assert entry.confirmed
    assert "already confirmed" in client.post(f"/awards/entry/{key}/confirm/", follow=True).text


def test_a_mail_server_failure_keeps_the_entry_and_says_so(edition, category, countries, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    response = english().post(
        f"/awards/call/{edition.slug}/", form_data(category, countries["BR"]), follow=True
    )
    assert "could not be sent" in response.text and Entry.objects.count() == 1
    assert 'id="resend"' in response.text


def test_an_entry_code_taken_meanwhile_is_drawn_again(edition, entry_factory, monkeypatch):
    """Two entries submitted at once may read the same last code; the second draws the next one."""
    first, _ = entry_factory()
    real = services._next_code
    calls = []

    def stale(edition, skip=0):
        calls.append(skip)
        return first.code if skip == 0 else real(edition, skip=skip - 1)

    monkeypatch.setattr(services, "_next_code", stale)
    second, _ = entry_factory(title="Second")
    assert second.code != first.code and calls == [0, 1]
