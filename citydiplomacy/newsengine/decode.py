"""Bytes to text: BOM, declared charset (HTTP header, XML prolog, HTML meta), UTF-8, then detection."""

from __future__ import annotations

import codecs
import re

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers map to a superset (WHATWG encoding standard).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-6": "cp1256",
    "windows-1256": "cp1256",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can determine (binary data)."""


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    if head.count(b"\x00") > len(head) // 10:
        return True
    ctrl = len(head) - len(head.translate(None, _CONTROL))
    return ctrl > len(head) // 20


_CONTROL = bytes([b for b in range(32) if b < 9 or 13 < b])


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes to text; raise ``DecodeError`` on binary junk."""
    if not data:
        return ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    if _looks_binary(data):
        raise DecodeError("binary content, not text")
    head = data[:4096]
    candidates = [_codec(declared)]
    m = _XML.search(head) or _META.search(head)
    if m:
        candidates.append(_codec(m.group(1).decode("ascii", "ignore")))
    for enc in filter(None, candidates):
        if enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            continue  # a declared UTF-16 without BOM in an ASCII-compatible file is a lie
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            if enc == "utf-8":
                continue
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise DecodeError("undetectable text encoding")
    return data.decode(best.encoding, errors="replace")
