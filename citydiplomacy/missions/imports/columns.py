"""The columns of an import file, their Persian aliases, and the words accepted for each choice."""

from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.persian import normalize_name

from ..models import Funding, Mode, Purpose

COLUMNS = (
    "reference", "unit", "title", "purpose", "mode", "countries", "cities", "start_date", "end_date",
    "travellers", "submitted_on", "decision", "decided_on", "outcome", "outcome_on", "funding",
    "estimated_cost", "currency",
)  # fmt: skip
REQUIRED = ("reference", "unit", "title", "countries", "start_date", "end_date", "submitted_on", "decision")

# Persian header first, then other spellings people use.
HEADER_ALIASES = {
    "reference": ["کد", "شماره", "کد درخواست", "شماره درخواست", "ref"],
    "unit": ["واحد", "واحد درخواست کننده", "requesting unit"],
    "title": ["عنوان", "موضوع"],
    "purpose": ["هدف", "هدف سفر"],
    "mode": ["نوع حضور", "نحوه حضور", "نحوه شرکت"],
    "countries": ["کشورها", "کشور", "country", "destination countries"],
    "cities": ["شهرها", "شهر", "city", "destination cities"],
    "start_date": ["تاریخ شروع", "تاریخ رفت", "از تاریخ", "start"],
    "end_date": ["تاریخ پایان", "تاریخ برگشت", "تا تاریخ", "end"],
    "travellers": ["مسافران", "اعضای هیئت", "travelers", "delegation"],
    "submitted_on": ["تاریخ ارسال", "تاریخ درخواست", "submitted"],
    "decision": ["تصمیم", "تصمیم کمیته", "نظر کمیته"],
    "decided_on": ["تاریخ تصمیم", "تاریخ جلسه", "decided"],
    "outcome": ["نتیجه", "وضعیت انجام"],
    "outcome_on": ["تاریخ نتیجه"],
    "funding": ["منبع تأمین هزینه", "منبع تامین هزینه", "تأمین هزینه", "هزینه از محل"],
    "estimated_cost": ["هزینه برآوردی", "هزینه", "برآورد هزینه", "cost"],
    "currency": ["ارز", "واحد پول"],
}

# What each column holds, shown on the template's second sheet and on the upload page.
COLUMN_HELP = {
    "reference": (_("Reference"), "کد یکتای درخواست، مثل MR-1401-00012"),
    "unit": (_("Requesting unit"), "نام واحد درخواست‌کننده؛ اگر نباشد ساخته می‌شود"),
    "title": (_("Title"), "عنوان سفر"),
    "purpose": (_("Purpose"), "هدف سفر: " + "، ".join(Purpose.values)),
    "mode": (_("Mode"), "in_person (حضوری) یا virtual (مجازی)"),
    "countries": (_("Destination countries"), "نام فارسی یا انگلیسی یا کد ISO؛ جدا با ;"),
    "cities": (_("Destination cities"), "نام شهرها جدا با ؛ یا ;"),
    "start_date": (_("Start date"), "شمسی (۱۴۰۱/۰۶/۱۵) یا میلادی (2022-09-06)"),
    "end_date": (_("End date"), "شمسی یا میلادی؛ نه پیش از تاریخ شروع"),
    "travellers": (_("Travellers"), "نام مسافران جدا با ;"),
    "submitted_on": (_("Submitted on"), "تاریخ ارسال درخواست به کمیته"),
    "decision": (_("Decision"), "approved (تأیید)، rejected (رد)، withdrawn (انصراف)، pending (در انتظار)"),
    "decided_on": (_("Decided on"), "تاریخ تصمیم کمیته یا انصراف"),
    "outcome": (_("Outcome"), "realized (انجام شد)، cancelled (لغو شد) یا خالی"),
    "outcome_on": (_("Outcome date"), "تاریخ انجام یا لغو؛ اگر خالی باشد تاریخ پایان سفر"),
    "funding": (_("Funding"), "municipality، host، international_organization، partial"),
    "estimated_cost": (_("Estimated cost"), "عدد نامنفی"),
    "currency": (_("Currency"), "کد سه‌حرفی ISO 4217 مثل IRR، USD، EUR"),
}

DECISIONS = ("approved", "rejected", "withdrawn", "pending")
OUTCOMES = ("realized", "cancelled")

# Persian (and English display) words for each choice, matched after normalize_name.
_CHOICE_WORDS = {
    "purpose": {
        Purpose.SUMMIT: ["اجلاس", "همایش", "کنفرانس"],
        Purpose.EXHIBITION: ["نمایشگاه"],
        Purpose.SITE_VISIT: ["بازدید", "بازدید فنی"],
        Purpose.TRAINING: ["آموزش", "دوره آموزشی"],
        Purpose.COMPETITION: ["مسابقه", "مسابقات"],
        Purpose.NEGOTIATION: ["مذاکره", "مذاکرات"],
        Purpose.CULTURAL_WEEK: ["هفته فرهنگی"],
        Purpose.GOVERNMENT_DELEGATION: ["همراهی هیئت دولت", "هیئت دولتی"],
        Purpose.MAYOR_OFFICIAL: ["سفر شهردار", "سفر رسمی شهردار"],
        Purpose.OTHER: ["سایر", "دیگر"],
    },
    "mode": {Mode.IN_PERSON: ["حضوری"], Mode.VIRTUAL: ["مجازی", "ویدئوکنفرانس", "وبینار", "online"]},
    "decision": {
        "approved": ["تأیید", "تایید", "تأیید شد", "تایید شده", "موافقت", "مصوب"],
        "rejected": ["رد", "رد شد", "مخالفت"],
        "withdrawn": ["انصراف", "پس گرفته شد", "منصرف شد"],
        "pending": ["در انتظار", "در دست بررسی", "بررسی نشده", "submitted"],
    },
    "outcome": {
        "realized": ["انجام شد", "انجام شده", "برگزار شد", "done"],
        "cancelled": ["لغو", "لغو شد", "انجام نشد", "canceled"],
    },
    "funding": {
        Funding.MUNICIPALITY: ["شهرداری"],
        Funding.HOST: ["میزبان"],
        Funding.INTERNATIONAL_ORGANIZATION: ["سازمان بین المللی", "سازمان بین‌المللی"],
        Funding.PARTIAL: ["مشترک", "بخشی", "جزئی"],
    },
}
ALLOWED = {
    "purpose": tuple(Purpose.values),
    "mode": tuple(Mode.values),
    "decision": DECISIONS,
    "outcome": OUTCOMES,
    "funding": tuple(Funding.values),
}


def _key(text):
    return normalize_name(str(text).replace("_", " ").replace("-", " "))


def _build_choice_index():
    index = {}
    for column, allowed in ALLOWED.items():
        words = {}
        for value in allowed:
            words[_key(value)] = value
            for word in _CHOICE_WORDS[column].get(value, []):
                words[_key(word)] = value
        index[column] = words
    return index


CHOICE_INDEX = _build_choice_index()


def _build_header_index():
    index = {}
    for column in COLUMNS:
        index[_key(column)] = column
        for alias in HEADER_ALIASES.get(column, []):
            index[_key(alias)] = column
    return index


HEADER_INDEX = _build_header_index()


def column_for_header(header):
    """The machine column name for a header as written in the file, or None."""
    if header is None:
        return None
    return HEADER_INDEX.get(_key(header))


def choice_for(column, text):
    return CHOICE_INDEX[column].get(_key(text))
