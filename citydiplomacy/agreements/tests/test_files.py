"""The signed file of an agreement and a commitment's evidence file: checked by content, read by the
registry's readers only."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citydiplomacy.agreements import services
from citydiplomacy.core.errors import DomainError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PDF = b"%PDF-1.7\n%%EOF\n"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"
    settings.PRIVATE_FILES_SENDFILE = ""


@pytest.fixture
def signed(agreement_factory):
    return agreement_factory(file=SimpleUploadedFile("signed.pdf", PDF))


def fetch(client, url):
    response = client.get(url)
    # Reading the stream to its end closes the file (as the test client wraps it); closing the response
    # again would signal a second request end and drop the test's database connection.
    body = b"".join(response.streaming_content) if response.status_code == 200 else b""
    return response, body


def test_signed_file_goes_to_readers_inline_and_not_to_the_anonymous(client, client_for, personas, signed):
    url = reverse("agreements:file", args=[signed.pk])
    assert client.get(url).status_code == 302
    for name, user in personas.items():
        response, body = fetch(client_for(user), url)
        assert response.status_code == 200, name
        assert body == PDF and response["Content-Type"] == "application/pdf"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert f'filename="{signed.reference}.pdf"' in response["Content-Disposition"]


def test_agreement_without_a_file_is_404(client_for, secretary, agreement_factory):
    agreement = agreement_factory()
    assert client_for(secretary).get(reverse("agreements:file", args=[agreement.pk])).status_code == 404


def test_detail_page_links_the_view(client_for, secretary, signed):
    page = client_for(secretary).get(reverse("agreements:detail", args=[signed.pk])).content.decode()
    assert reverse("agreements:file", args=[signed.pk]) in page and "/media/" not in page


def test_the_form_refuses_a_svg_as_signed_file(client_for, secretary, signed):
    response = client_for(secretary).post(
        reverse("agreements:edit", args=[signed.pk]),
        {"kind": "mou", "title_fa": "تفاهم‌نامه", "party_countries": [signed.parties.first().city.country_id],
         "renewal": "none", "file": SimpleUploadedFile("signed.svg", b"<svg onload='alert(1)'/>")},
    )  # fmt: skip
    assert response.status_code == 200
    assert "signed.svg" in response.content.decode()
    signed.refresh_from_db()
    with signed.file.open("rb") as stored:
        assert stored.read() == PDF


def test_service_refuses_bad_content(secretary, beijing):
    with pytest.raises(DomainError, match="evil.html"):
        services.create_agreement(secretary, parties=[beijing], kind="mou", title_fa="x",
                                  file=SimpleUploadedFile("evil.html", b"<html></html>"))  # fmt: skip


def test_evidence_file_is_checked_then_served_to_readers(client, client_for, secretary, requester, signed):
    commitment = services.add_commitment(signed, secretary, title="Bus exchange")
    client = client_for(secretary)
    page = client.post(
        reverse("agreements:deliver", args=[commitment.pk]),
        {"delivered_on": "2025-05-01", "evidence": "photo", "evidence_file": SimpleUploadedFile("a.png.exe", b"MZ")},
        follow=True,
    ).content.decode()  # fmt: skip
    commitment.refresh_from_db()
    assert not commitment.evidence_file and commitment.status != "delivered"
    client.post(
        reverse("agreements:deliver", args=[commitment.pk]),
        {"delivered_on": "2025-05-01", "evidence": "photo", "evidence_file": SimpleUploadedFile("photo.png", PNG)},
    )  # fmt: skip
    commitment.refresh_from_db()
    url = reverse("agreements:evidence_file", args=[commitment.pk])
    response, body = fetch(client_for(requester), url)
    assert body == PNG and response["Content-Type"] == "image/png"
    assert "a.png.exe" in page and "is not a PDF" in page
    assert url in client.get(reverse("agreements:detail", args=[signed.pk])).content.decode()
