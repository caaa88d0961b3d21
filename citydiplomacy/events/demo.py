"""Demo events (DOMAIN.md): the Tehran Urban Event 2025 hosted with the Asian Mayors Forum, the forum's general
assembly, a sister-city meeting, the exhibition with B2B meetings, a visit received, and the UCLG World
Congress in Xi'an (October 2025) reached by the demo's missions. Safe to run again."""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.partners.models import City, Contact, Organization

from . import b2b, guests, services
from .models import Audience, Event, EventSeries, ExhibitorKind, Kind, Status

ALL = [a.value for a in Audience]
START = dt.date(2025, 12, 1)  # 1404/09/10


def _at(day, hour, minute=0):
    return timezone.make_aware(
        dt.datetime.combine(day, dt.time(hour, minute)), timezone.get_current_timezone()
    )


def _city(name):
    return City.objects.filter(name_en=name).select_related("country").first()


def _org(acronym):
    return Organization.objects.filter(acronym=acronym).first()


def _contact(name_fa, name_en, title="", city=None):
    found = Contact.objects.filter(name_en=name_en).first()
    return found or Contact.objects.create(name_fa=name_fa, name_en=name_en, title=title, city=city,
                                           country=city.country if city else None)  # fmt: skip


def _organizers(*acronyms):
    return [o for o in (_org(a) for a in acronyms) if o]


@transaction.atomic
def seed_events_demo(user=None):
    if Event.objects.filter(title_en="Tehran Urban Event 2025").exists():
        return False
    tehran = _city("Tehran")
    series = EventSeries.objects.create(title_fa="رویداد شهری تهران", title_en="Tehran Urban Event")
    partner_cities = [c for c in (_city(n) for n in ("Beijing", "Karbala", "Istanbul", "Moscow", "Kuala Lumpur",
                                                     "Seoul", "Baghdad", "Dushanbe")) if c]  # fmt: skip
    main = services.create_event(
        user, title_fa="رویداد شهری تهران ۲۰۲۵", title_en="Tehran Urban Event 2025", kind=Kind.CONGRESS, hosted=True,
        start_date=START, end_date=START + dt.timedelta(days=2), venue="Tehran International Conference Center",
        city=tehran, series=series, edition=1, organizers=_organizers("AMF"), co_organizers=_organizers("UCLG"),
        audiences=ALL, partner_cities=partner_cities, partner_organizations=_organizers("AMF", "UCLG", "Metropolis"),
        description="The forum's general assembly, a meeting of heads of international city organizations, a "
        "meeting of Tehran's sister cities, panels, an exhibition of startups and knowledge-based companies and "
        "bilateral meetings on the side; the sixth Golden Brick award is presented.",
    )  # fmt: skip
    services.change_status(main, user, status=Status.REGISTRATION_OPEN)
    speakers = [
        _contact(
            "دبیرکل مجمع شهرداران آسیایی", "Secretary-General of the Asian Mayors Forum", "Secretary-General"
        ),
        _contact("شهردار تهران", "Mayor of Tehran", "Mayor", tehran),
        _contact("شهردار کربلا", "Mayor of Karbala", "Mayor", _city("Karbala")),
        _contact("معاون شهردار پکن", "Vice-Mayor of Beijing", "Vice-Mayor", _city("Beijing")),
        _contact("دبیرکل UCLG", "Secretary-General of UCLG", "Secretary-General"),
        _contact("کارشناس حمل‌ونقل هوشمند", "Smart mobility expert", "Expert"),
    ]
    programme = [  # (day, from, to, room, fa, en, chairs, speakers)
        (0, 9, 10, "Hall 1", "افتتاحیه", "Opening ceremony", [1], [0, 4]),
        (0, 10, 12, "Hall 1", "مجمع عمومی مجمع شهرداران آسیایی", "Asian Mayors Forum general assembly", [0], [1, 2]),
        (0, 10, 12, "Hall 2", "نشست سران سازمان‌های بین‌المللی شهری", "Heads of international city organizations",
         [4], [5]),
        (1, 9, 11, "Hall 1", "نشست شهرهای خواهرخوانده تهران", "Meeting of Tehran's sister cities", [1], [2, 3]),
        (1, 11, 13, "Hall 2", "پنل: حمل‌ونقل عمومی و برقی‌سازی", "Panel: public transport and electrification", [3],
         [5]),
        (2, 16, 18, "Hall 1", "مراسم جایزه بین‌المللی خشت طلایی", "Golden Brick international award ceremony", [0],
         [1]),
    ]  # fmt: skip
    for day, start, end, room, fa, en, chairs, spoken in programme:
        services.save_session(main, user, title_fa=fa, title_en=en, starts_at=_at(START + dt.timedelta(days=day), start),
                              ends_at=_at(START + dt.timedelta(days=day), end), room=room, languages="fa, en",
                              interpretation="simultaneous", chairs=[speakers[i] for i in chairs],
                              speakers=[speakers[i] for i in spoken])  # fmt: skip
    _guests(main, user, partner_cities)

    assembly = services.create_event(
        user, title_fa="مجمع عمومی مجمع شهرداران آسیایی", title_en="Asian Mayors Forum general assembly",
        kind=Kind.GENERAL_ASSEMBLY, start_date=START, end_date=START, venue="Tehran International Conference Center",
        city=tehran, organizers=_organizers("AMF"), audiences=[Audience.CITY_ORGANIZATIONS, Audience.CITIES_GOVERNMENTS],
        partner_organizations=_organizers("AMF"),
    )  # fmt: skip
    services.create_event(
        user, title_fa="نشست شهرهای خواهرخوانده تهران", title_en="Meeting of Tehran's sister cities",
        kind=Kind.SISTER_CITY_MEETING, start_date=START + dt.timedelta(days=1), end_date=START + dt.timedelta(days=1),
        city=tehran, audiences=[Audience.CITIES_GOVERNMENTS], partner_cities=partner_cities[:4],
    )  # fmt: skip
    _exhibition(user, tehran)
    _visit(user, tehran)
    _xian(user)
    return assembly is not None


def _guests(event, user, cities):
    steps = ["arrive", "arrive", "visa_letter", "accept", "decline", "invite"]
    for k, city in enumerate(cities):
        delegation = guests.create_delegation(
            event, user, name=f"Delegation of {city.name_en}", country=city.country
        )
        for j in range(2):
            invitation = guests.invite(
                event, user, guest_name=f"{city.name_en} delegate {j + 1}", city=city, delegation=delegation,
                audience=Audience.CITIES_GOVERNMENTS, foreign=city.country.iso2 != "IR", hotel_nights=3,
                interpreter=j == 0, protocol_level="senior" if j == 0 else "standard",
            )  # fmt: skip
            step = steps[(k + j) % len(steps)]
            if step == "invite":
                continue
            guests.answer(invitation, user, accepted=step != "decline")
            if step in ("visa_letter", "arrive") and invitation.foreign:
                guests.issue_visa_letter(invitation, user)
            if step == "arrive":
                guests.arrive(invitation, user)
    for j in range(3):
        citizen = guests.invite(event, user, guest_name=f"Citizen guest {j + 1}", audience=Audience.CITIZENS,
                                foreign=False)  # fmt: skip
        guests.answer(citizen, user, accepted=True)


def _exhibition(user, tehran):
    fair = services.create_event(
        user, title_fa="نمایشگاه استارتاپ‌ها و شرکت‌های دانش‌بنیان", title_en="Exhibition of startups and knowledge-based companies",
        kind=Kind.EXHIBITION, start_date=START, end_date=START + dt.timedelta(days=2), city=tehran,
        venue="Tehran International Conference Center", audiences=[Audience.PRIVATE_SECTOR], meeting_tables=6,
    )  # fmt: skip
    companies = [
        ("تاکسی‌یاب هوشمند", "Smart Taxi Finder", ExhibitorKind.STARTUP),
        ("سامانه ۱۳۷", "137 Citizen Hotline Systems", ExhibitorKind.KNOWLEDGE_BASED),
        ("تهران من", "Tehran-e Man App", ExhibitorKind.KNOWLEDGE_BASED),
        ("پسماند پاک", "Clean Waste Tech", ExhibitorKind.STARTUP),
        ("مترو ساز", "Metro Builders International", ExhibitorKind.FOREIGN_CONTRACTOR),
    ]
    exhibitors = []
    for k, (fa, en, kind) in enumerate(companies):
        org = Organization.objects.filter(name_en=en).first() or Organization.objects.create(
            name_fa=fa, name_en=en, kind="startup" if kind == ExhibitorKind.STARTUP else "company"
        )
        exhibitors.append(b2b.add_exhibitor(fair, user, organization=org, kind=kind, booth=f"A{k + 1}"))
    managers = [_contact(f"مدیر شهری {k + 1}", f"City manager {k + 1}", "Manager") for k in range(8)]
    b2b.add_slots(
        fair, user, day=START + dt.timedelta(days=1), start=dt.time(10), end=dt.time(12), minutes=20
    )
    for k, manager in enumerate(managers):
        for j in (k % 5, (k + 2) % 5):
            request = b2b.request_meeting(
                fair, user, participant=manager, exhibitor=exhibitors[j], by_exhibitor=j == 1
            )
            if (k + j) % 4:
                b2b.answer_request(request, user, accepted=True)
    made, _left = b2b.schedule_meetings(fair, user)
    for k, meeting in enumerate(made[:6]):
        b2b.record_outcome(meeting, user, held=True, follow_up=k % 2 == 0, export_lead=k % 3 == 0,
                           possible_agreement=k == 0)  # fmt: skip


def _visit(user, tehran):
    karbala = _city("Karbala")
    visit = services.create_event(
        user, title_fa="سفر هیئت شهرداری کربلا به تهران", title_en="Karbala municipality delegation visits Tehran",
        kind=Kind.VISIT_RECEIVED, start_date=dt.date(2025, 6, 10), end_date=dt.date(2025, 6, 11), city=tehran,
        audiences=[Audience.CITIES_GOVERNMENTS], partner_cities=[karbala] if karbala else [],
        met_with="The mayor of Tehran and the deputy for urban services",
        discussed="The joint committee of the sister-city agreement; pilgrims' transport during Arbaeen.",
    )  # fmt: skip
    services.change_status(visit, user, status=Status.HELD)
    services.add_follow_up(visit, user, title="Share the Arbaeen transport plan with Karbala",
                           due_on=dt.date(2025, 7, 15))  # fmt: skip


def _xian(user):
    xian = _city("Xi'an")
    congress = services.create_event(
        user, title_fa="کنگره جهانی UCLG در شیان", title_en="UCLG World Congress, Xi'an", kind=Kind.CONGRESS,
        hosted=False, start_date=dt.date(2025, 10, 11), end_date=dt.date(2025, 10, 14), city=xian,
        country=xian.country if xian else None, organizers=_organizers("UCLG"),
        audiences=[Audience.CITY_ORGANIZATIONS, Audience.CITIES_GOVERNMENTS], partner_organizations=_organizers("UCLG"),
        description="Alongside a UNIDO meeting and an exhibition of Chinese urban technology.",
    )  # fmt: skip
    services.change_status(congress, user, status=Status.HELD)
    for mission in MissionRequest.objects.filter(title__contains="UCLG", start_date__year=2025):
        services.link_mission(congress, mission, user)
