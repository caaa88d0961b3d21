"""The 6th Golden Brick international award of the Tehran Urban Event 2025, for the demo: four categories, entries
from fourteen countries, a jury of seven (two conflicts declared), scores for most entries; and the 7th edition's
call, open now. Safe to run again."""

import datetime as dt
import random
import zlib

from django.db import transaction
from django.utils import timezone

from citydiplomacy.core.models import Role, User
from citydiplomacy.partners.models import City, Contact, Country

from . import services
from .models import AwardEdition, AwardSeries, Entry

PASSWORD = "demo1234"
SEED = 6
CATEGORIES = [
    ("بازآفرینی شهری", "Urban regeneration"),
    ("حمل‌ونقل پایدار", "Sustainable mobility"),
    ("شهر هوشمند", "Smart city"),
    ("میراث فرهنگی و فضای عمومی", "Cultural heritage and public space"),
]
CRITERIA = [("نوآوری", "Innovation", 2), ("اثرگذاری", "Impact", 2), ("پایداری", "Sustainability", 1.5),
            ("تکرارپذیری", "Replicability", 1)]  # fmt: skip
# (username, Persian name, English name, country, chair)
JURY = [
    ("jury1", "مریم صادقی", "Maryam Sadeghi", "IR", True),
    ("jury2", "کنجی واتانابه", "Kenji Watanabe", "JP", False),
    ("jury3", "الیف دمیر", "Elif Demir", "TR", False),
    ("jury4", "کارلوس اورتگا", "Carlos Ortega", "ES", False),
    ("jury5", "آیگریم بکووا", "Aigerim Bekova", "KZ", False),
    ("jury6", "سونیتا رائو", "Sunita Rao", "IN", False),
    ("jury7", "پیر لامبر", "Pierre Lambert", "FR", False),
]
# (city, country, entrant kind, entrant, project, category index)
ENTRIES = [
    ("Istanbul", "TR", "city", "Istanbul Metropolitan Municipality", "Golden Horn shoreline revival", 0),
    ("Istanbul", "TR", "company", "Bosphorus Mobility Labs", "Ferry and metro one-ticket network", 1),
    ("Kazan", "RU", "city", "Kazan City Executive Committee", "Courtyards for every district", 3),
    (
        "Saint Petersburg",
        "RU",
        "organization",
        "Neva Urban Heritage Foundation",
        "Living facades programme",
        3,
    ),
    ("Guangzhou", "CN", "city", "Guangzhou Municipal Government", "Micro-renewal of old neighbourhoods", 0),
    ("Suzhou", "CN", "company", "Suzhou Smart Water Co.", "Digital twin of the canal network", 2),
    ("Seoul", "KR", "city", "Seoul Metropolitan Government", "Cheonggyecheon after twenty years", 0),
    ("Seoul", "KR", "company", "Hangang Data Works", "Open data for night buses", 2),
    ("Tokyo", "JP", "city", "Tokyo Metropolitan Government", "Earthquake-ready neighbourhood hubs", 2),
    ("Kuala Lumpur", "MY", "city", "Kuala Lumpur City Hall", "River of Life", 0),
    ("Jakarta", "ID", "city", "Jakarta Provincial Government", "Integrated bus rapid transit", 1),
    ("Barcelona", "ES", "city", "Barcelona City Council", "Superblocks for schools", 1),
    ("Madrid", "ES", "organization", "Madrid Public Space Institute", "Shade corridors", 3),
    ("Paris", "FR", "city", "City of Paris", "Fifteen-minute city in practice", 1),
    ("Yerevan", "AM", "city", "Yerevan Municipality", "Cascade steps as a public museum", 3),
    ("Baku", "AZ", "city", "Baku City Executive Power", "Boulevard extension and flood defence", 0),
    ("Almaty", "KZ", "city", "Akimat of Almaty", "Clean air bus fleet", 1),
    ("Almaty", "KZ", "company", "Tien Shan Analytics", "Air quality sensor network", 2),
    ("Tashkent", "UZ", "city", "Tashkent City Hokimiyat", "Mahalla digital services", 2),
    ("Doha", "QA", "organization", "Doha Urban Design Office", "Cooling the souq", 3),
    ("Lahore", "PK", "city", "Lahore Development Authority", "Walled city street revival", 3),
    ("New Delhi", "IN", "city", "New Delhi Municipal Council", "Solar rooftops on public buildings", 2),
    ("Dushanbe", "TJ", "city", "Dushanbe City Hall", "Green riverside park", 0),
    ("Abu Dhabi", "AE", "company", "Gulf Smart Mobility", "Autonomous shuttle pilot", 1),
    ("Minsk", "BY", "city", "Minsk City Executive Committee", "Cycling ring", 1),
    ("Berlin", "DE", "organization", "Berlin Urban Commons", "Temporary use of vacant lots", 0),
]


def _juror_user(username, name_en):
    user = User.objects.filter(username=username).first()
    if user is None:
        first, _, last = name_en.partition(" ")
        user = User.objects.create_user(username=username, password=PASSWORD, role=Role.JURY, first_name=first,
                                        last_name=last, email=f"{username}@jury.example.org")  # fmt: skip
    return user


def _contact(name_fa, name_en, country):
    contact = Contact.objects.filter(name_en=name_en).first()
    return contact or Contact.objects.create(name_fa=name_fa, name_en=name_en, country=country,
                                             title="Jury member, Golden Brick award")  # fmt: skip


def _tehran(year, month, day, hour=0):
    return timezone.make_aware(dt.datetime(year, month, day, hour))


@transaction.atomic
def seed(secretary=None):
    """Returns the jury's usernames (for the logins table); does nothing if the 6th edition exists."""
    usernames = [j[0] for j in JURY]
    if AwardEdition.objects.filter(slug="golden-brick-6").exists():
        return usernames
    from citydiplomacy.events.models import Event, Kind

    rng = random.Random(SEED)
    secretary = secretary or User.objects.filter(role=Role.SECRETARY).first()
    series, _ = AwardSeries.objects.get_or_create(
        slug="golden-brick",
        defaults={"name_fa": "جایزه بین‌المللی خشت طلایی", "name_en": "Golden Brick International Award"},
    )
    tehran = City.objects.filter(name_en="Tehran").first()
    event = Event.objects.filter(title_en__icontains="Tehran Urban Event").first() or Event.objects.create(
        title_fa="رویداد شهری تهران ۲۰۲۵", title_en="Tehran Urban Event 2025", kind=Kind.CONGRESS, hosted=True,
        start_date=dt.date(2025, 10, 20), end_date=dt.date(2025, 10, 23), venue="Tehran International Conference Center",
        city=tehran, country=tehran.country if tehran else None, status="held",
    )  # fmt: skip
    edition = services.create_edition(
        secretary, series=series, number=6, slug="golden-brick-6", title_fa="ششمین جایزه بین‌المللی خشت طلایی",
        title_en="6th Golden Brick International Award", event=event,
        intro_fa="جایزه‌ای برای طرح‌های شهری که زندگی شهروندان را بهتر کرده‌اند؛ در رویداد شهری تهران اهدا می‌شود.",
        intro_en="An award for urban projects that made citizens' lives better, presented at the Tehran Urban Event.",
        eligibility_fa="شهرها، سازمان‌ها و شرکت‌هایی که طرحی اجراشده در سه سال گذشته دارند.",
        eligibility_en="Cities, organizations and companies with a project carried out in the past three years.",
        opens_at=_tehran(2025, 5, 22, 9), closes_at=_tehran(2025, 8, 23, 23), scale_min=1, scale_max=10,
        blind_review=True, normalization="zscore", max_file_mb=10, max_files=5,
    )  # fmt: skip
    categories = [services.add_category(edition, secretary, name_fa=fa, name_en=en, order=i)
                  for i, (fa, en) in enumerate(CATEGORIES, 1)]  # fmt: skip
    criteria = [services.add_criterion(edition, secretary, name_fa=fa, name_en=en, weight=w, order=i)
                for i, (fa, en, w) in enumerate(CRITERIA, 1)]  # fmt: skip
    countries = {c.iso2: c for c in Country.objects.all()}
    jurors = []
    for i, (username, fa, en, iso, chair) in enumerate(JURY):
        cats = categories if chair else [categories[i % 4], categories[(i + 1) % 4], categories[(i + 2) % 4]]
        jurors.append(services.add_juror(edition, secretary, account=_juror_user(username, en),
                                         contact=_contact(fa, en, countries[iso]), categories=cats, is_chair=chair))  # fmt: skip
    services.declare_conflict(
        jurors[2], secretary, country=countries["TR"], note="Adviser to Turkish municipalities"
    )
    almaty = City.objects.filter(name_en="Almaty").first()
    services.declare_conflict(jurors[4], secretary, city=almaty, note="Former deputy mayor of Almaty")
    submitted = edition.opens_at + dt.timedelta(days=10)
    for i, (city, iso, kind, entrant, project, cat) in enumerate(ENTRIES):
        entry, _key = services.submit_entry(
            edition, now=submitted + dt.timedelta(days=2 * i), category=categories[cat], title=project,
            summary=f"{project}: {entrant}'s project, its results and what other cities can take from it.",
            entrant_kind=kind, entrant_name=entrant, country=countries[iso], city_name=city,
            contact_person=f"International relations office, {city}",
            email=f"awards{i + 1}@{iso.lower()}.example.org",
        )  # fmt: skip
        if i % 9 != 8:  # a few never confirmed their address
            Entry.objects.filter(pk=entry.pk).update(
                email_confirmed_at=entry.submitted_at + dt.timedelta(hours=3)
            )
    services.assign_all(edition, secretary)
    for juror in jurors:
        bias = rng.uniform(-1.5, 1.5)  # generous and harsh jurors
        for assignment in juror.assignments.select_related("entry"):
            if rng.random() < 0.15:
                continue  # scores still missing
            quality = 5 + zlib.crc32(assignment.entry.title.encode()) % 5
            scores = {
                c: (str(max(1, min(10, round(quality + bias + rng.uniform(-1.5, 1.5))))), "")
                for c in criteria
            }
            services.save_scores(juror, assignment.entry, juror.user, scores)
    now = timezone.now()
    services.create_edition(
        secretary, series=series, number=7, slug="golden-brick-7", title_fa="هفتمین جایزه بین‌المللی خشت طلایی",
        title_en="7th Golden Brick International Award",
        intro_fa="فراخوان هفتمین دوره جایزه خشت طلایی.", intro_en="Call for entries of the 7th Golden Brick award.",
        opens_at=now - dt.timedelta(days=7), closes_at=now + dt.timedelta(days=60), blind_review=True,
        normalization="rank", scale_min=1, scale_max=10, max_file_mb=10, max_files=5,
    )  # fmt: skip
    seventh = AwardEdition.objects.get(slug="golden-brick-7")
    for i, (fa, en) in enumerate(CATEGORIES, 1):
        services.add_category(seventh, secretary, name_fa=fa, name_en=en, order=i)
    for i, (fa, en, w) in enumerate(CRITERIA, 1):
        services.add_criterion(seventh, secretary, name_fa=fa, name_en=en, weight=w, order=i)
    return usernames
