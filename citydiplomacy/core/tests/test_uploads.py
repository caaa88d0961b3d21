"""Uploads are judged by their content: the kinds asked for, a name that matches, a size under the limit."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from citydiplomacy.core.uploads import UnsafeZip, UploadValidator, guard_zip, validate_upload


@pytest.fixture(autouse=True)
def english():
    from django.utils import translation

    with translation.override("en"):
        yield


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def office(main_type):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0"?><Types><Override PartName="/main.xml" ContentType="{main_type}"/></Types>',
        )
        archive.writestr("main.xml", "<x/>")
    return buffer.getvalue()


DOCX = office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
DOCM = office("application/vnd.ms-word.document.macroEnabled.main+xml")


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    "name, content, found",
    [("letter.pdf", PDF, "pdf"), ("photo.PNG", PNG, "png"), ("photo.jpeg", JPEG, "jpeg"),
     ("invitation.docx", DOCX, "docx")],
)  # fmt: skip
def test_pdf_images_and_office_documents_are_accepted(settings, name, content, found):
    assert validate_upload(upload(name, content)) == found


@pytest.mark.parametrize(
    "name, content",
    [
        ("invitation.html", b"<html><script>alert(1)</script></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("setup.exe", b"MZ\x90\x00\x03" + b"\x00" * 60),
        ("letter.pdf", b"just some text that claims to be a letter\n"),
        ("macro.docx", DOCM),
        ("broken.docx", b"PK\x03\x04 not really a zip"),
    ],
)
def test_other_content_is_refused_whatever_its_name(name, content):
    with pytest.raises(ValidationError) as caught:
        validate_upload(upload(name, content))
    assert name in caught.value.messages[0]
    assert "not a PDF, an image" in caught.value.messages[0]


def test_a_name_that_does_not_match_the_content_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_upload(upload("scan.pdf", PNG))
    assert caught.value.code == "bad_extension" and ".png" in caught.value.messages[0]


def test_only_the_kinds_asked_for_are_accepted():
    assert validate_upload(upload("scan.pdf", PDF), kinds=("pdf",)) == "pdf"
    with pytest.raises(ValidationError):
        validate_upload(upload("photo.png", PNG), kinds=("pdf",))
    with pytest.raises(ValueError):
        UploadValidator(("exe",))


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.UPLOAD_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as caught:
        validate_upload(upload("big.pdf", PDF + b"0" * 1000))
    assert caught.value.code == "too_large"


def test_messages_speak_persian():
    from django.utils import translation

    with translation.override("fa"), pytest.raises(ValidationError) as caught:
        validate_upload(upload("letter.html", b"<html></html>"))
    assert "letter.html" in caught.value.messages[0]
    assert "PDF" in caught.value.messages[0] and "نیست" in caught.value.messages[0]


def bomb(size, name="xl/worksheets/sheet1.xml"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, b"0" * size)
    buffer.seek(0)
    return zipfile.ZipFile(buffer)


def test_zip_guard_refuses_a_declared_size_over_the_limit_and_a_bomb_ratio():
    with pytest.raises(UnsafeZip, match="inflate to more than"):
        guard_zip(bomb(3 * 1024 * 1024), max_bytes=2 * 1024 * 1024, max_ratio=10_000)
    with pytest.raises(UnsafeZip, match="compressed more than"):
        guard_zip(bomb(3 * 1024 * 1024), max_bytes=10 * 1024 * 1024, max_ratio=100)
    assert guard_zip(bomb(1000), max_bytes=2000, max_ratio=100, check_content=True) == 1000


def test_zip_guard_counts_what_a_member_really_inflates_to():
    """A member that declares a small size but holds more is caught while reading it."""
    archive = bomb(5000)
    info = archive.infolist()[0]
    info.file_size = 10  # the lie of a crafted archive's directory
    with pytest.raises((UnsafeZip, zipfile.BadZipFile)):
        guard_zip(archive, max_bytes=4000, max_ratio=10_000, check_content=True)
