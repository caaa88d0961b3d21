"""Tehran's real memberships, seats and agreements (DOMAIN.md), for the demo. Safe to run again."""

import datetime as dt

from django.db import transaction

from citydiplomacy.core.models import Person
from citydiplomacy.memberships import services as membership_services
from citydiplomacy.memberships.models import Membership, Seat
from citydiplomacy.partners.models import City, Organization

from . import services
from .models import Agreement, Domain, Kind, Recurrence, Side, Status

MEMBERSHIPS = [  # (acronym, member since, dues per year in EUR)
    ("UCLG", dt.date(2004, 5, 1), 12000), ("Metropolis", dt.date(1996, 1, 1), 15000),
    ("WeGO", dt.date(2023, 9, 1), 5000), ("ISOCARP", dt.date(1998, 1, 1), 3000), ("AMF", dt.date(2016, 6, 1), 0),
]  # fmt: skip


def _person(name_fa, name_en, position):
    person = Person.objects.filter(name_en=name_en).first()
    return person or Person.objects.create(name_fa=name_fa, name_en=name_en, position=position)


@transaction.atomic
def seed_registry_demo(user=None, today=None):
    today = today or dt.date.today()
    if Agreement.objects.filter(reference="AG-TEH-BJS").exists():
        return False
    mayor = _person("شهردار تهران", "Mayor of Tehran", "شهردار")
    head = _person("رئیس مرکز ارتباطات و امور بین‌الملل", "Head of the Center for International Relations",
                   "رئیس مرکز ارتباطات و امور بین‌الملل")  # fmt: skip
    envoy = _person(
        "نماینده تام‌الاختیار در چین", "Plenipotentiary representative for China", "نماینده تام‌الاختیار"
    )
    orgs = {o.acronym: o for o in Organization.objects.filter(acronym__in=[m[0] for m in MEMBERSHIPS])}
    for acronym, since, dues in MEMBERSHIPS:
        org = orgs.get(acronym)
        if org is None or Membership.objects.filter(organization=org).exists():
            continue
        membership = membership_services.create_membership(
            user, organization=org, since=since, annual_dues=dues or None, currency="EUR", contact=head,
            renewal_on=dt.date(today.year + 1, since.month, 1),
        )  # fmt: skip
        if dues:
            membership_services.record_dues(membership, user, year=today.year - 1, due_on=dt.date(today.year - 1, 3, 31),
                                            paid_on=dt.date(today.year - 1, 4, 20))  # fmt: skip
            paid = acronym != "ISOCARP"  # one unpaid, to show the grace status
            membership_services.record_dues(membership, user, year=today.year, due_on=today - dt.timedelta(days=20),
                                            paid_on=(today - dt.timedelta(days=25)) if paid else None)  # fmt: skip
    uclg_seat = membership_services.create_seat(
        user, organization=orgs["UCLG"], body="Executive Bureau", title_fa="نایب‌رئیس غرب آسیا",
        title_en="Vice-President for West Asia", next_election_on=today + dt.timedelta(days=200),
    )  # fmt: skip
    membership_services.start_term(uclg_seat, user, holder=mayor, holder_label="Mayor of Tehran",
                                   start_on=dt.date(2022, 10, 12), end_on=today + dt.timedelta(days=25))  # fmt: skip
    amf_seat = membership_services.create_seat(
        user, organization=orgs["AMF"], body="Secretariat", title_fa="دبیرکل", title_en="Secretary-General"
    )
    membership_services.start_term(amf_seat, user, holder=head, holder_label="Head of the Center",
                                   start_on=dt.date(2016, 6, 1))  # fmt: skip
    assert Seat.objects.count() >= 2

    beijing = City.objects.get(name_en="Beijing")
    karbala = City.objects.get(name_en="Karbala")
    domains = Domain.objects.filter(
        code__in=["economy", "culture", "planning", "urban_services", "transport", "environment"]
    )
    signed = today - dt.timedelta(days=365 * 4 + 200)
    beijing_agreement = services.create_agreement(
        user, reference="AG-TEH-BJS", kind=Kind.SISTER_CITY, title_fa="خواهرخواندگی تهران و پکن",
        title_en="Tehran–Beijing sister-city agreement", parties=[{"city": beijing, "signatory": "Mayor of Beijing"}],
        signed_on=signed, signed_place="Beijing", our_signatory="Mayor of Tehran", valid_years=5,
        status=Status.ACTIVE, domains=domains, representative=envoy,
    )  # fmt: skip
    c1 = services.add_commitment(beijing_agreement, user, title="هفته فرهنگی تهران در پکن", owner=head,
                                 due_on=today + dt.timedelta(days=7))  # fmt: skip
    services.add_commitment(beijing_agreement, user, title="تبادل کارشناسان برقی‌سازی مترو", owner=mayor,
                            side=Side.BOTH, due_on=today - dt.timedelta(days=10))  # fmt: skip
    services.add_commitment(beijing_agreement, user, title="گزارش سالانه به شورای اسلامی شهر", owner=head,
                            due_on=today + dt.timedelta(days=30), recurrence=Recurrence.YEARLY)  # fmt: skip
    services.add_commitment(beijing_agreement, user, title="میزبانی از هیئت تهران در زمینه شهر هوشمند", side=Side.PARTNER,
                            due_on=today + dt.timedelta(days=60))  # fmt: skip
    roadmap = services.create_roadmap(user, title="نقشه راه تهران و پکن", agreement=beijing_agreement,
                                      start_on=signed, end_on=beijing_agreement.expires_on)  # fmt: skip
    services.add_milestone(roadmap, user, title="هفته‌های فرهنگی در هر دو شهر", target_on=today + dt.timedelta(days=7),
                           commitments=[c1])  # fmt: skip
    services.add_milestone(roadmap, user, title="تمدید توافق‌نامه", target_on=beijing_agreement.expires_on)

    karbala_agreement = services.create_agreement(
        user, reference="AG-TEH-KBL", kind=Kind.SISTER_CITY, title_fa="خواهرخواندگی تهران و کربلا",
        title_en="Tehran–Karbala sister-city agreement", parties=[karbala], signed_on=today - dt.timedelta(days=700),
        signed_place="Karbala", valid_years=5, status=Status.ACTIVE,
        domains=Domain.objects.filter(code__in=["urban_services", "religious", "engineering"]),
        joint_committee="کمیته مشترک شهرداری‌های تهران و کربلا، دو بار در سال.",
    )  # fmt: skip
    services.add_commitment(karbala_agreement, user, title="نشست کمیته مشترک", owner=head,
                            due_on=today + dt.timedelta(days=30), recurrence=Recurrence.QUARTERLY)  # fmt: skip
    services.add_commitment(karbala_agreement, user, title="خدمات شهری به زائران اربعین", owner=mayor,
                            due_on=today - dt.timedelta(days=3))  # fmt: skip
    return True
