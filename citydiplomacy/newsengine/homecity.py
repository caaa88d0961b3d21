"""Whose story it is: the home city, the municipality whose activity the article tells.

Evidence, strongest first: the page's publisher (a city's own site, "kzn.ru", "konya.bel.tr", or the
banner of a city's administration above the headline, "Official portal of Kazan", "BAKU CITY EXECUTIVE
POWER"), then the city most often attached to a mayor or a municipality. An Iranian outlet (Persian,
or an English one such as a ``.ir`` site) reports an Iranian municipality's diplomacy: a foreign mayor
named next to an Iranian municipality is the counterpart, however often he is named.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Hit
from .partners import IRAN
from .signals import _TO_BEFORE

MUNI_BEFORE = re.compile(
    r"(?:شهرداری|شهردار|شورای[ \u200c]?(?:اسلامی[ \u200c]?)?شهر|کلان[ \u200c]?شهر|شهرداری[ \u200c]?های|"
    r"mayors? of|municipality of|municipalities of|city of|deputy mayor of|governor of|akim(?:at)? of|"
    r"k?hokim(?:iyat)? of|administration of|city hall of|"
    # a Tajik city's executive and its head ("the Executive Body of State Power of <city>", "Chairman of <city>")
    r"executive body of (?:state )?power of|chairman of|"
    # a body of the city ("سازمان مدیریت بحران شهر تهران"): the municipality's own organization
    r"سازمان(?:[ \u200c][\u0600-\u06FF]+){0,5}[ \u200c]شهر)"
    r"[ \u200c]*(?:[\u0600-\u06FF]+[ \u200c]){0,1}$",
    re.I,
)
# the city's own executive ("Kazan Executive Committee", "Baku City Executive Power", "Tashkent city
# khokimiyat", "Seoul Metropolitan Government"): the municipality under its local names
MUNI_AFTER = re.compile(
    r"^['’]?s?[ ]*(?:(?:first )?(?:deputy|vice)[ -])?(?:municipality|mayor|city council|city hall|municipal"
    r"|metropolitan|akim(?:at)?\b|people['’]s committee\b"
    r"|(?:city )?(?:executive (?:committee|power)|k?hokim(?:iyat)?\b|administration\b|government\b))",
    re.I,
)
# the publisher's banner above the story: an administration, a portal, a press service of the city
_BANNER = re.compile(
    r"\bportal\b|\badministration\b|\bexecutive\b|\bk?hokimiyat\b|\bakimat\b"
    r"|\bmetropolitan (?:government|municipality)\b|\bpress service\b|پرتال|درگاه",
    re.I,
)
# Iranian outlets whose sites are not under .ir (their English services report Iranian cities)
_IRANIAN_HOSTS = ("tehrantimes.com", "mehrnews.com", "tasnimnews.com", "ifpnews.com", "iranpress.com")
_GENERIC_LABELS = (
    "www",
    "en",
    "fa",
    "ru",
    "news",
    "com",
    "org",
    "net",
    "gov",
    "co",
    "ac",
    "edu",
    "go",
    "english",
)


def home_city(
    text: str,
    hits: list[Hit],
    lang: str | None = None,
    lead_end: int = 0,
    site: str = "",
    iranian: bool = False,
    outlet_cc: str = "",
) -> tuple[str | None, Counter]:
    """The municipality whose activity it is: the page's publisher, else the city most often attached
    to شهردار/شهرداری/mayor/...

    A dateline ("TEHRAN, Feb. 28 (MNA) –") is the agency's seat, not an actor, and is skipped. In Persian
    text an Iranian city named in the lead gets half a vote: the monitored offices are Iranian. A city
    whose name is the page's host (a municipality's own site: tabriz.ir) is home: a city's own site
    reports its own diplomacy. ``iranian``: the outlet is Iranian (Persian text counts as such).
    ``outlet_cc``: the country of a foreign outlet's site (``outlet_country``): as an Iranian outlet reports an
    Iranian municipality, a Kazakh agency's story of a Bishkek delegation received by Almaty's akimat is Almaty's.
    """
    foreign = (
        bool(site) and not iranian
    )  # a foreign outlet: its city receives, the guests are the counterpart
    iranian = iranian or lang == "fa"
    cities = [h for h in hits if h.entry.kind == "city" and not dateline(text, h) and not masthead(text, h)]
    own = [h.entry.canonical for h in cities if names_site(h.entry.canonical, site)]
    if own:
        return own[0], Counter({own[0]: 1})
    if banner := publisher(text, cities):
        return banner, Counter({banner: 1})
    if lang == "fa" and (host := foreign_host_retold(text, cities)):
        return host, Counter({host: 1})
    if lang != "fa" and iranian and (host := visited_iranian_city(text, cities)):
        return host, Counter({host: 1})
    if lang != "fa" and foreign and (host := receiving_city(text, cities)):
        return host, Counter({host: 1})
    votes: Counter = Counter()
    top = _top(text) if lang != "fa" and iranian else 0
    acting_first: set[str] = set()  # cities whose municipality acts in the headline or the first sentence
    first: dict[str, int] = {}
    iran_city: dict[str, bool] = {}
    country: dict[str, str] = {}
    for h in cities:
        iran_city[h.entry.canonical] = h.entry.country == IRAN
        country[h.entry.canonical] = h.entry.country
        first.setdefault(h.entry.canonical, h.start)
        before = text[max(0, h.start - 40) : h.start]
        after = text[h.end : h.end + 25]
        if MUNI_BEFORE.search(before) or MUNI_AFTER.match(after):
            votes[h.entry.canonical] += 1
            if h.start < top:
                acting_first.add(h.entry.canonical)
        elif (
            lang == "fa"
            and h.entry.country == IRAN
            and h.start < lead_end
            and "bonus" + h.entry.canonical not in first
        ):
            votes[h.entry.canonical] += 0.5
            first["bonus" + h.entry.canonical] = 0
    if not votes:
        return unnamed_mayors_city(text, cities, lang, iranian), votes
    pool = list(votes)
    if lang == "fa":
        # an Iranian outlet reports an Iranian municipality's activity: a foreign mayor named next to
        # an Iranian mayor or municipality is the counterpart, however often he is named
        pool = [c for c in pool if iran_city.get(c) and votes[c] >= 1] or pool
    elif iranian and any(iran_city.get(c) for c in acting_first):
        # an Iranian outlet's English story whose first sentence has an Iranian municipality act ("Tehran
        # Municipality and the Tashkent city administration signed ..."): that municipality's story, however often
        # the partner's administration is named; an Iranian envoy meeting a foreign mayor leaves the mayor's city
        pool = [c for c in acting_first if iran_city.get(c)]
    elif outlet_cc and not iranian:
        # a foreign outlet reports its own country's municipality: a city of another country is its guest
        pool = [c for c in pool if country.get(c) == outlet_cc and votes[c] >= 1] or pool
    best = max(pool, key=lambda c: (votes[c], -first[c]))
    return best, votes


_BARE_MAYOR = re.compile(r"\b(?:the city's|its) (?:mayor|municipality)\b|\bMayor [A-Z]", re.I)


def visited_iranian_city(text: str, cities: list[Hit]) -> str | None:
    """An Iranian outlet's English story of a visit to an Iranian city ("Herat mayor visits Mashhad",
    "guests from Osh, who have travelled to Zanjan, toured ..."): the city visited, told in the headline or
    the first sentence of prose, hosts, and the visitors, named before it, are its counterpart."""
    top = _top(text)
    visitor = False  # a foreign city named first: the visitors'
    for h in cities:
        if h.start >= top:
            break
        end = text.find("\n", h.start)
        if _MENU.search(text[text.rfind("\n", 0, h.start) + 1 : end if end >= 0 else len(text)]):
            continue  # a menu or a breadcrumb ("IMNA | Isfahan | International")
        if h.entry.country != IRAN:
            visitor = True
        elif _TO_BEFORE.search(text[max(0, h.start - 40) : h.start]) or (
            visitor and _IN_BEFORE.search(text[max(0, h.start - 6) : h.start])
        ):
            return (
                h.entry.canonical
            )  # after the visitors' city, or after no city ("Foreign mayors arrive in X")
        elif not visitor:
            return None  # an Iranian city's people named first travel ("Isfahan mayor, on a trip to Tehran, ...")
    return None


_MENU = re.compile(r"[|›»>•·]")
_HOSTS_FA = re.compile(r"میزبان")
# Iranian cities named as the guests' origins: "هیئت‌هایی از اصفهان، هرات و سمرقند"
_FROM_FA = re.compile(r"(?:^|\s)از\s+(?:شهر(?:های)?\s+)?(?:[^\s.،؛]+\s*[،,]\s*|[^\s.،؛]+\s+و\s+){0,4}$")


def foreign_host_retold(text: str, cities: list[Hit]) -> str | None:
    """A Persian page retelling a foreign city's own story ("شهرداری X میزبان نشست ... با حضور هیئت‌هایی از
    اصفهان ... بود", told after a foreign agency): the foreign municipality that hosts in the first sentence is
    home when no Iranian municipality acts above it and the Iranian cities there are only the guests' origins."""
    top = _top(text)
    start = text.rfind("\n", 0, top) + 1
    if not _HOSTS_FA.search(text[start:top]):
        return None
    hosts: set[str] = set()
    for h in cities:
        if h.start >= top:
            break
        muni = MUNI_BEFORE.search(text[max(0, h.start - 40) : h.start]) is not None
        if h.entry.country == IRAN:
            if h.start < start:
                if muni:
                    return None  # an Iranian municipality acts in the headline
                continue
            if muni or not _FROM_FA.search(text[max(0, h.start - 60) : h.start]):
                return None
        elif h.start >= start and muni:
            hosts.add(h.entry.canonical)
    return hosts.pop() if len(hosts) == 1 else None


# the visitors' city named first, then where they are: "Herat mayor in Mashhad", "X delegation in Y"
_IN_BEFORE = re.compile(r"\bin\s+$")


def _top(text: str) -> int:
    """The end of the first line of prose: the page's banner, headline and the story's first sentence."""
    pos = 0
    for line in text[:3000].split("\n"):
        pos += len(line) + 1
        if (
            len(line.split()) >= PROSE_WORDS and line.count("|") < 2
        ):  # a menu ("Home | Politics | ...") is no prose
            end = re.search(r"[.!?](?:\s|$)", line)
            return pos - len(line) - 1 + (end.end() if end else len(line))
    return pos


# "welcomed by the head of the Ufa City Administration", "received by the Mayor of Bursa"
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|hosted|greeted)\s+by\b[^.;\n]{0,60}$", re.I)


def receiving_city(text: str, cities: list[Hit]) -> str | None:
    """A foreign outlet's story of guests received by a city's officials ("The guests were welcomed by the
    head of the Ufa City Administration"): the receiving city, in the lead, is home."""
    top = _top(text)
    top = text.find(".", top + 1) if text.find(".", top + 1) > 0 else top  # and the sentence after
    for h in cities:
        if h.start >= top:
            break
        if _RECEIVED_BY.search(text[max(0, h.start - 80) : h.start]):
            return h.entry.canonical
    return None


def unnamed_mayors_city(text: str, cities: list[Hit], lang: str | None, iranian: bool) -> str | None:
    """No city is tied to a mayor: in Persian the most named Iranian city; in English, when a mayor is
    named without his city ("the city's mayor announced", "Mayor Jane Roe said"), the most named city
    (an Iranian one if the outlet is Iranian)."""
    named = Counter(h.entry.canonical for h in cities if not iranian or h.entry.country == IRAN)
    if not named:
        return None
    if lang == "fa" or _BARE_MAYOR.search(text):
        return named.most_common(1)[0][0]
    return None


_DATELINE_AFTER = re.compile(r"^\s*(?:[-–—,:(]|\(\w+\))")


def dateline(text: str, h: Hit) -> bool:
    """A dateline's place ("TEHRAN –", "TEHRAN, Feb. 28 (MNA) –"): capitals at a line's start."""
    line_start = text.rfind("\n", 0, h.start) + 1
    return (
        h.surface.isupper()
        and not text[line_start : h.start].strip()
        and _DATELINE_AFTER.match(text[h.end : h.end + 8]) is not None
    ) or (h.start < 3 and h.surface.isupper())


# a newspaper's name that starts with a city ("Tehran Times", "Isfahan Daily"): the outlet, not a place
_MASTHEAD_AFTER = re.compile(r"^\s+(?:Times|Daily|Post|Herald|Tribune|Gazette|Chronicle)\b")


def masthead(text: str, h: Hit) -> bool:
    """A city named as the start of a newspaper's name ("Tehran Times" on its own line or in a byline)."""
    return _MASTHEAD_AFTER.match(text[h.end : h.end + 12]) is not None


def publisher(text: str, cities: list[Hit]) -> str | None:
    """The city whose administration publishes the page, from the banner lines above the headline
    ("Official portal of Kazan", "BAKU CITY EXECUTIVE POWER", "Administration of Saint Petersburg")."""
    lines, pos = [], 0
    for line in text[:2000].split("\n"):
        if len(line.split()) >= PROSE_WORDS:
            break  # the story's first sentence of prose
        lines.append((pos, line))
        pos += len(line) + 1
    header = [(p, t) for p, t in lines if t.strip() and not any(ch.isdigit() for ch in t)]
    for p, line in header[:-1]:  # the last line before the prose is the headline: the story's own words
        if len(line) > 80 or not _BANNER.search(line):
            continue
        inside = {h.entry.canonical for h in cities if p <= h.start < p + len(line)}
        if len(inside) == 1:
            return inside.pop()
    return None


PROSE_WORDS = 12


def site_labels(url: str | None) -> list[str]:
    """The labels of the host that may name a city ("en-2018.tabriz.ir" → ["tabriz"], "konya.bel.tr"
    → ["konya", "bel"], "baku-ih.gov.az" → ["baku-ih"])."""
    if not url:
        return []
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    return [
        lab for lab in host.split(".") if lab not in _GENERIC_LABELS and not (len(lab) == 2 and lab.isalpha())
    ]


def site_of(url: str | None) -> str:
    """The letters of the host's labels that may name a city, space-separated ("tabriz", "konya bel")."""
    out = ("".join(c for c in lab if c.isalpha() or c == "-").strip("-") for lab in site_labels(url))
    return " ".join(lab for lab in out if len(lab) >= 3 and lab not in _GENERIC_LABELS)


_VOWELS = set("aeiouy")


def names_site(city: str, site: str) -> bool:
    """The page's host names the city: the same letters ("tabriz.ir"), the city with "city" or a hyphened
    suffix ("ufacity.info", "baku-ih.gov.az"), or its consonants ("kzn.ru" for Kazan)."""
    letters = "".join(ch for ch in city.lower() if ch.isalpha())
    if len(letters) < 3:
        return False
    consonants = "".join(ch for ch in letters if ch not in _VOWELS)
    for label in site.split():
        first = label.split("-")[0]
        plain = label.replace("-", "")
        if letters in (plain, first, plain.removesuffix("city")):
            return True
        if len(consonants) >= 3 and plain == consonants and not _VOWELS & set(plain):
            return True
    return False


# two-letter top-level domains sold as generic names, which tell no country
_GENERIC_TLDS = frozenset(
    {"io", "co", "tv", "me", "fm", "ai", "cc", "ws", "to", "ly", "gg", "so", "eu", "su"}
)


def outlet_country(url: str | None) -> str:
    """The country of the page's site from its country domain ("inform.kz" -> "KZ", "gov.spb.ru" -> "RU",
    "bbc.co.uk" -> "GB"), "" for a generic one (".com", ".io")."""
    if not url:
        return ""
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    tld = host.rsplit(".", 1)[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_TLDS:
        return ""
    return "GB" if tld == "uk" else tld.upper()


def iranian_outlet(url: str | None) -> bool:
    """An Iranian outlet: a site under .ir, or an Iranian agency's or paper's site elsewhere."""
    if not url:
        return False
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    return host.endswith(".ir") or any(host == h or host.endswith("." + h) for h in _IRANIAN_HOSTS)
