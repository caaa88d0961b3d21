"""Seed data: every ISO country and the cities the office deals with most (DOMAIN.md)."""

from .countries import iter_countries

# (ISO country, English, Persian, aliases)
CITIES = [
    ("IR", "Tehran", "تهران", []), ("IR", "Mashhad", "مشهد", []), ("IR", "Isfahan", "اصفهان", ["Esfahan"]),
    ("IR", "Shiraz", "شیراز", []), ("IR", "Tabriz", "تبریز", []), ("IR", "Karaj", "کرج", []),
    ("IR", "Qom", "قم", []), ("IR", "Ahvaz", "اهواز", []),
    ("CN", "Beijing", "پکن", ["Peking"]), ("CN", "Xi'an", "شیان", ["Xian", "شی‌آن", "شی آن"]),
    ("CN", "Shanghai", "شانگهای", []), ("CN", "Guangzhou", "گوانگژو", []), ("CN", "Suzhou", "سوژو", []),
    ("IQ", "Karbala", "کربلا", []), ("IQ", "Baghdad", "بغداد", []), ("IQ", "Najaf", "نجف", []),
    ("ES", "Madrid", "مادرید", []), ("ES", "Barcelona", "بارسلون", ["بارسلونا"]),
    ("TR", "Istanbul", "استانبول", []), ("TR", "Ankara", "آنکارا", []),
    ("AE", "Dubai", "دبی", []), ("AE", "Abu Dhabi", "ابوظبی", []),
    ("KR", "Seoul", "سئول", []), ("RU", "Moscow", "مسکو", []), ("RU", "Kazan", "کازان", []),
    ("RU", "Saint Petersburg", "سن پترزبورگ", ["St Petersburg"]), ("TJ", "Dushanbe", "دوشنبه", []),
    ("IN", "New Delhi", "دهلی نو", ["Delhi", "دهلی"]), ("JP", "Tokyo", "توکیو", []),
    ("MY", "Kuala Lumpur", "کوالالامپور", []), ("ID", "Jakarta", "جاکارتا", []), ("QA", "Doha", "دوحه", []),
    ("JO", "Amman", "امان", []), ("DE", "Berlin", "برلین", []), ("FR", "Paris", "پاریس", []),
    ("BE", "Brussels", "بروکسل", []), ("NL", "The Hague", "لاهه", []), ("AT", "Vienna", "وین", []),
    ("IT", "Rome", "رم", []), ("GB", "London", "لندن", []), ("AM", "Yerevan", "ایروان", []),
    ("AZ", "Baku", "باکو", []), ("AF", "Kabul", "کابل", []), ("PK", "Lahore", "لاهور", []),
    ("LB", "Beirut", "بیروت", []), ("SY", "Damascus", "دمشق", []), ("UZ", "Tashkent", "تاشکند", []),
    ("KZ", "Almaty", "آلماتی", []), ("BY", "Minsk", "مینسک", []), ("VE", "Caracas", "کاراکاس", []),
]  # fmt: skip


def seed_countries_and_cities(Country, City):
    """Create or update the countries and cities; safe to run again (used by a data migration)."""
    from citydiplomacy.lib.persian import normalize_name

    def keys(*names):
        return "|" + "|".join(sorted({normalize_name(n) for n in names if n})) + "|"

    by_iso = {}
    for row in iter_countries():
        country, _ = Country.objects.update_or_create(
            iso2=row["iso2"],
            defaults={
                "iso3": row["iso3"],
                "name_en": row["name_en"],
                "name_fa": row["name_fa"],
                "aliases": row["aliases"],
                "name_keys": keys(row["iso2"], row["iso3"], row["name_en"], row["name_fa"], *row["aliases"]),
            },
        )
        by_iso[row["iso2"]] = country
    for iso2, name_en, name_fa, aliases in CITIES:
        City.objects.update_or_create(
            country=by_iso[iso2],
            name_en=name_en,
            defaults={"name_fa": name_fa, "aliases": aliases, "name_keys": keys(name_en, name_fa, *aliases)},
        )
