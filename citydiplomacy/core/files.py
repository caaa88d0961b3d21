"""Serving uploaded files after the view has checked the reader's permission on the file's record.

Uploads live under MEDIA_ROOT, which no URL serves. A view finds the record, applies the record's own
permission, then returns `private_file_response(record.file)`:

* PDF and images (recognised by their content) are shown inline; anything else is a download;
* `X-Content-Type-Options: nosniff` always, and the content type comes from the content, not the name;
* `settings.PRIVATE_FILES_SENDFILE` hands the bytes to the web server in production:
  "" → Django streams the file; "x-accel" → nginx, header `X-Accel-Redirect: PRIVATE_FILES_ACCEL_PREFIX +
  the file's name` (an `internal` location aliased to MEDIA_ROOT); "x-sendfile" → Apache mod_xsendfile
  or lighttpd, header `X-Sendfile: the file's absolute path`.
"""

import os
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header

from .uploads import FORMATS, INLINE_FORMATS, sniff

SENDFILE_MODES = ("", "x-accel", "x-sendfile")


def _content_format(fieldfile):
    with fieldfile.open("rb") as handle:
        found = sniff(handle.read(64))
    if found == "office":
        extension = os.path.splitext(fieldfile.name)[1].lower()
        found = next((f for f in ("docx", "xlsx", "pptx") if extension in FORMATS[f][0]), None)
    return found


def download_name(label, fieldfile):
    """The name a download is saved under: the record's label with the stored file's extension."""
    extension = os.path.splitext(fieldfile.name)[1]
    label = str(label or "").strip().replace("/", "-").replace("\\", "-") or "file"
    return label if label.lower().endswith(extension.lower()) else label + extension


def private_file_response(fieldfile, download_name=None):
    """The response for a stored file, its permission already checked by the caller; 404 if it is gone."""
    if not fieldfile or not fieldfile.storage.exists(fieldfile.name):
        raise Http404
    name = download_name or os.path.basename(fieldfile.name)
    found = _content_format(fieldfile)
    content_type = FORMATS[found][1] if found else "application/octet-stream"
    inline = found in INLINE_FORMATS
    mode = settings.PRIVATE_FILES_SENDFILE
    if mode == "":
        response = FileResponse(fieldfile.open("rb"), content_type=content_type)
    else:
        response = HttpResponse(content_type=content_type)
        if mode == "x-accel":
            prefix = settings.PRIVATE_FILES_ACCEL_PREFIX.rstrip("/") + "/"
            response["X-Accel-Redirect"] = prefix + quote(fieldfile.name.replace(os.sep, "/"))
        elif mode == "x-sendfile":
            response["X-Sendfile"] = fieldfile.path
        else:
            raise ValueError(f"PRIVATE_FILES_SENDFILE must be one of {SENDFILE_MODES}, not {mode!r}")
    response["Content-Disposition"] = content_disposition_header(not inline, name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    if not inline:
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
