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


# The international city organizations of DOMAIN.md: (acronym, English, Persian, kind, aliases, seat ISO2)
ORGANIZATIONS = [
    ("UCLG", "United Cities and Local Governments", "سازمان جهانی شهرها و دولت‌های محلی", "city_org",
     ["یو سی ال جی", "شهرها و دولت‌های محلی متحد"], "ES"),
    ("Metropolis", "World Association of the Major Metropolises", "انجمن جهانی کلان‌شهرها (متروپلیس)", "city_org",
     ["متروپلیس", "Metropolis"], "ES"),
    ("WeGO", "World Smart Sustainable Cities Organization", "سازمان جهانی شهرهای هوشمند و پایدار", "city_org",
     ["وی‌گو", "ویگو"], "KR"),
    ("ISOCARP", "International Society of City and Regional Planners", "انجمن بین‌المللی برنامه‌ریزان شهری و منطقه‌ای",
     "city_org", ["ایزوکارپ"], "NL"),
    ("AMF", "Asian Mayors Forum", "مجمع شهرداران آسیایی", "city_org", ["مجمع شهرداران آسیا"], "IR"),
    ("UNIDO", "United Nations Industrial Development Organization", "سازمان توسعه صنعتی ملل متحد", "international",
     ["یونیدو"], "AT"),
    ("TBB", "Union of Municipalities of Türkiye", "اتحادیه شهرداری‌های ترکیه", "national",
     ["Türkiye Belediyeler Birliği", "Union of Municipalities of Turkey"], "TR"),
    ("BRICS+ Cities", "BRICS+ Association of Cities and Municipalities", "انجمن شهرهای بریکس پلاس", "city_org",
     ["BRICS+ cities association", "بریکس پلاس"], "RU"),
    ("UN-Habitat", "United Nations Human Settlements Programme", "برنامه اسکان بشر سازمان ملل", "international",
     ["هبیتات", "UN Habitat"], "KE"),
    ("AIM", "Assembly of Iranian Metropolises", "مجمع کلانشهرهای ایران", "national",
     ["مجمع کلان‌شهرهای ایران"], "IR"),
]  # fmt: skip


def seed_organizations(Organization, Country):
    """Create or update the organizations above; safe to run again (used by a data migration)."""
    from citydiplomacy.lib.persian import normalize_name

    for acronym, name_en, name_fa, kind, aliases, iso2 in ORGANIZATIONS:
        names = [name_en, name_fa, acronym, *aliases]
        Organization.objects.update_or_create(
            name_en=name_en,
            defaults={
                "name_fa": name_fa,
                "acronym": acronym,
                "kind": kind,
                "aliases": aliases,
                "country": Country.objects.filter(iso2=iso2).first(),
                "name_keys": "|" + "|".join(sorted({normalize_name(n) for n in names})) + "|",
            },
        )


def rebuild_search_index(Country, City, Organization, Contact, SearchName):
    """Fill the search index from the partner tables (after a bulk load or a data migration)."""
    from .search import name_keys

    SearchName.objects.filter(kind__in=["country", "city", "organization", "contact"]).delete()
    rows = []
    for kind, model in (
        ("country", Country),
        ("city", City),
        ("organization", Organization),
        ("contact", Contact),
    ):
        for obj in model.objects.all():
            names = [obj.name_fa, obj.name_en, *(obj.aliases or [])]
            names += [getattr(obj, "iso2", ""), getattr(obj, "iso3", ""), getattr(obj, "acronym", "")]
            for key in name_keys(names):
                rows.append(
                    SearchName(key=key, kind=kind, object_id=obj.pk, label=(obj.name_fa or obj.name_en)[:300])
                )
    SearchName.objects.bulk_create(rows, batch_size=2000)
