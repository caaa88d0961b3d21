"""Persian/Arabic text normalization: one ``str.translate`` table plus a few regexes.

Two forms are produced:

* ``normalize_text``: the display form. Arabic letter forms become Persian (ي→ی, ك→ک, ...; the hamza
  seats ئ and ؤ stay, as Persian writes «هیئت», «مؤسسه»),
  every digit becomes ASCII, diacritics and tatweel go, ZWNJ is kept but cleaned (no doubles,
  none next to a space or at word edges) and restored after the verbal prefix ``می``/``نمی``
  and before the plural suffixes ``ها``/``های`` when a space was typed instead.
* ``match_key``: the comparison form used by the gazetteer. Same length as its input, so offsets
  map back; lower case, hamza (ئ→ی, ؤ→و, أ→ا)/madda/ta-marbuta folded, Latin accents folded (ł→l, ü→u), every ZWNJ
  turned into a space.
"""

from __future__ import annotations

import re
import unicodedata

ZWNJ = "\u200c"

_LETTERS = {
    "ي": "ی",
    "ى": "ی",
    "ك": "ک",
    "ڪ": "ک",
    "ە": "ه",
    "ھ": "ه",
    "ۀ": "ه",
    "ة": "ه",
    "ٱ": "ا",
    "٪": "%",
    "ـ": None,  # tatweel
    "\u200b": None,
    "\u200d": None,
    "\u200e": None,
    "\u200f": None,
    "\u202a": None,
    "\u202b": None,
    "\u202c": None,
    "\u202d": None,
    "\u202e": None,
    "\ufeff": None,
    "\u00ad": None,
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": " ",
    "\r": None,
    "\u2066": None,
    "\u2067": None,
    "\u2068": None,
    "\u2069": None,
}
# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII.
for _i in range(10):
    _LETTERS[chr(0x06F0 + _i)] = str(_i)
    _LETTERS[chr(0x0660 + _i)] = str(_i)
# Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef).
for _cp in list(range(0x064B, 0x0660)) + [0x0670]:
    _LETTERS[chr(_cp)] = None

DISPLAY_TABLE = str.maketrans(_LETTERS)

_KEY = {"أ": "ا", "إ": "ا", "آ": "ا", "ٲ": "ا", "ٳ": "ا", ZWNJ: " ", "ء": "ء", "ئ": "ی", "ؤ": "و"}
# Latin letters with accents or strokes fold to their base letter, one for one ("Wrocław" =
# "Wroclaw", "Türkiye" = "Turkiye", "Đakovo" = "Djakovo" is not: only the letter itself)
_STROKES = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H"}
for _cp in range(0x00C0, 0x0250):
    _c = chr(_cp)
    _base = "".join(b for b in unicodedata.normalize("NFKD", _c) if not unicodedata.combining(b))
    if len(_base) == 1 and _base.isascii() and _base.isalpha():
        _KEY[_c] = _base
_KEY.update(_STROKES)
KEY_TABLE = str.maketrans(_KEY)


def _any_of(table: dict) -> re.Pattern:
    """A pattern matching any character that ``table`` changes: text without one is left as it is
    (``str.translate`` looks every character up, which is slow on long non-ASCII text)."""
    return re.compile("[" + "".join(re.escape(c) for c, v in table.items() if v != c) + "]")


_DISPLAY_CHANGES = _any_of(_LETTERS)
_KEY_CHANGES = _any_of(_KEY)

_SPACES = re.compile(r"[ ]{2,}")
_ZWNJ_RUN = re.compile(ZWNJ + "{2,}")
_ZWNJ_EDGE = re.compile(r" ?" + ZWNJ + r"(?= |$|\n)|(?<=[ \n])" + ZWNJ + r"|^" + ZWNJ, re.M)
# "می رود" / "نمی شود" -> "می‌رود"; "کتاب ها" -> "کتاب‌ها" (Persian letters only).
_MI = re.compile(r"(?<![\w])(ن?می) (?=[\u0600-\u06FF]{2,})")
_HA = re.compile(r"(?<=[\u0600-\u06FF]{2}) (ها|های|هایی|هایی|تر|ترین)(?![\w\u200c])")
_LINE_TRIM = re.compile(r" *\n *")
_NEWLINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Return the display form of ``text`` (see module docstring)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text) if _needs_nfkc(text) else text
    if _DISPLAY_CHANGES.search(text):
        text = text.translate(DISPLAY_TABLE)
    # each pass only where the text holds what it looks for (a substring test is far cheaper)
    if ZWNJ in text:
        text = _ZWNJ_RUN.sub(ZWNJ, text)
        text = _ZWNJ_EDGE.sub(lambda m: " " if m.group(0).startswith(" ") else "", text)
    if "می " in text:
        text = _MI.sub(lambda m: m.group(1) + ZWNJ, text)
    if " ها" in text or " تر" in text:
        text = _HA.sub(lambda m: ZWNJ + m.group(1), text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_TRIM.sub("\n", text)
    if "\n\n\n" in text:
        text = _NEWLINES.sub("\n\n", text)
    return text.strip()


def _needs_nfkc(text: str) -> bool:
    # Arabic presentation forms (FB50-FDFF, FE70-FEFF) and full-width forms need NFKC; most text does not.
    return _COMPAT.search(text) is not None


_COMPAT = re.compile("[\ufb50-\ufeff\uff00-\uffef]")


def match_key(text: str) -> str:
    """Comparison form of already display-normalized text; ``len(match_key(t)) == len(t)``."""
    key = text.translate(KEY_TABLE) if _KEY_CHANGES.search(text) else text
    low = key.lower()
    return low if len(low) == len(key) else "".join(c.lower() if len(c.lower()) == 1 else c for c in key)


def name_key(name: str) -> str:
    """Key of a gazetteer name: display-normalize, fold, collapse spaces."""
    return " ".join(match_key(normalize_text(name)).split())


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
