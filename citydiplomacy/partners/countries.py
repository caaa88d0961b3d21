"""Every country with English and Persian names, taken from pycountry (ISO 3166-1 and its translations).

pycountry's Persian names are formal ("ایران، جمهوری اسلامی") or missing for a few; the short names
people write in Persian news and letters are set below, and both forms are kept as aliases.
"""

import gettext

import pycountry

# Short English names used in the office's reports, where ISO's name is formal.
SHORT_EN = {
    "IR": "Iran", "KR": "South Korea", "KP": "North Korea", "RU": "Russia", "SY": "Syria",
    "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "MD": "Moldova", "LA": "Laos",
    "VN": "Vietnam", "TW": "Taiwan", "PS": "Palestine", "FM": "Micronesia", "CD": "DR Congo",
    "BN": "Brunei", "CZ": "Czechia", "TR": "Turkey", "US": "United States", "GB": "United Kingdom",
}  # fmt: skip
# Short Persian names as written in Persian text, where ISO's translation is formal or missing.
SHORT_FA = {
    "IR": "ایران", "TR": "ترکیه", "KR": "کره جنوبی", "KP": "کره شمالی", "RU": "روسیه",
    "AE": "امارات", "SY": "سوریه", "VE": "ونزوئلا", "BO": "بولیوی", "TZ": "تانزانیا",
    "MD": "مولداوی", "LA": "لائوس", "VN": "ویتنام", "US": "آمریکا", "GB": "انگلیس",
    "PS": "فلسطین", "CZ": "چک", "NL": "هلند", "CD": "کنگو", "BA": "بوسنی و هرزگوین",
}  # fmt: skip
EXTRA_ALIASES = {
    "TR": ["Türkiye", "Turkiye"], "AE": ["UAE", "امارات متحده عربی"], "US": ["USA", "ایالات متحده"],
    "GB": ["UK", "Britain", "بریتانیا", "انگلستان"], "KR": ["Korea", "کره"], "NL": ["Holland"],
    "CN": ["People's Republic of China"], "IQ": [], "RU": ["Russian Federation"],
}  # fmt: skip


def iter_countries():
    """Yield dicts (iso2, iso3, name_en, name_fa, aliases) for every ISO country."""
    fa = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fa"], fallback=True)
    for country in pycountry.countries:
        iso2 = country.alpha_2
        official_en = country.name
        name_en = SHORT_EN.get(iso2) or getattr(country, "common_name", None) or official_en
        official_fa = fa.gettext(official_en)
        if official_fa == official_en:  # no Persian translation
            official_fa = ""
        name_fa = SHORT_FA.get(iso2) or official_fa or name_en
        aliases = {official_en, official_fa, getattr(country, "official_name", "") or ""}
        aliases.update(EXTRA_ALIASES.get(iso2, []))
        aliases.discard(name_en)
        aliases.discard(name_fa)
        aliases.discard("")
        yield {
            "iso2": iso2,
            "iso3": country.alpha_3,
            "name_en": name_en,
            "name_fa": name_fa,
            "aliases": sorted(aliases),
        }
