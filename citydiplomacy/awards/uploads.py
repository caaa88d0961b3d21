"""Entry files are checked by their CONTENT, not their name: magic bytes, the image decoded by Pillow, the size.

(To be folded into the shared core/uploads.py validator once it is on main.)
"""

from django.utils.translation import gettext as _

from citydiplomacy.core.errors import DomainError

# kind → [(content type, magic check, allowed name endings)]
SIGNATURES = {
    "pdf": [("application/pdf", lambda head: head.startswith(b"%PDF-"), (".pdf",))],
    "image": [
        ("image/png", lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"), (".png",)),
        ("image/jpeg", lambda head: head.startswith(b"\xff\xd8\xff"), (".jpg", ".jpeg")),
        ("image/webp", lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP", (".webp",)),
    ],
}


def sniff(upload, kinds=("pdf", "image"), max_bytes=10 * 1024 * 1024):
    """→ (kind, content type) of an uploaded file, or DomainError with a clear message."""
    name = (getattr(upload, "name", "") or "").lower()
    size = getattr(upload, "size", None) or 0
    if size > max_bytes:
        raise DomainError(
            _("The file {name} is larger than {mb} MB.").format(
                name=upload.name, mb=max_bytes // (1024 * 1024)
            )
        )
    if size == 0:
        raise DomainError(_("The file {name} is empty.").format(name=upload.name))
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for kind in kinds:
        for content_type, matches, endings in SIGNATURES[kind]:
            if matches(head):
                if not name.endswith(endings):
                    raise DomainError(
                        _("The file {name} is not what its name says: its content is {type}.").format(
                            name=upload.name, type=content_type
                        )
                    )
                if kind == "image":
                    _check_image(upload)
                return kind, content_type
    raise DomainError(
        _("The file {name} is not a PDF or an image (PNG, JPEG, WebP).").format(name=upload.name)
    )


def _check_image(upload):
    from PIL import Image

    try:
        with Image.open(upload) as image:
            image.verify()
    except Exception:
        raise DomainError(_("The image {name} cannot be read.").format(name=upload.name)) from None
    finally:
        upload.seek(0)
