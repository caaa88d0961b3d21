"""Names compared across scripts: a person or place written in Persian and in Latin letters.

Persian script writes no short vowels and Latin transliterations write them in many ways
("Mohammad", "Muhammed"), so a name is reduced to its consonant skeleton: each letter mapped to a
class of sounds that both scripts render alike (ک/ق/غ/گ and k/q/g/c; ش/س/ص/ث and s/sh/ş; ج/چ/ژ
and j/ch/ç/zh, as in "-nejad" and "-nezhad"; ذ/ز/ض/ظ and z/dh), vowels, ه/ح/ع and the letters that serve as vowels (ا و ی, and their
Latin counterparts a e i o u y w v h) left out, doubled classes written once. "Kemal Aydınoğlu"
and «کمال آیدین‌اوغلو» both become ``kmldnkl``. A skeleton says little alone: grouping uses it only
next to other facts (the same home city, partner and dates).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_PERSIAN = {
    **dict.fromkeys("بپ", "b"),
    **dict.fromkeys("تط", "t"),
    **dict.fromkeys("ثسصش", "s"),
    **dict.fromkeys("جچژ", "j"),
    **dict.fromkeys("ذزضظ", "z"),
    **dict.fromkeys("کكقغگخ", "k"),
    "د": "d",
    "ر": "r",
    "ف": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
# Latin letter pairs read as one sound, before single letters
_DIGRAPHS = {
    "sh": "s",
    "ch": "j",
    "kh": "k",
    "gh": "k",
    "zh": "j",
    "dh": "z",
    "th": "t",
    "ph": "f",
    "ck": "k",
}
_LATIN = {
    **dict.fromkeys("bp", "b"),
    "t": "t",
    "s": "s",
    "j": "j",
    "z": "z",
    **dict.fromkeys("kqgc", "k"),
    "x": "ks",
    "d": "d",
    "r": "r",
    "f": "f",
    "l": "l",
    "m": "m",
    "n": "n",
}
# Latin letters whose sound the decomposition would lose (Turkish ç is "ch", ı is "i")
_BEFORE = str.maketrans({"ç": "ch", "Ç": "ch", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l"})


def _latin(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.translate(_BEFORE).lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    out, i = [], 0
    while i < len(word):
        two = word[i : i + 2]
        if two in _DIGRAPHS:
            out.append(_DIGRAPHS[two])
            i += 2
            continue
        soft = word[i] == "c" and word[i + 1 : i + 2] in ("e", "i", "y")  # "Barcelona", "Nice"
        out.append("s" if soft else _LATIN.get(word[i], ""))
        i += 1
    return "".join(out)


def _squeeze(s: str) -> str:
    return "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of ``name`` (any script; "" when it has no consonant)."""
    out = []
    for word in name.split():
        if any("\u0600" <= c <= "\u06ff" for c in word):
            out.append("".join(_PERSIAN.get(c, "") for c in word))
        else:
            out.append(_latin(word))
    return _squeeze("".join(out))


def script(name: str) -> str:
    """ "fa" when ``name`` holds Arabic-script letters, else "latin"."""
    return "fa" if any("\u0600" <= c <= "\u06ff" for c in name) else "latin"


def _within_one(a: str, b: str) -> bool:
    """Levenshtein distance of at most one."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


MIN_SKELETON = 4  # consonants a name needs before its skeleton is compared at all
PART_SKELETON = 5  # consonants a shorter form needs to be taken as part of a longer name
NEAR_SKELETON = 6  # consonants from which one letter of difference is a spelling variant


def same_skeleton(a: str, b: str) -> bool:
    """Two skeletons of one name: equal, one a long enough part of the other (a first and last name
    against the full name), or, when long, one letter apart (a final ف for v, a dropped h)."""
    if len(a) < MIN_SKELETON or len(b) < MIN_SKELETON:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= PART_SKELETON and short in long:
        return True
    return len(short) >= NEAR_SKELETON and _within_one(a, b)
