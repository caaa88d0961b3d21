"""Demo of the exports office: the 137 hotline, Tehran-e Man and engineering services offered to neighbouring
countries' cities, with leads at every stage, one won and turned into a contract, others lost for recorded reasons.

The offerings come from DOMAIN.md; the leads, values and rates are invented for the demo. Safe to run again.
"""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from citydiplomacy.core.models import Role, Unit, User
from citydiplomacy.partners.models import City, Country

from . import services
from .models import LossReason, Offering, OfferingKind, Stage

UNITS = {
    "ict": ("سازمان فناوری اطلاعات و ارتباطات شهرداری تهران", "Tehran Municipality ICT Organization"),
    "metro": (
        "شرکت بهره‌برداری راه‌آهن شهری تهران و حومه",
        "Tehran Urban and Suburban Railway Operation Company",
    ),
    "engineering": (
        "سازمان مشاور فنی و مهندسی شهر تهران",
        "Tehran Technical and Engineering Consulting Organization",
    ),
}
OFFERINGS = [
    dict(key="137", unit="ict", kind=OfferingKind.SOFTWARE, name_fa="سامانه مدیریت شهری ۱۳۷",
         name_en="137 citizens' hotline system", name_ar="نظام ١٣٧ لخدمة المواطنين",
         name_ru="Система обращений граждан 137",
         description_fa="سامانه یکپارچه دریافت، پیگیری و پاسخ به درخواست‌ها و شکایت‌های شهروندان از راه تلفن، "
                        "وب و اپلیکیشن، با ارجاع خودکار به واحد مسئول و داشبورد مدیران.",
         description_en="One system that receives, routes and answers citizens' requests and complaints by "
                        "phone, web and app, with automatic referral to the responsible unit and managers' "
                        "dashboards.",
         in_use_since=dt.date(2003, 3, 21), users_served=9_000_000, delivery_models=["licence", "turnkey", "training"],
         price_min=Decimal(250_000), price_max=Decimal(900_000), currency="USD", languages="فارسی، عربی، انگلیسی",
         public=True),
    dict(key="tehranman", unit="ict", kind=OfferingKind.SOFTWARE, name_fa="اپلیکیشن تهران من",
         name_en="Tehran-e Man city app", name_ar="تطبيق طهران لي",
         description_fa="اپلیکیشن خدمات شهری: پرداخت عوارض، پیگیری درخواست‌ها، حمل و نقل عمومی و خبرهای محله.",
         description_en="The city services app: paying municipal fees, following requests, public transport and "
                        "neighbourhood news.",
         in_use_since=dt.date(2018, 5, 1), users_served=5_500_000, delivery_models=["licence", "turnkey"],
         price_min=Decimal(300_000), price_max=Decimal(1_200_000), currency="USD", languages="فارسی، عربی، انگلیسی",
         public=True),
    dict(key="metro", unit="metro", kind=OfferingKind.KNOW_HOW, name_fa="دانش بهره‌برداری و نگهداری مترو",
         name_en="Metro operation and maintenance know-how",
         description_fa="آموزش و مشاوره بهره‌برداری، کنترل ترافیک قطار و نگهداری ناوگان بر پایه تجربه متروی تهران.",
         description_en="Training and consultancy in operation, train traffic control and fleet maintenance, from "
                        "the Tehran metro's experience.",
         in_use_since=dt.date(1999, 2, 21), delivery_models=["training", "consultancy"], currency="EUR",
         price_min=Decimal(150_000), price_max=Decimal(600_000), languages="فارسی، انگلیسی", public=True),
    dict(key="engineering", unit="engineering", kind=OfferingKind.ENGINEERING, name_fa="خدمات فنی و مهندسی شهری",
         name_en="Urban technical and engineering services",
         description_fa="طراحی و نظارت پروژه‌های زیرساخت شهری: تقاطع‌ها، تونل‌ها، جمع‌آوری آب‌های سطحی.",
         description_en="Design and supervision of urban infrastructure: interchanges, tunnels, storm-water "
                        "networks.",
         delivery_models=["consultancy", "joint_venture"], currency="USD", languages="فارسی، انگلیسی"),
]  # fmt: skip
REASONS = [
    ("قیمت رقیب کمتر بود", "A competitor's price was lower"),
    ("مشکل انتقال پول و تحریم‌ها", "Payment channels and sanctions"),
    ("اولویت بودجه طرف تغییر کرد", "The partner's budget priorities changed"),
    ("پاسخی از طرف نرسید", "No answer from the partner"),
]
RATES = [  # units of USD for one unit, from the day given (demo figures)
    ("EUR", dt.date(2023, 1, 1), "1.07"), ("EUR", dt.date(2024, 1, 1), "1.09"), ("EUR", dt.date(2025, 1, 1), "1.05"),
    ("IQD", dt.date(2023, 1, 1), "0.00068"), ("IQD", dt.date(2024, 1, 1), "0.00076"),
    ("AFN", dt.date(2023, 1, 1), "0.0115"), ("TJS", dt.date(2023, 1, 1), "0.091"),
    ("AZN", dt.date(2023, 1, 1), "0.588"), ("AMD", dt.date(2023, 1, 1), "0.0026"), ("RUB", dt.date(2023, 1, 1), "0.0135"),
]  # fmt: skip


def _city(iso2, name_en):
    return City.objects.filter(country__iso2=iso2, name_en=name_en).first()


@transaction.atomic
def seed_exports_demo(today=None):
    if Offering.objects.filter(name_en=OFFERINGS[0]["name_en"]).exists():
        return False
    today = today or timezone.localdate()
    officer = (
        User.objects.filter(role=Role.EXPORTS).order_by("pk").first()
        or User.objects.filter(is_superuser=True).first()
    )
    units = {
        key: Unit.objects.get_or_create(name_fa=fa, defaults={"name_en": en})[0]
        for key, (fa, en) in UNITS.items()
    }
    offerings = {}
    for spec in OFFERINGS:
        spec = dict(spec)
        key = spec.pop("key")
        unit = units[spec.pop("unit")]
        offerings[key] = services.create_offering(officer, unit=unit, **spec)
    offerings["137"].reference_cities.set([c for c in [_city("IQ", "Karbala")] if c])
    services.switch_public_catalogue(officer, on=True)
    reasons = [
        LossReason.objects.get_or_create(name_fa=fa, defaults={"name_en": en})[0] for fa, en in REASONS
    ]
    for currency, day, rate in RATES:
        services.save_rate(officer, currency=currency, valid_from=day, rate=Decimal(rate))

    def at(days_ago):
        return timezone.now() - dt.timedelta(days=days_ago)

    def lead(title, iso2, city, offering_keys, *, days_ago, **fields):
        partner = _city(iso2, city)
        return services.create_lead(
            officer, title=title, partner_city=partner, country=None if partner else Country.objects.get(iso2=iso2),
            offerings=[offerings[k] for k in offering_keys], owner=officer, now=at(days_ago),
            today=(timezone.now() - dt.timedelta(days=days_ago)).date(), **fields,
        )  # fmt: skip

    def step(item, stage, days_ago, **kwargs):
        services.move(item, officer, stage, now=at(days_ago), today=(timezone.now() - dt.timedelta(days=days_ago)).date(),
                      **kwargs)  # fmt: skip

    # Won and delivered: Karbala's municipality buys the 137 hotline after the mayor's visit.
    karbala = lead("سامانه ۱۳۷ برای شهرداری کربلا", "IQ", "Karbala", ["137"], days_ago=420, source="mission",
                   source_note="گزارش سفر هیئت شهرداری به کربلا", value=Decimal(620_000), currency="USD")  # fmt: skip
    step(karbala, Stage.PRESENTATION, 390)
    services.add_activity(
        karbala, officer, kind="demo", on=(at(388)).date(), note="نمایش سامانه در مرکز ۱۳۷ تهران"
    )
    step(karbala, Stage.PROPOSAL, 350)
    services.add_proposal(karbala, officer, sent_on=at(350).date(), reference="پ/۱۴۰۳/۱۳۷-۰۱",
                          amount=Decimal(620_000), currency="USD")  # fmt: skip
    step(karbala, Stage.NEGOTIATION, 320)
    services.win_lead(karbala, officer, contract_title="قرارداد واگذاری سامانه ۱۳۷ به شهرداری کربلا",
                      signed_on=at(290).date(), delivery_due=at(120).date(), now=at(290), today=at(290).date())  # fmt: skip
    step(karbala, Stage.DELIVERY, 250)

    # Open leads at every stage.
    najaf = lead("سامانه ۱۳۷ برای شهرداری نجف", "IQ", "Najaf", ["137"], days_ago=150, source="embassy",
                 source_note="معرفی سفارت ایران در بغداد", value=Decimal(480_000), currency="USD",
                 next_action="ارسال پاسخ به پرسش‌های فنی", next_action_due=today + dt.timedelta(days=6))  # fmt: skip
    step(najaf, Stage.PRESENTATION, 120)
    step(najaf, Stage.PROPOSAL, 80)
    services.add_proposal(najaf, officer, sent_on=at(80).date(), reference="پ/۱۴۰۴/۱۳۷-۰۲")
    step(najaf, Stage.NEGOTIATION, 40)
    baghdad = lead("آموزش بهره‌برداری مترو برای بغداد", "IQ", "Baghdad", ["metro"], days_ago=90, source="b2b",
                   value=Decimal(300_000_000), currency="IQD", next_action="هماهنگی بازدید از مرکز کنترل مترو",
                   next_action_due=today - dt.timedelta(days=5))  # fmt: skip
    step(baghdad, Stage.PRESENTATION, 60)
    dushanbe = lead("اپلیکیشن تهران من برای دوشنبه", "TJ", "Dushanbe", ["tehranman"], days_ago=45, source="direct",
                    value=Decimal(2_500_000), currency="TJS", next_action="ارسال نسخه نمایشی روسی",
                    next_action_due=today + dt.timedelta(days=20))  # fmt: skip
    step(dushanbe, Stage.PRESENTATION, 20)
    lead("خدمات مهندسی تقاطع برای باکو", "AZ", "Baku", ["engineering"], days_ago=12, source="news",
         value=Decimal(400_000), currency="AZN", next_action="گفت‌وگو با معاون شهردار باکو",
         next_action_due=today + dt.timedelta(days=3))  # fmt: skip
    lead("سامانه ۱۳۷ و تهران من برای کازان", "RU", "Kazan", ["137", "tehranman"], days_ago=8, source="direct",
         value=Decimal(90_000_000), currency="RUB")  # fmt: skip

    # Lost, each for a recorded reason.
    kabul = lead("سامانه ۱۳۷ برای شهرداری کابل", "AF", "Kabul", ["137"], days_ago=300, source="embassy",
                 value=Decimal(15_000_000), currency="AFN")  # fmt: skip
    step(kabul, Stage.PRESENTATION, 270)
    step(kabul, Stage.LOST, 200, lost_reason=reasons[1], lost_note="راه پرداخت پیدا نشد.")
    yerevan = lead("طراحی تونل شهری برای ایروان", "AM", "Yerevan", ["engineering"], days_ago=260, source="b2b",
                   value=Decimal(200_000_000), currency="AMD")  # fmt: skip
    step(yerevan, Stage.PROPOSAL, 230)
    services.add_proposal(yerevan, officer, sent_on=at(230).date(), reference="پ/۱۴۰۳/مه-۰۷")
    step(
        yerevan, Stage.LOST, 180, lost_reason=reasons[0], lost_note="پیشنهاد یک شرکت اروپایی ۱۵٪ ارزان‌تر بود."
    )
    return True
