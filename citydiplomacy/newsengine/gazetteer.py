"""The gazetteer: countries, cities, organizations and roles, matched in one Aho–Corasick pass.

Names and text are compared in the same key form (``normalize.match_key``): Persian letter forms,
hamza and madda folded, lower case, ZWNJ as a space. Each multi-word Persian name also gets its
joined spelling (the ZWNJ or space dropped), so ``کره‌جنوبی``, ``کره جنوبی`` and ``کرهجنوبی`` all
match. A hit counts only at word boundaries that work for Persian script.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick

from .normalize import ZWNJ, is_word_char, match_key, name_key

DATA = Path(__file__).resolve().parent / "data"
KINDS = ("country", "city", "organization", "role")

# Weekday names that are also city names (Dushanbe): accepted only with a place cue nearby.
AMBIGUOUS_WEEKDAY = {"دوشنبه"}
# Persian country names that are everyday words ("پرو" a fitting, "مالی" financial, "کره" butter),
# left out of countries.tsv: accepted only right after a word of a country's ("سفیر پرو", "کشور مالی")
AMBIGUOUS_COUNTRIES = {"پرو": "PE", "مالی": "ML", "چاد": "TD", "نیجر": "NE", "کره": "KR", "مغرب": "MA"}
# «در آستانه X»: "on the eve of X" when a time or an occasion follows, not the city of Astana
IDIOM_CITIES = {"استانه": "در"}
_EVE_OF = set(
    """
    اربعین نوروز سال ماه روز روزهای هفته دهه فرا فرارسیدن آغاز شروع پایان برگزاری ورود انتخابات ایام
    عید سالروز میلاد ولادت شهادت محرم رمضان تابستان زمستان پاییز بهار فصل سفر امضای افتتاح تعطیلات
    مراسم جشن قرن هزاره سالگرد بازگشایی اجرای نیمه
    """.split()
)
# names whose spelling without the accent is an English word ("a family reunion"): taken only with the accent
ACCENT_NEEDED = {"Réunion"}
COUNTRY_CUES = {
    "کشور",
    "کشورهای",
    "سفیر",
    "سفارت",
    "سفیران",
    "کنسولگری",
    "سرکنسولگری",
    "سرکنسول",
    "کاردار",
    "جمهوری",
    "پادشاهی",
    "دولت",
    "مردم",
    "پایتخت",
}


@dataclass(frozen=True)
class Entry:
    canonical: str
    kind: str  # country, city, organization, role
    country: str = ""  # ISO alpha-2 for cities and countries
    tags: frozenset = field(default_factory=frozenset)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    surface: str
    entry: Entry


def _rows(path: Path):
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#") and len(row) >= 2:
                yield row


def _variants(name: str) -> set[str]:
    """The name's key, and for a Persian name its spellings with the ZWNJ (or the space) dropped:
    all at once («اتحادیهشهرداریها»), or each ZWNJ on its own («اتحادیه شهرداریهای جهان ترک»)."""
    key = name_key(name)
    out = {key} if key else set()
    if " " in key and any("\u0600" <= c <= "\u06ff" for c in key):
        out.add(key.replace(" ", ""))
        spaced = name_key(name.replace(ZWNJ, " \x00 "))  # mark where the ZWNJs were
        parts = spaced.split(" \x00 ")
        if 1 < len(parts) <= 4:
            for mask in range(1, 2 ** (len(parts) - 1)):
                v = parts[0]
                for i, part in enumerate(parts[1:]):
                    v += ("" if mask >> i & 1 else " ") + part
                out.add(v)
    return out


class Gazetteer:
    """Names → entries; ``add`` extends it at run time (partner directory of the app)."""

    def __init__(self, entries: Iterable[tuple[str, Entry]] = ()):
        self._names: dict[str, list[Entry]] = {}
        self._automaton = None
        self._lock = threading.Lock()
        self.by_canonical: dict[tuple[str, str], Entry] = {}
        # a name two cities of different countries share (Georgetown, George Town): the other cities
        self.homonyms: dict[str, list[Entry]] = {}
        for name, entry in entries:
            self._add_name(name, entry)

    # -- building -------------------------------------------------------------------------
    def _add_name(self, name: str, entry: Entry, only_new: bool = False):
        """``only_new``: a spelling another entry already has stays that entry's alone."""
        self.by_canonical.setdefault((entry.kind, entry.canonical), entry)
        variants = _variants(name)
        if entry.kind == "city":
            # the ezafe written joined after a final vowel: «بورسای ترکیه», «باکوی زیبا»
            variants |= {v + "ی" for v in variants if v[-1:] in ("ا", "و") and "\u0600" <= v[0] <= "\u06ff"}
        for v in variants:
            if len(v) < 2 or (only_new and v in self._names):
                continue
            bucket = self._names.setdefault(v, [])
            if entry not in bucket:
                bucket.append(entry)
        self._automaton = None

    def _add_homonym(self, name: str, entry: Entry):
        """Keep ``entry`` as another city the name may mean, when the name's city is of another country."""
        for v in _variants(name):
            held = self._names.get(v, ())
            if any(x.kind == "city" and x.country != entry.country for x in held) and not any(
                x.kind == "city" and x.country == entry.country for x in held
            ):
                alts = self.homonyms.setdefault(v, [])
                if entry not in alts:
                    alts.append(entry)

    def other_cities(self, surface: str) -> list[Entry]:
        """Cities of other countries that share the name written ``surface``."""
        return self.homonyms.get(name_key(surface), []) if self.homonyms else []

    def add(
        self,
        name: str,
        aliases: Iterable[str] = (),
        kind: str = "city",
        canonical: str | None = None,
        country: str = "",
        tags: Iterable[str] = (),
    ):
        """Add a name and its aliases; ``canonical`` defaults to ``name``."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
        entry = self.by_canonical.get((kind, canonical or name)) or Entry(
            canonical or name, kind, country, frozenset(tags)
        )
        for n in [name, *aliases]:
            if n and n.strip():
                self._add_name(n, entry)
        return entry

    @classmethod
    def default(cls) -> Gazetteer:
        g = cls()
        for canonical, a2, _a3, aliases in _rows(DATA / "countries.tsv"):
            e = Entry(canonical, "country", a2)
            for n in aliases.split("|"):
                g._add_name(n, e)
        for canonical, a2, tags, aliases in _rows(DATA / "cities.tsv"):
            e = Entry(canonical, "city", a2, frozenset(t for t in tags.split(",") if t))
            for n in [canonical, *aliases.split("|")]:
                g._add_name(n, e)
        # GeoNames cities and the research file's organizations (built by data/build_places.py): a
        # city or body the hand-kept files already have keeps its entry and gains the names
        for canonical, a2, tags, aliases, *_source in _rows(DATA / "cities_geonames.tsv"):
            e = g.by_canonical.get(("city", canonical)) or Entry(
                canonical, "city", a2, frozenset(t for t in tags.split(",") if t)
            )
            for n in [canonical, *aliases.split("|")]:
                if not g._names.get(name_key(n)):
                    g._add_name(n, e, only_new="small" in e.tags)
                elif "small" not in e.tags:
                    g._add_homonym(n, e)
        for path in ("organizations.tsv", "organizations_research.tsv"):
            for full_name, kind, aliases, *_source in _rows(DATA / path):
                # "Polis – European cities and regions ...": the body is named by the part before the dash
                canonical = full_name.split(" – ")[0].strip()
                e = g.by_canonical.get(("organization", canonical))
                if e is None or kind not in e.tags:
                    # a body's part of another kind keeps its own tag under the body's name: UNESCO's
                    # Creative Cities Network is a city network, UNESCO a UN agency
                    e = Entry(canonical, "organization", "", frozenset([kind]))
                for n in [canonical, full_name, *aliases.split("|")]:
                    if n and not any(x.kind == "organization" for x in g._names.get(name_key(n), ())):
                        g._add_name(n, e)
        country_of = {e.country: e for (k, _c), e in g.by_canonical.items() if k == "country"}
        for word, a2 in AMBIGUOUS_COUNTRIES.items():
            if a2 in country_of and not g._names.get(word):
                g._add_name(word, country_of[a2])
        # regions whose names hold a country's ("East Azerbaijan"): matched to hide the country, never reported
        for canonical, a2, aliases in _rows(DATA / "regions.tsv"):
            e = Entry(canonical, "region", a2)
            for n in aliases.split("|"):
                g._add_name(n, e)
        for key, role, aliases in _rows(DATA / "roles.tsv"):
            e = Entry(role, "role", "", frozenset([key]))
            for n in aliases.split("|"):
                g._add_name(n, e)
        return g

    def _build(self):
        with self._lock:
            if self._automaton is None:
                a = ahocorasick.Automaton()
                for key, entries in self._names.items():
                    a.add_word(key, (len(key), tuple(entries)))
                a.make_automaton()
                self._automaton = a
        return self._automaton

    def __getstate__(self):
        return {"names": self._names, "by_canonical": self.by_canonical, "homonyms": self.homonyms}

    def __setstate__(self, state):
        self._names = state["names"]
        self.by_canonical = state["by_canonical"]
        self.homonyms = state.get("homonyms", {})
        self._automaton = None
        self._lock = threading.Lock()

    def __len__(self):
        return len(self._names)

    def country_of(self, city: str) -> str:
        e = self.by_canonical.get(("city", city))
        return e.country if e else ""

    def country_name(self, alpha2: str) -> str:
        # the first country entry of each code, kept while no name is added (by_canonical holds
        # tens of thousands of cities: a scan per call is too slow)
        names = getattr(self, "_country_names", None)
        if names is None or names[0] != len(self.by_canonical):
            table: dict[str, str] = {}
            for (kind, canonical), e in self.by_canonical.items():
                if kind == "country":
                    table.setdefault(e.country, canonical)
            names = self._country_names = (len(self.by_canonical), table)
        return names[1].get(alpha2, "")

    # -- matching -------------------------------------------------------------------------
    def find(self, text: str, key: str | None = None) -> list[Hit]:
        """Longest non-overlapping hits in display-normalized ``text``, in text order."""
        if not text:
            return []
        key = match_key(text) if key is None else key
        automaton = self._build()
        if not len(automaton):
            return []
        n = len(key)
        cands = []
        for end, (length, entries) in automaton.iter(key):
            start = end - length + 1
            if start > 0 and is_word_char(key[start - 1]):
                continue
            if end + 1 < n and is_word_char(key[end + 1]):
                continue
            cands.append((start, end + 1, entries))
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        # one name, one sense in a text: a Persian GeoNames name once shown to be a city (by a cue) is the
        # city wherever else the text names it («شهردار ساراگوسا» ... «به ساراگوسا سفر کرد»)
        cued = {
            key[start:end]
            for start, end, entries in cands
            if entries[0].tags & _CUE_NEEDED
            and _PERSIAN_LETTER.search(text[start:end])
            and self._city_cue(key, start, end)
        }
        place_starts = {start for start, _end, entries in cands if entries[0].kind in ("city", "country")}
        hits: list[Hit] = []
        last_end = -1
        place_end = -10  # end of the last place hit: a list of places is a cue for the next one
        foreign_city_end = -10  # end of the last city abroad (outside Iran)
        for start, end, entries in cands:
            if start < last_end:
                continue
            surface = text[start:end]
            entry = entries[0]
            if entry.kind != "role" and surface.islower() and surface.isascii():
                continue  # a name in Latin letters is capitalised: "nice", "mobile" are words
            if (
                key[start:end] in AMBIGUOUS_WEEKDAY
                and not _place_cue(key, start, end)
                and not _between_places(key, start, end, place_end, place_starts)
                and not (foreign_city_end >= 0 and _after_foreign_city(key, start, end, foreign_city_end))
            ):
                continue
            if (
                key[start:end] in IDIOM_CITIES
                and key[max(0, start - 12) : start].split()[-1:] == [IDIOM_CITIES[key[start:end]]]
                and key[end : end + 20].split()[:1]
                and key[end : end + 20].split()[0] in _EVE_OF
            ):
                continue  # «در آستانه اربعین»: on the eve of Arbaeen
            if entry.canonical in ACCENT_NEEDED and surface.isascii():
                continue
            if key[start:end] in AMBIGUOUS_COUNTRIES and not COUNTRY_CUES & set(
                key[max(0, start - 20) : start].split()[-1:]
            ):
                continue  # «پرو» a fitting, «مالی» financial: a country only after «سفیر», «کشور» ...
            if entry.kind in ("city", "country") and _HONORIFIC.search(key, max(0, start - 12), start):
                continue  # "Dr. Sofia Lindqvist", «خانم ویکتوریا ...»: a person's given name
            if (
                "geonames" in entry.tags
                and surface.isascii()
                and (
                    _inside_name(text, start, end)
                    or _after_given_name(text, start, last_end)
                    or _before_surnames(text, start, end)
                    or (place_end >= 0 and start - place_end == 1 and text[place_end] == " ")
                    or (end + 1 in place_starts and text[end : end + 1] == " ")
                )
            ):
                continue  # "Mohammad Hassan Rezaei", "Carlos Mendoza": a smaller city's name in a person's
            listed = _LIST_GAP.match(key[place_end:start]) is not None if place_end >= 0 else False
            if entry.kind in ("city", "country") and _surname_part(text, start, end):
                continue  # «نجف‌زاده», «تهرانی‌پور»: a surname made of the place's name
            if listed and end + 1 in place_starts and text[end : end + 1] == " ":
                listed = False  # «تهران و دومای مسکو»: the body of the city after it, not a third place
            if (
                entry.tags & _CUE_NEEDED
                and _PERSIAN_LETTER.search(surface)
                and not listed
                and key[start:end] not in cued
            ):
                continue  # a Persian GeoNames name may be a word ("میدان" square, Medan): a cue is needed
            if "small" in entry.tags and not listed and not self._city_cue(key, start, end, strict=True):
                continue  # a town of under 100,000 ("Hope", "Union"): only as a city ("mayor of X")
            last_end = end
            if entry.kind == "region":
                continue  # it only hides the country's name inside it
            hits.append(Hit(start, end, surface, entry))
            if entry.kind in ("city", "country"):
                place_end = end
                foreign_city_end = end if entry.kind == "city" and entry.country != "IR" else -10
            for other in entries[1:]:
                hits.append(Hit(start, end, surface, other))
            last_end = end
        return hits

    def _city_cue(self, key: str, start: int, end: int, strict: bool = False) -> bool:
        """A city word before the name ("شهر X", "شهردار X"), or a country's name right after it;
        ``strict``: the city word right before the name, or before "of" ("mayor of X")."""
        before = key[max(0, start - 30) : start].split()[-2:]
        if strict:
            before = before[-1:] if before[-1:] != ["of"] else before
        if CITY_CUES & set(before) or EN_CITY_CUES & set(before):
            return True
        # the words up to a punctuation mark: "X, <country>" is also "X <country>" («جیپور هند،»)
        after = _PUNCT_CUT.split(key[end : end + 40], maxsplit=1)[0].split()
        if after[:1] == ["در"]:  # "X در اسپانیا": X in Spain
            after = after[1:]
        for n in (1, 2, 3):
            if any(e.kind == "country" for e in self._names.get(" ".join(after[:n]), ())):
                return True
        return False


# -- names no list has ------------------------------------------------------------------------------
# "mayor of X", "X's mayor", "X City Council", "شهردار X": X is a city even when no list has it
_UP = "A-Z\u00c0-\u00de\u0100-\u017f"  # a capital, Latin letters with accents included
_LOW = "a-z\u00df-\u00ff\u0100-\u017f'’\\-"
_EN_NAME = f"[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}}"
_EN_CITY_AFTER = re.compile(
    r"(?=[MmCcTt])\b(?:[Mm]ayor|[Mm]ayoress|[Mm]unicipality|[Mm]ayoralty|[Cc]ity [Hh]all|[Cc]ity [Cc]ouncil"
    # "Mayor Anna Keller of Northbridge": the mayor's name between the title and the city
    f"|[Mm]ayor(?: [{_UP}][{_LOW}]+){{1,3}}"
    # "a delegation from the city of Northbridge", "the town of Northbridge"
    r"|\b[Tt]he (?:city|town))"
    f" of (?:the )?({_EN_NAME})"
)
# "its sister city Northbridge", "twinned with the town of Northbridge", "sister cities of Northbridge"
_EN_SISTER = re.compile(
    r"(?=[SsTt])\b(?:[Ss]ister[- ](?:city|cities|town|towns)|[Tt]win(?:ned)? (?:city|town)|[Tt]winned with)"
    f"(?: of| with)?(?: the (?:city|town) of)?,? ({_EN_NAME})"
)
_EN_CITY_BEFORE = re.compile(
    f"\\b([{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+)?)(?:['’]s)? (?:[Mm]ayor|[Mm]unicipality|City Council)\\b"
)
_EN_NOT_CITY = {
    "The",
    "Deputy",
    "Vice",
    "First",
    "Former",
    "New",
    "Acting",
    "Lord",
    "Executive",
    "General",
    "City",
    "Town",
    "Metropolitan",
    "Municipal",
    "Islamic",
    "Republic",
    "Greater",
    "Our",
    "This",
    "Their",
    "His",
    "Her",
    "Its",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "In",
    "On",
    "At",
    "And",
    "But",
    "Then",
    "Also",
    "Both",
    "Each",
    # what follows "sister city" without being a city
    "Agreement",
    "Agreements",
    "Memorandum",
    "Relations",
    "Relationship",
    "Ties",
    "Program",
    "Programme",
    "Partnership",
    "Cooperation",
    "Committee",
    "Day",
    "Week",
    "Festival",
    "Forum",
    "Status",
    "Summit",
    "Network",
    "International",
    # "the city of Culture", "a City of Crafts": a title, not a town
    "Culture",
    "Crafts",
    "Light",
    "Peace",
    "Music",
    "Design",
    "Gastronomy",
    "Literature",
    "Film",
    "Media",
    "Arts",
    "Science",
    "Knowledge",
    "Learning",
    "Tomorrow",
    "Future",
}
# Persian: "شهردار شهر X" or "شهردار X <country>" (a bare word after شهردار is too often not a name)
_FA_L = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"  # Persian letters, not punctuation
_FA_CITY_AFTER = re.compile(
    f"(?<![{_FA_L}])شهردار(?:ی)?[ \u200c]+(شهر[ \u200c]+)?([{_FA_L}]{{3,}}(?:\u200c[{_FA_L}]{{2,}})?)(?![{_FA_L}\u200c])"
)
# words that follow "شهردار" without being a city's name
_FA_NOT_CITY = set(
    """
    منطقه مناطق جدید سابق پیشین فعلی وقت محترم کل کلانشهر کلان شهر شهرهای ها های اسبق منتخب مستعفی
    تهران آینده بعدی قبلی دوره برای در با از به که و را نیز هم گفت افزود این آن خود ما کشور استان
    بندر بخش روستا ناحیه جزیره شهرستان اسلامی مرکز محل فعلى اول دوم سوم موقت جوان زن کارآمد
    """.split()
)


# what may stand between a city and its country: "Northbridge, England", "Northbridge (Poland)",
# "Northbridge in Poland", "نوآباد در روسیه", "نوآباد، روسیه"
_TO_COUNTRY = re.compile(r"^(?:\s*[,،(]\s*|\s+(?:in|در|کشور)\s+|\s+)$")


def unlisted_cities(text: str, hits: list[Hit]) -> list[Hit]:
    """Cities named after a mayor or a municipality that no list has ("mayor of Northbridge"), with
    their country when its name follows ("شهردار نوآباد روسیه", "mayor of Northbridge, Poland")."""
    covered = bytearray(len(text) + 1)
    for h in hits:
        covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    countries = {h.start: h.entry.country for h in hits if h.entry.kind == "country"}
    out: list[Hit] = []

    def country_after(end: int) -> str:
        for start in range(end, min(len(text), end + 12)):
            if start in countries and _TO_COUNTRY.match(text[end:start]):
                return countries[start]
        return ""

    def add(start: int, end: int, name: str):
        if covered.find(1, start, end) >= 0:
            return
        covered[start:end] = b"\x01" * (end - start)
        tags = frozenset({"unlisted"})
        out.append(Hit(start, end, name, Entry(name, "city", country_after(end), tags)))

    if (
        "ayor" in text
        or "unicipal" in text
        or "ouncil" in text
        or "all of" in text
        or "win" in text
        or "ister" in text
    ):
        for rx in (_EN_CITY_AFTER, _EN_CITY_BEFORE, _EN_SISTER):
            for m in rx.finditer(text):
                words = m.group(1).split()
                while words and words[0] in _EN_NOT_CITY:
                    words = words[1:]
                if not words or any(w in _EN_NOT_CITY for w in words):
                    continue
                name = " ".join(words)
                start = m.start(1) + m.group(1).index(name)
                add(start, start + len(name), name)
    if "شهردار" in text:
        for m in _FA_CITY_AFTER.finditer(text):
            word = m.group(2)
            if word in _FA_NOT_CITY or word.endswith(("ها", "های")):
                continue
            if m.group(1) or country_after(m.end(2)):
                add(m.start(2), m.end(2), word)
    return sorted(out, key=lambda h: h.start)


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\n] )\b[A-Z][a-z'’\-]+ $")
_CAPITALISED_AFTER = re.compile(r"^ [A-Z][a-z'’\-]+\b")


def _inside_name(text: str, start: int, end: int) -> bool:
    """A capitalised word on either side, not after a sentence's end: the name is part of a longer name."""
    return bool(_CAPITALISED_BEFORE.search(text[max(0, start - 25) : start])) and bool(
        _CAPITALISED_AFTER.match(text[end : end + 25])
    )


_GIVEN_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<![.!?:;\n])\b([A-Z][a-z'’\-]+) $")
# capitalised words before a place that are no given name: titles, articles, parts of place names
_NOT_GIVEN = set(
    """
    The In On At From To Of And For With By Mayor Mayors Ambassador Governor Minister President Deputy
    Consul Chairman Head Envoy Delegation City Town Province Region State County District Greater New
    North South East West Northern Southern Eastern Western Upper Lower Saint St San Santa Port Lake
    Mount Fort Old Central Capital Visit Visiting Welcome Sister Twin Municipality Metropolitan
    """.split()
)


def _after_given_name(text: str, start: int, last_hit_end: int) -> bool:
    """A capitalised word that is no title, place or role right before the name ("Carlos Mendoza"):
    the name is a surname."""
    m = _GIVEN_BEFORE.search(text, max(0, start - 25), start)
    return bool(m) and m.group(1) not in _NOT_GIVEN and last_hit_end < m.start(1)


# two name words after the name: "Hassan Jawad al-Amiri", "Florence Marie Dubois": a given name
_SURNAMES_AFTER = re.compile(r"^ ([A-Z][a-z'’\-]+) (?:[A-Z][a-z'’\-]+|(?:al|el|bin|ibn|bint)[- ])")


# a body of the place follows its name, not a person's ("Da Nang People's Committee", "Ufa City Council")
_BODY_AFTER = re.compile(
    r"^ (?:\w+['’]s\b|(?:\w+ )?(?:Committee|Council|Municipality|Administration|Government|Hall|Office|"
    r"Authority|Assembly|Duma|Akimat|Khokimiyat|Chamber|Department|Agency|Organization|Company|University))"
)
_PLACE_PREPOSITION = re.compile(r"\b(?:of|in|from|to|at|for|with|by|and|visit|visited|visiting)\s+$", re.I)


def _before_surnames(text: str, start: int, end: int) -> bool:
    """Two words of a person's name follow the place's name (no title or place word among them), and no
    preposition precedes it ("Akim of Shymkent Aidos Sarsenov" is the city and its mayor's name)."""
    m = _SURNAMES_AFTER.match(text[end : end + 40])
    return (
        bool(m)
        and m.group(1) not in _NOT_GIVEN
        and not _BODY_AFTER.match(text[end : end + 40])
        and not _PLACE_PREPOSITION.search(text[max(0, start - 12) : start])
    )


# endings that make a surname of a word («نجف‌زاده», «تبریزی‌نژاد», «کرمانی‌پور»), written after a ZWNJ
_SURNAME_ENDINGS = (
    "زاده",
    "پور",
    "نژاد",
    "نیا",
    "فر",
    "اصل",
    "زاد",
    "وند",
    "لو",
    "منش",
    "راد",
    "فرد",
    "دوست",
)


def _surname_part(text: str, start: int, end: int) -> bool:
    """The place's name is glued by a ZWNJ to a surname's ending: the word is a surname."""
    if text[end : end + 1] != ZWNJ:
        return False
    rest = text[end + 1 : end + 8]
    return any(
        rest.startswith(e) and not is_word_char(rest[len(e) : len(e) + 1] or " ") or rest.startswith(e + ZWNJ)
        for e in _SURNAME_ENDINGS
    )


def _between_places(key: str, start: int, end: int, place_end: int, place_starts: set[int]) -> bool:
    """A name in a list of places, with a place before it and after it («کازان، دوشنبه، سمرقند»)."""
    if place_end < 0 or not _LIST_GAP.match(key[place_end:start]):
        return False
    m = _LIST_GAP_AHEAD.match(key, end)
    return bool(m) and m.end() in place_starts


# what says that a weekday's name is the day: «دوشنبه گذشته», «دوشنبه هفته آینده», «دوشنبه ۱۲ آبان»
_DAY_AFTER = {"گذشته", "آینده", "هفته", "صبح", "عصر", "شب", "ظهر", "بعدازظهر", "بامداد", "تا", "اینده"}


def _after_foreign_city(key: str, start: int, end: int, city_end: int) -> bool:
    """A weekday's name joined to a city abroad by «و» or a comma is the other city: «با کازان و دوشنبه»."""
    if not _LIST_GAP.match(key[city_end:start]):
        return False
    after = key[end : end + 20].split()[:1]
    return not (after and (after[0][:1].isdigit() or after[0] in _DAY_AFTER))


_HONORIFIC = re.compile(r"(?<![\w.])(?:mr|mrs|ms|dr|prof|h\.e|آقای|خانم|دکتر)\.? ?$")
_PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")
# Persian names taken only after a city word or in a list of places: GeoNames' («میدان» a square, Medan), and
# a hand-kept row tagged "cue" (a city's everyday Persian name that is also a word: «قدس» holiness, Jerusalem)
_CUE_NEEDED = frozenset({"geonames", "cue"})
_LIST_GAP = re.compile(r"^\s*(?:[،,]|و|and)\s*$")
_LIST_GAP_AHEAD = re.compile(r"\s*(?:[،,]|و|and)\s*")
_PUNCT_CUT = re.compile(r"[،,.;؛:()\n]")
# Words that announce a city's name in Persian
CITY_CUES = {"شهر", "شهرهای", "شهردار", "شهرداری", "کلانشهر", "کلان‌شهر", "پایتخت", "بندر", "شهرهایی"}

# ... and in English (the match key is lower case): "mayor of X", "the town of X", "sister city X"
EN_CITY_CUES = {"mayor", "city", "town", "municipality", "cities", "towns", "mayors", "twin"}


# words before a weekday's name that make it the day: «امروز دوشنبه», «روز دوشنبه», «صبح دوشنبه»
_DAY_WORDS = {
    "امروز",
    "روز",
    "دیروز",
    "فردا",
    "صبح",
    "عصر",
    "ظهر",
    "شب",
    "بامداد",
    "امشب",
    "هر",
    "تا",
    "پریروز",
}


def _place_cue(key: str, start: int, end: int) -> bool:
    before = key[max(0, start - 25) : start].split()
    after = key[end : end + 25].split()
    if after and after[0][:1].isdigit():
        return False
    if before and before[-1] in _DAY_WORDS:
        return False  # «شهردار کرمان امروز دوشنبه ...»: the day, whatever city word stands before it
    cues = {"شهر", "شهرهای", "پایتخت", "تاجیکستان", "شهرداری", "شهردار"}
    return bool(cues & set(before[-3:])) or bool(after and after[0] in {"تاجیکستان", "پایتخت"})


_DEFAULT: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer.default()
    return _DEFAULT
