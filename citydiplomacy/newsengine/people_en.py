"""English people rules: runs of capitalised words next to a role word ("Mayor of Graz Anna Keller",
"Tomas Varga, mayor of ..."), a surname alone in apposition or after an honorific. They also read the
Latin names of Persian texts; ``people.py`` calls them and keeps the found records."""

from __future__ import annotations

import re

from .gazetteer import Hit
from .people_words import EN_HONORIFIC_PAIRS, EN_HONORIFICS, EN_NOT_PERSON, EN_STOP

STRONG_ROLES = {
    "Chargé d'affaires",
    "Counsellor",
    "Prime Minister",
    "Mayor",
    "Deputy Mayor",
    "Ambassador",
    "Consul General",
    "Consul",
    "Secretary-General",
    "Deputy",
    "Spokesman",
    "Governor",
    "Minister",
    "Foreign Minister",
    "City Council member",
    "City Council Chair",
    "Advisor",
    "Head",
    "Director",
    "Representative",
    "Executive Director",
    "Secretary",
    "Expert",
    "Member",
}


def role_label(role: Hit, hits_after: list[Hit]) -> str:
    label = role.entry.canonical
    # "Tehran Mayor X", "Kazan's mayor X": the place right before an English role is the role's
    for h in hits_after:
        near = h.entry.kind in ("city", "country", "organization") and 0 <= role.start - h.end <= 3
        if near and role.surface.isascii() and h.surface.isascii():
            return f"{label} ({h.entry.canonical})"
    for h in hits_after:
        if h.start < role.end:
            continue
        if h.start - role.end > 40:
            break
        if h.entry.kind in ("city", "country", "organization"):
            return f"{label} ({h.entry.canonical})"
    return label


_EN_PARTICLES = {"bin", "van", "von", "de"}
_EN_PLACE_TAIL = {
    "Province",
    "Region",
    "City",
    "State",
    "Municipality",
    "Governorate",
    "County",
    "Oblast",
    "District",
}
# Latin letters with accents count ("Küçükoğlu", "Šimić"); a title glued to the name is cut off ("Dr.Rahimi")
_UP = "A-Z\u00c0-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00ff\u0100-\u017f'’\\-"
_LETTER = "a-zA-Z\u00c0-\u00ff\u0100-\u017f'\\-"
_EN_RUN = re.compile(
    f"(?:(?<=\\bDr\\.)|(?<=\\bMr\\.)|(?<=\\bMs\\.)|\\b)[{_UP}][{_LETTER}]+"
    f"(?:\\s+(?:[{_UP}][{_LETTER}]+|bin|al-[A-Z][a-z]+|van|von|de))*"
)
_EN_WORD = re.compile(r"\S+")
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# between a name and its role in apposition: "Anna Keller, the mayor of ...", "Li Wei, vice mayor"
_EN_APPOSITION = re.compile(r",\s*(?:the\s+|a\s+)?(?:(?:new|former|acting|newly elected)\s+)?", re.I)


# a lower-case noun after a capitalised run makes it a building's or a place's name: "the Ali Qapu palace"
_THING_AFTER = re.compile(
    r" (?:palace|palaces|cathedral|church|mosque|museum|garden|gardens|bridge|square|bazaar|tower|mausoleum"
    r"|shrine|complex|park|caravanserai|citadel|castle|fort|monument|hall)\b"
)
_BODY_WORDS = set(
    """
    Organization Organisation Relations Affairs Committee Department Agency Authority Office Bureau Ministry
    Administration Institute Center Centre Foundation Association Union Corporation Company Council Directorate
    """.split()
)
_AND_RUN = re.compile(r" (?:and|&) ((?:[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*){0,5})")


def _body_after_and(text: str, e: int) -> bool:
    """The run goes on after "and" to a body's word: "External Economic and International Relations"."""
    m = _AND_RUN.match(text, e)
    return bool(m) and m.group(1).split()[-1] in _BODY_WORDS


def english_people(text: str, roles: list[Hit], places: list[Hit], glosses=()) -> list[tuple[str, str]]:
    """(name, role) pairs in the order found; ``glosses`` are spans of Latin spellings not to read."""
    out: list[tuple[str, str]] = []
    _english(text, roles, places, out, glosses)
    _english_surname_in_apposition(text, places, out)
    _english_surname_after_honorific(text, roles, places, out)
    _english_speaker(text, roles, places, out)
    return out


# "Anna Keller said: ...", "Anna Keller told reporters ...": two or three capitalised words that open a
# sentence and speak are a person, with no role word near them
_EN_SAID = re.compile(r" (?:said|says|told|noted|added|stressed|stated)\b")
_EN_SPEAKER_NAME = re.compile(f'(?:^|[.!?"“] |\n)([{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{1,2}})$')


def _english_speaker(text: str, roles: list[Hit], places: list[Hit], out: list):
    if " said" not in text and " told" not in text and " noted" not in text and " added" not in text:
        return
    covered = [(h.start, h.end) for h in (*places, *roles)]
    for said in _EN_SAID.finditer(text):
        start = max(0, said.start() - 60)
        m = _EN_SPEAKER_NAME.search(text[start : said.start()])
        if not m or (start > 0 and m.start(1) == 0):
            continue  # the window's edge is no sentence's start
        s, e = start + m.start(1), start + m.end(1)
        words = m.group(1).split()
        if words[0] in _EN_LINEAGE or words[0] in ("El", "Bin", "Abu"):
            continue  # "Al Harbi said": a surname alone, whose full name is written elsewhere
        if any(w in EN_STOP or w in EN_NOT_PERSON or w in EN_HONORIFICS for w in words):
            continue
        if any(a < e and s < b for a, b in covered):
            continue
        out.append((m.group(1), ""))


# the links of an Arab lineage name ("Omar bin Khalid Al Harbi"), not counted among its words
_EN_LINEAGE = {"bin", "bint", "ibn", "Al"}


def _name_length(words: list[str]) -> int:
    """Words of a name, its lineage links left out: "Omar bin Khalid Al Harbi" has three."""
    return sum(w not in _EN_LINEAGE for w in words)


# a role's body named at length before the name: "the head of the Centre for Urban Studies of Yazd
# Municipality, A B, said": capitalised words joined by of, the, and, for, up to a comma
# (and an envoy's country and post: "Ambassador Extraordinary and Plenipotentiary of A to the Republic of B, C D")
_EN_BODY_PHRASE = re.compile(
    r"(?: Extraordinary and Plenipotentiary)? of (?:(?:the|of|and|for|to|[A-Z][\w'’\-]*) )*[A-Z][\w'’\-]*, "
)
# words that end an apposition: ", and the mayor", ", who met the mayor" are another phrase
_EN_NOT_APPOSITION = {
    "and",
    "or",
    "but",
    "who",
    "which",
    "with",
    "to",
    "of",
    "for",
    "as",
    "said",
    "told",
    "met",
}


def _in_apposition(text: str, e: int, rs: int, places: list[Hit]) -> bool:
    """The role in apposition after a name ends at ``e``: ", the mayor", ", Tehran deputy mayor",
    ", Isfahan's deputy mayor", ", the company's regional manager": after the comma at most an
    article, a place or a possessor, and one more word."""
    gap = text[e:rs]
    if _EN_APPOSITION.fullmatch(gap):
        return True
    if not gap.startswith(","):
        return False
    for h in reversed(places):
        if e < h.start and h.end <= rs:
            gap = gap[: h.start - e] + "X" + gap[h.end - e :]
    words = gap[1:].split()
    if words and words[0].lower() in ("the", "a"):
        words = words[1:]
    if words and (words[0] == "X" or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    return len(words) <= 1 and not (words and (words[0] in _EN_NOT_APPOSITION or not words[0].isalpha()))


def _body_before_title(text: str, e: int, rs: int) -> bool:
    """A capitalised run right before a capitalised title names the title's body, as a place does
    ("Harbour Lines General Manager A B", "Kazan Mayor"): not a person."""
    return text[e:rs] == " " and text[rs : rs + 1].isupper()


# a byline at a line's start: "By Anna Keller", "Written by ..."
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[Ww]ritten )?(?:[Bb]y|BY)[ \t]+$")


def _portfolio_before(text: str, s: int, role_spans: list) -> bool:
    """The capitalised word at ``s`` follows a role and "of": "Minister of Roads", "Director of Culture"."""
    return text[max(0, s - 4) : s] == " of " and any(re_ == s - 4 for _rs, re_, _r in role_spans)


def _korean_name(words: list[str]) -> bool:
    """A Korean name as romanized: a one-syllable surname and a hyphenated given name ("Park Ji-woo")."""
    return len(words) == 2 and len(words[0]) <= 4 and bool(_KOREAN_GIVEN.match(words[1]))


def _after_institution(seg: list) -> list:
    """The name after a body's name in one capitalised run: "... Executive Committee Anna Keller",
    "... Foreign Affairs Office Li Wei" keep "Anna Keller" and "Li Wei" (two words at least)."""
    inst = [k for k, w in enumerate(seg) if w[2] in EN_NOT_PERSON]
    if inst and len(seg) - inst[-1] - 1 >= 2 and not _korean_name([w[2] for w in seg[inst[-1] :]]):
        return seg[inst[-1] + 1 :]
    return seg


def _without_honorifics(seg: list) -> list:
    """Ranks and honorifics written before a name are not part of it: "Datuk Seri Anwar Latif",
    "Khokim Timur Aliev", "Sheikh Saeed Hamdan", "Tan Sri Lim Boon"."""
    while len(seg) > 2:
        first, second = seg[0][2], seg[1][2]
        if first in EN_HONORIFICS:
            seg = seg[2:] if (first, second) in EN_HONORIFIC_PAIRS else seg[1:]
        elif (first, second) in EN_HONORIFIC_PAIRS:
            seg = seg[2:]
        else:
            break
    return seg


def _english(text: str, roles: list[Hit], places: list[Hit], out: list, glosses=()):
    if not re.search(r"[A-Z][a-z]", text):
        return
    role_spans = [
        (r.start, r.end, r)
        for r in roles
        if r.entry.canonical in STRONG_ROLES
        or r.surface.lower() in ("president", "chairman", "counterpart", "chief")
    ]
    counterpart = [(m.start(), m.end(), None) for m in re.finditer(r"\bcounterpart\b|\bcolleague\b", text)]
    anchors = role_spans + counterpart
    if not anchors:
        return  # a name is only taken next to a role or a counterpart
    # characters inside a gazetteer place or role, so that a word's test does not go over every hit
    covered = bytearray(len(text))
    for h in (*places, *roles):
        covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    for run in _EN_RUN.finditer(text):
        if len(run.group(0).split(maxsplit=1)) < 2:
            continue  # one word: no name of two to four words in it
        if any(a < run.start() < b for a, b in glosses):
            continue
        if not any(
            run.start() - 110 <= re_ <= run.end() or run.start() <= rs <= run.end() + 40
            for rs, re_, _r in anchors
        ):
            continue  # no role or counterpart near enough to any name in the run (see the distances below)
        # split the run at stop words, role words and gazetteer places: "Deputy Mayor of Minsk
        # Lukas Brandt" and "Almaty Mayor Olena Petrenko" leave the names alone
        segments, cur = [], []
        for w in _EN_WORD.finditer(run.group(0)):
            ws, we = run.start() + w.start(), run.start() + w.end()
            word = w.group(0)
            if word.endswith(("'s", "’s")):
                word = ""  # "ESA's Karl Weber": the possessor is not part of the name
            breaks = (
                not word
                or word in EN_STOP
                or (word.isupper() and len(word) > 1)
                or covered.find(1, ws, we) >= 0
            )
            if breaks:
                if cur:
                    segments.append(cur)
                cur = []
            else:
                cur.append((ws, we, word))
        if cur:
            segments.append(cur)
        for seg in segments:
            while seg and seg[-1][2] in _EN_PARTICLES:
                seg = seg[:-1]
            tail = [k for k, w in enumerate(seg) if w[2] in _EN_PLACE_TAIL]
            if tail:
                seg = seg[tail[-1] + 1 :]  # "Van Province Ozan Balcı": the province word ends the place
            seg = _after_institution(seg)
            seg = _without_honorifics(seg)
            while seg and seg[0][2] in _EN_PARTICLES:
                seg = seg[1:]
            if len(seg) >= 3 and _portfolio_before(text, seg[0][0], role_spans):
                seg = seg[1:]  # "Minister of Roads Ali Karimi": the portfolio, then the name
            words = [w for _s, _e, w in seg]
            if (
                not 2 <= _name_length(words) <= 4
                or len(words) > 6
                or (any(w in EN_NOT_PERSON for w in words) and not _korean_name(words))
            ):
                continue
            s, e = seg[0][0], seg[-1][1]
            name = text[s:e]
            before = text[max(0, s - 6) : s]
            if _BYLINE_BEFORE.search(text, max(0, s - 12), s):
                continue  # "By Anna Keller | agency": the writer's byline, no one in the story
            if re.search(r"\b(?:from|in|at|of)\s+$", before):
                continue  # "from Cedar Hills", "in New Delhi": a place
            if _THING_AFTER.match(text, e) or _body_after_and(text, e):
                continue  # "the Chehel Sotoun palace", "Disaster Mitigation and Management Organization"
            # the nearest role: "Yazd Mayor A B received Ambassador C D" gives C D the ambassador's
            near, best = None, None
            for rs, re_, r in anchors:
                if 0 <= s - re_ <= 45 or (s - re_ <= 110 and _EN_BODY_PHRASE.fullmatch(text, re_, s)):
                    dist = s - re_
                elif (0 <= rs - e <= 4 and not _body_before_title(text, e, rs)) or (
                    0 <= rs - e <= 40 and _in_apposition(text, e, rs, places)
                ):
                    dist = rs - e
                else:
                    continue
                if best is None or dist < best:
                    near, best = r, dist
            if near is None and not any(0 <= s - ce <= 3 for _cs, ce, _ in counterpart):
                continue
            role = role_label(near, places) if near is not None else "Counterpart"
            out.append((name, role))


# "Keller, Graz mayor, said ...", "Keller, the mayor of Graz, ...": a surname alone before its role
_EN_SURNAME_ROLE = re.compile(
    r"(?:^|(?<=[.\n]) ?)([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?), (?:the )?(?:[A-Z][a-z]+ )?"
    r"((?:[Dd]eputy )?[Mm]ayor|[Aa]mbassador|[Gg]overnor|[Cc]onsul(?: [Gg]eneral)?)\b",
    re.M,
)


def _english_surname_in_apposition(text: str, places: list[Hit], out: list):
    if ", " not in text:
        return
    place_starts = {h.start for h in places}
    for m in _EN_SURNAME_ROLE.finditer(text):
        word = m.group(1)
        if m.start(1) in place_starts or word in EN_STOP or word in EN_NOT_PERSON:
            continue
        out.append((word, m.group(2).title()))


# "congratulated Dr. Rahimi on his election", "Mr.Keller said": a surname alone after an honorific
_EN_HONORIFIC_SURNAME = re.compile(
    f"\\b(?:Mr|Mrs|Ms|Dr|Prof|Eng)\\.? ?([{_UP}][a-z\u00df-\u00ff\u0100-\u017f'’\\-]{{2,}})\\b(?! [{_UP}])"
)


def _english_surname_after_honorific(text: str, roles: list[Hit], places: list[Hit], out: list):
    if "." not in text and "Mr" not in text:
        return
    place_starts = {h.start for h in places}
    for m in _EN_HONORIFIC_SURNAME.finditer(text):
        word = m.group(1)
        if m.start(1) in place_starts or word in EN_STOP or word in EN_NOT_PERSON:
            continue
        near = [r for r in roles if -60 <= r.start - m.end(1) <= 60 and r.surface.isascii()]
        role = min(near, key=lambda r: abs(r.start - m.end(1)), default=None)
        out.append((word, role_label(role, places) if role is not None else ""))
