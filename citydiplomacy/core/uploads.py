"""Uploaded files are checked by what they hold, never by their name alone.

    kind = validate_upload(upload, kinds=("pdf", "image", "office"))

reads the first bytes of the file (and, for Office documents, the zip's list of content types), refuses
anything not of the kinds asked for, anything whose extension does not match its content, and anything
larger than `settings.UPLOAD_MAX_BYTES`. It returns the format found ("pdf", "png", "docx", ...) or raises
`django.core.exceptions.ValidationError` with a translated message. `UploadValidator(kinds)` is the same
check as a field validator (model FileField, form FileField, DRF FileField); `check_upload` raises
`DomainError` for services.

`guard_zip` is the zip-bomb check that the Office check and the import readers share.
"""

import os
import re
import uuid
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from .errors import DomainError

# Format → (extensions accepted for it, MIME type served for it).
FORMATS = {
    "pdf": ((".pdf",), "application/pdf"),
    "png": ((".png",), "image/png"),
    "jpeg": ((".jpg", ".jpeg"), "image/jpeg"),
    "gif": ((".gif",), "image/gif"),
    "webp": ((".webp",), "image/webp"),
    "docx": ((".docx",), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ((".xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pptx": ((".pptx",), "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
}
GROUPS = {
    "pdf": ("pdf",),
    "image": ("png", "jpeg", "gif", "webp"),
    "office": ("docx", "xlsx", "pptx"),
}
# Shown inline by the browser; everything else is served as a download.
INLINE_FORMATS = {"pdf", "png", "jpeg", "gif", "webp"}
GROUP_LABELS = {
    "pdf": gettext_lazy("a PDF"),
    "image": gettext_lazy("an image (PNG, JPEG, GIF or WebP)"),
    "office": gettext_lazy("a Word, Excel or PowerPoint document (.docx, .xlsx, .pptx)"),
}
# The main part of each Office format, as [Content_Types].xml names it (macro-enabled variants differ).
OFFICE_MAIN_TYPES = {
    "docx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
_CONTENT_TYPES_MAX = 1024 * 1024
DEFAULT_KINDS = ("pdf", "image", "office")


def _formats(kinds):
    out = []
    for kind in kinds:
        for fmt in GROUPS.get(kind, (kind,)):
            if fmt not in FORMATS:
                raise ValueError(f"unknown upload kind {kind!r}")
            out.append(fmt)
    return out


def _size(file):
    size = getattr(file, "size", None)
    if size is None:
        position = file.tell()
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(position)
    return size


def _head(file, length=64):
    file.seek(0)
    head = file.read(length)
    file.seek(0)
    return head or b""


def sniff(head):
    """The format the first bytes show, or None ("office" for any zip: the zip decides which)."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"PK\x03\x04"):
        return "office"
    return None


class UnsafeZip(Exception):
    """The archive would inflate beyond its limits; the message says which, `limit` is "size" or "ratio"."""

    def __init__(self, message, limit="size"):
        super().__init__(message)
        self.limit = limit


def guard_zip(archive, *, max_bytes, max_ratio=None, check_content=False):
    """Refuse a zip whose members declare more than `max_bytes` uncompressed in all, or a ratio of
    uncompressed to compressed size above `max_ratio` (for members above 1 MB). With `check_content`,
    every member is also inflated as a stream (nothing kept) and its actual size counted against the same
    limit, so a member lying about its size is caught too. `archive` is an open `zipfile.ZipFile`."""
    max_ratio = settings.IMPORT_MAX_COMPRESSION_RATIO if max_ratio is None else max_ratio
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > max_bytes:
            raise UnsafeZip(
                _("the file would inflate to more than {limit} when opened").format(
                    limit=megabytes(max_bytes)
                )
            )
        if info.file_size > 1024 * 1024 and info.file_size > max_ratio * max(info.compress_size, 1):
            raise UnsafeZip(
                _("the file is compressed more than {ratio} times, as zip bombs are").format(ratio=max_ratio),
                limit="ratio",
            )
    if check_content:
        actual = 0
        for info in archive.infolist():
            with archive.open(info) as member:
                while chunk := member.read(1024 * 1024):
                    actual += len(chunk)
                    if actual > max_bytes:
                        raise UnsafeZip(
                            _("the file would inflate to more than {limit} when opened").format(
                                limit=megabytes(max_bytes)
                            )
                        )
    return total


def megabytes(size):
    from citydiplomacy.lib.persian import to_persian_digits

    text = f"{size / (1024 * 1024):g}" if size % (1024 * 1024) == 0 else f"{size / (1024 * 1024):.1f}"
    return _("{n} MB").format(
        n=to_persian_digits(text) if (get_language() or "fa").startswith("fa") else text
    )


def _office_format(file):
    """docx, xlsx or pptx by the main part in [Content_Types].xml, or None."""
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            guard_zip(archive, max_bytes=settings.UPLOAD_MAX_BYTES * 20, max_ratio=1000)
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > _CONTENT_TYPES_MAX:
                return None
            with archive.open(info) as member:
                content_types = member.read(_CONTENT_TYPES_MAX)
    except (zipfile.BadZipFile, KeyError, OSError, UnsafeZip, EOFError, ValueError, NotImplementedError):
        return None
    finally:
        file.seek(0)
    for fmt, main in OFFICE_MAIN_TYPES.items():
        if main in content_types:
            return fmt
    return None


def detect_format(file):
    """The format of an open binary file by its content: one of FORMATS, or None."""
    found = sniff(_head(file))
    if found == "office":
        return _office_format(file)
    return found


def describe(kinds):
    """'a PDF, an image or ...' in the active language."""
    labels = [str(GROUP_LABELS[k]) if k in GROUP_LABELS else k.upper() for k in kinds]
    if len(labels) == 1:
        return labels[0]
    separator = "، " if (get_language() or "fa").startswith("fa") else ", "
    return _("{some} or {last}").format(some=separator.join(labels[:-1]), last=labels[-1])


def validate_upload(file, kinds=DEFAULT_KINDS, *, max_bytes=None):
    """The format of `file` if it is one of `kinds` by its content and its name; else ValidationError."""
    if file is None:
        return None
    if getattr(file, "_committed", False) is True:
        return None  # a file stored earlier, checked when it came in
    name = os.path.basename(str(getattr(file, "name", "") or ""))
    limit = settings.UPLOAD_MAX_BYTES if max_bytes is None else max_bytes
    if _size(file) > limit:
        raise ValidationError(
            _("The file “{name}” is larger than {limit}.").format(name=name, limit=megabytes(limit)),
            code="too_large",
        )
    allowed = _formats(kinds)
    found = detect_format(file)
    if found not in allowed:
        raise ValidationError(
            _("The file “{name}” is not {kinds}: its content is not of an accepted kind.").format(
                name=name, kinds=describe(kinds)
            ),
            code="bad_content",
        )
    extension = os.path.splitext(name)[1].lower()
    if extension not in FORMATS[found][0]:
        raise ValidationError(
            _(
                "The name of the file “{name}” does not match its content ({found}); name it {extension}."
            ).format(name=name, found=found.upper(), extension=FORMATS[found][0][0]),
            code="bad_extension",
        )
    return found


@deconstructible
class UploadPath:
    """`upload_to` of every FileField: `prefix/YYYY/MM/<random>.<ext>`. The stored name never comes from the
    user (no path tricks, no odd characters in X-Sendfile headers); the record keeps the name to show."""

    def __init__(self, prefix):
        self.prefix = prefix.strip("/")

    def __call__(self, instance, filename):
        extension = os.path.splitext(filename)[1].lower()
        if not re.fullmatch(r"\.[a-z0-9]{1,8}", extension):
            extension = ""
        return f"{self.prefix}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"

    def __eq__(self, other):
        return isinstance(other, UploadPath) and other.prefix == self.prefix


def check_upload(file, kinds=DEFAULT_KINDS):
    """validate_upload for services: a DomainError with the same message."""
    try:
        return validate_upload(file, kinds)
    except ValidationError as exc:
        raise DomainError(exc.messages[0]) from None


@deconstructible
class UploadValidator:
    """The upload check as a field validator: `validators=[UploadValidator(("pdf", "image"))]`."""

    def __init__(self, kinds=DEFAULT_KINDS):
        self.kinds = tuple(kinds)
        _formats(self.kinds)

    def __call__(self, file):
        validate_upload(file, self.kinds)

    def __eq__(self, other):
        return isinstance(other, UploadValidator) and other.kinds == self.kinds
