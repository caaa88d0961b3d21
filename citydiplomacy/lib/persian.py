"""Persian text helpers: letter forms, digits and the zero-width non-joiner. No Django here."""

import functools
import re

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ZWNJ = "\u200c"

_TO_LATIN_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN_DIGITS = str.maketrans("0123456789" + ARABIC_DIGITS, PERSIAN_DIGITS * 2)
_LETTER_FORMS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ە": "ه",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "\u064b": None,  # tanwin and short-vowel marks carry no meaning for matching
        "\u064c": None,
        "\u064d": None,
        "\u064e": None,
        "\u064f": None,
        "\u0650": None,
        "\u0651": None,
        "\u0652": None,
        "\u0640": None,  # tatweel
    }
)
_SPACES = re.compile(r"[\s\u200c\u200d\u200e\u200f\ufeff]+")


def to_latin_digits(text):
    return str(text).translate(_TO_LATIN_DIGITS)


def to_persian_digits(text):
    return str(text).translate(_TO_PERSIAN_DIGITS)


def unify_letters(text):
    """Arabic letter forms to Persian ones, without changing spacing."""
    return str(text).translate(_LETTER_FORMS)


def normalize_name(text):
    """A key for matching names: letters and digits unified, ZWNJ and runs of spaces as one space, casefolded."""
    text = unify_letters(to_latin_digits(text))
    return _SPACES.sub(" ", text).strip().casefold()


PERSIAN_ALPHABET = "آاءأإبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_RANK = {letter: i + 1 for i, letter in enumerate(PERSIAN_ALPHABET)}
_RANK.update({" ": 0, ZWNJ: 0})


def sort_key(text):
    """A key that orders Persian text as a Persian dictionary does (پ after ب, چ after ج, ژ after ز, گ after
    ک, ی last); plain code-point order puts پ چ ژ گ ک ی after every Arabic letter. Other characters follow
    the Persian letters, case-insensitively, in code-point order."""
    return _sort_key(str(text))


@functools.lru_cache(maxsize=8192)
def _sort_key(text):
    # the same names (countries, cities, units) are sorted on every filter bar: their keys are kept
    text = unify_letters(to_latin_digits(text)).casefold()
    return tuple(_RANK.get(ch, 100 + ord(ch)) for ch in text)
