"""Demo data that tells the office's story (DOMAIN.md): Tehran's units, people, users, committee sessions
and a few hundred mission requests over the Jalali years 1396–1404, plus a few live ones for the dashboards.

Deterministic (fixed random seed) and idempotent: running it again creates nothing new. The history goes
through the importer, the live requests through the workflow services.
"""

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from citydiplomacy.core.models import AuditEntry, Person, Role, Unit, User
from citydiplomacy.lib.jalali import jalali_to_gregorian, jalali_year_of
from citydiplomacy.partners.models import Country
from citydiplomacy.partners.seed import CITIES as SEED_CITIES
from citydiplomacy.reports.terms import ensure_default_terms

from . import services
from .imports import import_rows
from .models import CommitteeSession, Decision, MissionRequest, PostTripReport, Status

SEED = 1404
PASSWORD = "demo1234"
FIRST_YEAR, LAST_YEAR = 1396, 1404

CIR = ("مرکز ارتباطات و امور بین‌الملل", "Center for International Relations and Affairs")
TRANSPORT = ("معاونت حمل و نقل و ترافیک", "Transport and Traffic Deputy")
MAYOR_OFFICE = ("دفتر شهردار", "Office of the Mayor")
METRO = ("شرکت بهره‌برداری متروی تهران و حومه", "Tehran Urban and Suburban Railway Operation Company")
UNITS = [
    CIR, TRANSPORT, MAYOR_OFFICE, METRO,
    ("معاونت شهرسازی و معماری", "Urban Planning and Architecture Deputy"),
    ("معاونت خدمات شهری و محیط زیست", "Urban Services and Environment Deputy"),
    ("معاونت فنی و عمرانی", "Technical and Civil Works Deputy"),
    ("معاونت امور اجتماعی و فرهنگی", "Social and Cultural Affairs Deputy"),
    ("معاونت مالی و اقتصاد شهری", "Finance and Urban Economy Deputy"),
    ("معاونت برنامه‌ریزی، توسعه شهری و امور شورا", "Planning, Urban Development and Council Affairs Deputy"),
    ("سازمان پیشگیری و مدیریت بحران", "Crisis Prevention and Management Organization"),
    ("سازمان فناوری اطلاعات و ارتباطات", "Information and Communication Technology Organization"),
    ("سازمان فرهنگی هنری", "Cultural and Artistic Organization"),
    ("سازمان زیباسازی", "Beautification Organization"),
    ("سازمان سرمایه‌گذاری و مشارکت‌های مردمی", "Investment and Civic Partnership Organization"),
    ("سازمان ورزش", "Sports Organization"),
]  # fmt: skip

FIRST_NAMES = ["علی", "محمد", "رضا", "حسین", "مهدی", "مریم", "زهرا", "فاطمه", "سارا", "نرگس", "امیر",
               "حمید", "لیلا", "مجید", "الهام"]  # fmt: skip
LAST_NAMES = ["رضایی", "احمدی", "کریمی", "حسینی", "موسوی", "جعفری", "صادقی", "نوری", "رحیمی", "کاظمی",
              "اکبری", "قاسمی", "شریفی", "یزدانی", "فراهانی", "طاهری"]  # fmt: skip
POSITIONS = ["مدیرکل", "معاون", "رئیس اداره", "کارشناس ارشد", "مشاور", "مدیر پروژه"]
MAYOR = "شهردار نمونه"

# Destinations weighted after the council report (DOMAIN.md); ISO code → weight.
DESTINATIONS = {
    "IQ": 14, "TR": 12, "CN": 11, "RU": 8, "AE": 8, "QA": 5, "ES": 5, "KR": 5, "TJ": 4, "IN": 4, "JP": 4,
    "MY": 4, "DE": 4, "ID": 3, "JO": 3, "AZ": 2, "AM": 2, "UZ": 2, "FR": 1, "AT": 1,
}  # fmt: skip
CITIES = {
    "IQ": ["Karbala", "Baghdad", "Najaf"], "TR": ["Istanbul", "Ankara"], "CN": ["Beijing", "Shanghai"],
    "RU": ["Moscow", "Kazan", "Saint Petersburg"], "AE": ["Dubai", "Abu Dhabi"], "QA": ["Doha"],
    "ES": ["Madrid", "Barcelona"], "KR": ["Seoul"], "TJ": ["Dushanbe"], "IN": ["New Delhi"], "JP": ["Tokyo"],
    "MY": ["Kuala Lumpur"], "DE": ["Berlin"], "ID": ["Jakarta"], "JO": ["Amman"], "AZ": ["Baku"],
    "AM": ["Yerevan"], "UZ": ["Tashkent"], "FR": ["Paris"], "AT": ["Vienna"],
}  # fmt: skip
PURPOSES = {"summit": 26, "exhibition": 12, "site_visit": 12, "training": 10, "negotiation": 14,
            "cultural_week": 6, "competition": 6, "government_delegation": 6, "other": 4}  # fmt: skip
TITLES = {
    "summit": "شرکت در اجلاس {city}", "exhibition": "بازدید از نمایشگاه بین‌المللی {city}",
    "site_visit": "بازدید فنی از تجهیزات پیش از قرارداد در {city}", "training": "دوره آموزشی در {city}",
    "negotiation": "مذاکره برای تفاهم‌نامه اقتصادی با {city}", "cultural_week": "هفته فرهنگی تهران و {city}",
    "competition": "شرکت در مسابقات بین‌المللی {city}", "government_delegation": "همراهی هیئت دولت در {city}",
    "other": "مأموریت کاری در {city}", "mayor_official": "سفر رسمی شهردار تهران به {city}",
}  # fmt: skip
# Persian names of the demo cities, for Persian titles.
CITY_FA = {name_en: name_fa for _iso, name_en, name_fa, _aliases in SEED_CITIES}
# Requests per Jalali year: the COVID years 1399–1400 show the dip.
PER_YEAR = {1396: 52, 1397: 50, 1398: 46, 1399: 12, 1400: 24, 1401: 44, 1402: 48, 1403: 50, 1404: 44}
DELEGATION = {
    1400: [4, 5, 4, 5, 4, 4, 5, 4],
    1401: [4, 5, 4, 5, 5, 4, 4, 5],
}  # 1401 mixes in 13 virtual summits
DEFAULT_DELEGATION = [2, 3, 4, 4, 5, 3, 4, 6]
DEMO_USERS = [
    ("requester", Role.REQUESTER, CIR), ("requester2", Role.REQUESTER, TRANSPORT),
    ("secretary", Role.SECRETARY, CIR), ("member", Role.MEMBER, None), ("chair", Role.CHAIR, None),
    ("observer", Role.OBSERVER, None), ("analyst", Role.ANALYST, None), ("admin", Role.ADMIN, None),
    ("exports", Role.EXPORTS, CIR),
]  # fmt: skip
# Demo users' names: Persian (first, last) as the pages and minutes show them, and English.
DEMO_NAMES = {
    "requester": ("مریم", "احمدی", "Maryam Ahmadi"),
    "requester2": ("رضا", "کریمی", "Reza Karimi"),
    "secretary": ("زهرا", "موسوی", "Zahra Mousavi"),
    "member": ("حسین", "رحیمی", "Hossein Rahimi"),
    "chair": ("علی", "نوری", "Ali Nouri"),
    "observer": ("فاطمه", "صادقی", "Fatemeh Sadeghi"),
    "analyst": ("سارا", "جعفری", "Sara Jafari"),
    "admin": ("محمد", "قاسمی", "Mohammad Ghasemi"),
    "exports": ("نرگس", "حیدری", "Narges Heidari"),
}
SESSION_NOTE = "demo"


def jdate(year, month, day):
    return jalali_to_gregorian(year, month, day)


@dataclass
class SeedReport:
    users: list
    created_requests: int
    total_requests: int
    sessions: int


def ensure_units():
    units = {}
    for name_fa, name_en in UNITS:
        unit, _ = Unit.objects.get_or_create(name_fa=name_fa, defaults={"name_en": name_en})
        units[name_fa] = unit
    return units


def ensure_people(units, rnd):
    people = []
    unit_list = [u for name, u in units.items() if name != MAYOR_OFFICE[0]]
    mayor, _ = Person.objects.get_or_create(
        name_fa=MAYOR,
        defaults={"name_en": "Demo Mayor", "position": "شهردار", "unit": units[MAYOR_OFFICE[0]],
                  "passport_number": "DEMO-P-00000", "national_id": "0000000000"},
    )  # fmt: skip
    names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
    rnd.shuffle(names)
    for number, name in enumerate(names[:60], start=1):
        person, _ = Person.objects.get_or_create(
            name_fa=name,
            defaults={
                "position": POSITIONS[number % len(POSITIONS)],
                "unit": unit_list[number % len(unit_list)],
                "passport_number": f"DEMO-P-{number:05d}",
                "national_id": f"000000{number:04d}",
            },
        )
        people.append(person)
    return mayor, people


def ensure_users(units):
    users = {}
    for username, role, unit in DEMO_USERS:
        first, last, english = DEMO_NAMES[username]
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username=username,
                password=PASSWORD,
                role=role,
                unit=units[unit[0]] if unit else None,
                first_name=first,
                last_name=last,
                name_en=english,
                is_staff=role == Role.ADMIN,
                is_superuser=role == Role.ADMIN,
            )
        elif user.first_name in ("", username.title()) and not user.last_name:
            # a demo user seeded before they had names: give them their Persian and English names
            user.first_name, user.last_name, user.name_en = first, last, english
            user.save(update_fields=["first_name", "last_name", "name_en"])
        users[username] = user
    return users


def session_dates(today):
    """Roughly twice a month (the 5th and 20th of each Jalali month) from 1396 to a month after today."""
    dates, year = [], FIRST_YEAR
    while True:
        for month in range(1, 13):
            for day in (5, 20):
                date = jdate(year, month, day)
                if date > today + dt.timedelta(days=30):
                    return dates
                dates.append(date)
        year += 1


def ensure_sessions(dates, users, today):
    existing = set(CommitteeSession.objects.values_list("number", flat=True))
    new = [
        CommitteeSession(number=n, date=d, held=d <= today, notes=SESSION_NOTE)
        for n, d in enumerate(dates, start=1)
        if n not in existing
    ]
    CommitteeSession.objects.bulk_create(new)
    Attendees = CommitteeSession.attendees.through
    committee = [users[name].pk for name in ("secretary", "member", "chair")]
    Attendees.objects.bulk_create(
        [Attendees(committeesession_id=s.pk, user_id=u) for s in new if s.held for u in committee]
    )
    return {s.date: s for s in CommitteeSession.objects.filter(date__in=dates)}


class HistoryBuilder:
    """Rows for the importer: the ordinary years, the virtual summits of 1401, Xi'an and the metro visits."""

    def __init__(self, rnd, sessions, mayor, people, units, today):
        self.rnd, self.today = rnd, today
        self.session_dates = sorted(sessions)
        self.mayor, self.people = mayor, people
        self.units = [u for name, u in units.items() if name not in {MAYOR_OFFICE[0]}]
        self.units_by_name = units
        self.numbers = {}
        self.codes = list(DESTINATIONS)
        self.weights = list(DESTINATIONS.values())
        self.countries = {c.iso2: c for c in Country.objects.filter(iso2__in=self.codes)}

    def reference(self, date):
        year = jalali_year_of(date)
        self.numbers[year] = self.numbers.get(year, 0) + 1
        return f"MR-{year}-{self.numbers[year]:05d}"

    def next_session(self, after):
        for date in self.session_dates:
            if date >= after:
                return date
        return after

    def travellers(self, count, unit):
        own = [p for p in self.people if p.unit_id == unit.pk]
        pool = own + [p for p in self.people if p.unit_id != unit.pk]
        chosen = own[: max(1, count // 2)] + self.rnd.sample(pool, count)
        unique = list(dict.fromkeys(chosen))[:count]
        return unique

    def row(self, *, submitted, purpose, iso, unit, count, decision, outcome, mode="in_person",
            title=None, cities=None, start=None, days=None, travellers=None):  # fmt: skip
        decided = self.next_session(submitted + dt.timedelta(days=3))
        start = start or decided + dt.timedelta(days=self.rnd.randint(10, 45))
        end = start + dt.timedelta(days=days if days is not None else self.rnd.randint(2, 6))
        if outcome == "realized" and end >= self.today:
            outcome = ""
        city = cities[0] if cities else self.rnd.choice(CITIES[iso])
        country = self.countries[iso]
        people = travellers or self.travellers(count, unit)
        cost = self.rnd.randrange(800, 9000, 100) * len(people)
        return {
            "reference": self.reference(submitted),
            "unit": unit.name_fa,
            "title": title
            or TITLES[purpose].format(city=country.name_fa if mode == "virtual" else CITY_FA.get(city, city)),
            "purpose": purpose,
            "mode": mode,
            "countries": iso,
            "cities": "" if mode == "virtual" else "; ".join(cities or [city]),
            "start_date": start,
            "end_date": end,
            "travellers": "; ".join(p.name_fa for p in people),
            "submitted_on": submitted,
            "decision": decision,
            "decided_on": "" if decision == "pending" else decided,
            "outcome": outcome,
            "outcome_on": end
            if outcome == "realized"
            else (decided + dt.timedelta(days=5) if outcome else ""),
            "funding": self.rnd.choice(
                ["municipality", "municipality", "host", "international_organization", "partial"]
            ),  # fmt: skip
            "estimated_cost": "" if mode == "virtual" else cost,
            "currency": "" if mode == "virtual" else "USD",
        }

    def decision(self, year):
        draw = self.rnd.random()
        if draw < 0.30:  # diluted by the mayor's trips and the virtual summits to about 28%
            return "rejected", ""
        if draw < 0.33:
            return "withdrawn", ""
        cancelled = 0.45 if year in {1398, 1399} else 0.26
        return "approved", ("cancelled" if self.rnd.random() < cancelled else "realized")

    def ordinary(self, year):
        rows = []
        for _ in range(PER_YEAR[year]):
            month = self.rnd.randint(1, 12)
            if year == 1398:
                month = self.rnd.randint(1, 11)  # COVID closed borders from Esfand 1398
            submitted = jdate(year, month, self.rnd.randint(1, 28))
            purpose = self.rnd.choices(list(PURPOSES), weights=list(PURPOSES.values()))[0]
            iso = self.rnd.choices(self.codes, weights=self.weights)[0]
            unit = self.rnd.choice(self.units)
            count = self.rnd.choice(DELEGATION.get(year, DEFAULT_DELEGATION))
            decision, outcome = self.decision(year)
            mode = "virtual" if year in {1399, 1400} and self.rnd.random() < 0.4 else "in_person"
            rows.append(self.row(submitted=submitted, purpose=purpose, iso=iso, unit=unit, count=count,
                                 decision=decision, outcome=outcome, mode=mode))  # fmt: skip
        for month in (2, 8) if year not in {1399} else ():
            iso = self.rnd.choice(["IQ", "TR", "RU", "CN", "QA"])
            rows.append(self.row(
                submitted=jdate(year, month, 3), purpose="mayor_official", iso=iso,
                unit=self.units_by_name[MAYOR_OFFICE[0]], count=4, decision="approved", outcome="realized",
                travellers=[self.mayor, *self.rnd.sample(self.people, 3)],
            ))  # fmt: skip
        return rows

    def virtual_summits_1401(self):
        """The 13 summits attended by video conference between Shahrivar and Esfand 1401."""
        rows = []
        for index in range(13):
            month = 6 + index * 6 // 13
            submitted = jdate(1401, month, 2 + index % 5)
            iso = self.rnd.choices(self.codes, weights=self.weights)[0]
            decided = self.next_session(submitted + dt.timedelta(days=3))
            rows.append(self.row(
                submitted=submitted, purpose="summit", iso=iso, unit=self.units_by_name[CIR[0]],
                count=self.rnd.choice([1, 2, 2, 2]), decision="approved", outcome="realized", mode="virtual",
                start=decided + dt.timedelta(days=self.rnd.randint(2, 9)), days=0,
            ))  # fmt: skip
        return rows

    def xian_and_metro_visits(self):
        """The UCLG World Congress in Xi'an (Mehr 1404) and the visits to four Chinese metro systems."""
        cir, metro = self.units_by_name[CIR[0]], self.units_by_name[METRO[0]]
        congress = self.row(
            submitted=jdate(1404, 5, 25), purpose="mayor_official", iso="CN", unit=cir, count=5,
            decision="approved", outcome="realized", start=jdate(1404, 7, 19), days=4, cities=["Xi'an"],
            title="شرکت در کنگره جهانی UCLG در شیان، نشست یونیدو و نمایشگاه فناوری شهری چین",
            travellers=[self.mayor, *self.travellers(4, cir)],
        )  # fmt: skip
        visits = self.row(
            submitted=jdate(1404, 5, 26), purpose="site_visit", iso="CN", unit=metro, count=4,
            decision="approved", outcome="realized", start=jdate(1404, 7, 24), days=6,
            cities=["Beijing", "Shanghai", "Guangzhou", "Suzhou"],
            title="بازدید از سامانه‌های مترو پکن، شانگهای، گوانگژو و سوژو",
        )  # fmt: skip
        return [congress, visits]

    def rows(self):
        rows = []
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            rows.extend(self.ordinary(year))
            if year == 1401:
                rows.extend(self.virtual_summits_1401())
            if year == 1404:
                rows.extend(self.xian_and_metro_visits())
        return rows


def live_rows(builder, today):
    """Requests of the current months, relative to today: waiting, approved and overdue."""
    rnd, rows = builder.rnd, []
    cir = builder.units_by_name[CIR[0]]
    transport = builder.units_by_name[TRANSPORT[0]]
    for index in range(4):
        submitted = today - dt.timedelta(days=3 + index * 3)
        iso = rnd.choices(builder.codes, weights=builder.weights)[0]
        row = builder.row(submitted=submitted, purpose="summit", iso=iso, unit=[cir, transport][index % 2],
                          count=3, decision="pending", outcome="",
                          start=today + dt.timedelta(days=25 + index * 7))  # fmt: skip
        rows.append(row)
    for index in range(3):  # approved, the trip's end is past and nobody recorded the outcome
        submitted = today - dt.timedelta(days=80 + index * 10)
        rows.append(builder.row(
            submitted=submitted, purpose="exhibition", iso=rnd.choice(["TR", "AE", "RU"]), unit=transport,
            count=3, decision="approved", outcome="", start=today - dt.timedelta(days=30 + index * 5),
        ))  # fmt: skip
    rows.append(builder.row(
        submitted=today - dt.timedelta(days=20), purpose="negotiation", iso="CN", unit=cir, count=4,
        decision="approved", outcome="", start=today + dt.timedelta(days=40), cities=["Beijing"],
        title="پیگیری تفاهم‌نامه خواهرخواندگی تهران و پکن",
    ))  # fmt: skip
    return rows


def sent_back_requests(builder, users, today):
    """Two requests sent back by the committee, written through the workflow services."""
    created = 0
    for index, iso in enumerate(["IQ", "TJ"]):
        reference = f"MR-{jalali_year_of(today)}-9{index:04d}"
        if MissionRequest.objects.filter(reference=reference).exists():
            continue
        requester = users["requester2" if index else "requester"]
        start = today + dt.timedelta(days=35 + index * 10)
        mission = services.create_request(
            requester, reference=reference, title=TITLES["cultural_week"].format(city=CITY_FA.get(CITIES[iso][0], CITIES[iso][0])),
            unit=requester.unit, purpose="cultural_week", start_date=start, end_date=start + dt.timedelta(days=4),
            countries=[builder.countries[iso]], travellers=builder.travellers(3, requester.unit),
        )  # fmt: skip
        services.submit(mission, requester, on=today - dt.timedelta(days=12))
        services.send_back(
            mission, users["chair"], reason="برنامه روزانه سفر و دعوت‌نامه میزبان را پیوست کنید."
        )
        created += 1
    return created


def link_sessions(sessions, missions):
    """Put each dated committee decision on the agenda of the session held that day."""
    decisions = list(
        Decision.objects.filter(mission__in=missions, session__isnull=True, kind__in=["approved", "rejected"])
    )
    Agenda = CommitteeSession.agenda.through
    agenda = []
    for decision in decisions:
        session = sessions.get(decision.date)
        if session:
            decision.session = session
            agenda.append(Agenda(committeesession_id=session.pk, missionrequest_id=decision.mission_id))
    Decision.objects.bulk_update([d for d in decisions if d.session_id], ["session"])
    upcoming = next((s for d, s in sorted(sessions.items()) if not s.held), None)
    if upcoming:
        for pk in missions.filter(status=Status.SUBMITTED).values_list("pk", flat=True):
            agenda.append(Agenda(committeesession_id=upcoming.pk, missionrequest_id=pk))
    Agenda.objects.bulk_create(agenda, ignore_conflicts=True)


def add_reports(rnd, missions, secretary, today):
    """Post-trip reports for most realized trips: most on time, some late, some never written."""
    reports = []
    for mission in missions.filter(status=Status.REALIZED, report__isnull=True).order_by("pk"):
        draw = rnd.random()
        if draw < 0.15 or (mission.actual_end_date or mission.end_date) > today - dt.timedelta(days=5):
            continue
        delay = rnd.randint(25, 70) if draw < 0.3 else rnd.randint(3, 14)
        submitted = min(mission.end_date + dt.timedelta(days=delay), today)
        reports.append(PostTripReport(
            mission=mission, submitted_by=secretary,
            results="گزارش نتایج سفر: دیدارها، تفاهم‌های اولیه و پیشنهادهای پیگیری.",
            follow_up="پیگیری تفاهم‌نامه و تعیین مسئول هر تعهد.",
            submitted_at=timezone.make_aware(dt.datetime.combine(submitted, dt.time(10, 0))),
        ))  # fmt: skip
    PostTripReport.objects.bulk_create(reports)
    return len(reports)


def reset():
    demo = MissionRequest.objects.filter(created_by__username__in=[u[0] for u in DEMO_USERS])
    ids = [str(pk) for pk in demo.values_list("pk", flat=True)]
    AuditEntry.objects.filter(content_type__model="missionrequest", object_id__in=ids).delete()
    demo.delete()
    CommitteeSession.objects.filter(notes=SESSION_NOTE).delete()


@transaction.atomic
def seed(*, reset_first=False, today=None):
    today = today or timezone.localdate()
    if reset_first:
        reset()
    rnd = random.Random(SEED)
    units = ensure_units()
    mayor, people = ensure_people(units, rnd)
    users = ensure_users(units)
    ensure_default_terms()
    sessions = ensure_sessions(session_dates(today), users, today)
    builder = HistoryBuilder(rnd, sessions, mayor, people, units, today)
    rows = builder.rows() + live_rows(builder, today)
    known = set(MissionRequest.objects.filter(reference__in=[r["reference"] for r in rows])
                .values_list("reference", flat=True))  # fmt: skip
    fresh = [r for r in rows if r["reference"] not in known]
    result = import_rows(fresh, user=users["secretary"], source="seed_demo")
    if result.errors:
        raise RuntimeError("demo rows failed: " + "; ".join(str(e) for e in result.errors[:5]))
    created = result.created + sent_back_requests(builder, users, today)
    demo_missions = MissionRequest.objects.filter(created_by__username__in=[u[0] for u in DEMO_USERS])
    link_sessions(sessions, demo_missions)
    add_reports(random.Random(SEED + 1), demo_missions, users["secretary"], today)
    return SeedReport(
        users=[(name, role.label, PASSWORD) for name, role, _ in DEMO_USERS],
        created_requests=created,
        total_requests=demo_missions.count(),
        sessions=len(sessions),
    )
