"""Date spans in Persian and English news text: Solar Hijri, Hijri lunar and Gregorian.

Works on display-normalized text (ASCII digits, Persian letter forms). Every match is converted
to an ISO date with jdatetime (Jalali) or hijridate (lunar); impossible dates are dropped.
``find_day_months`` finds a day and month written without the year ("۲۴ مهر", "on 16 October",
"Nov 12"); ``resolve_day_month`` gives it a year from a reference date (the publication date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import jdatetime
from hijridate import Hijri

JALALI_MONTHS = {
    "فروردین": 1,
    "فرودین": 1,  # a common misspelling
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
# The same Solar Hijri months under the zodiac names Afghanistan uses (Dari pages): حمل is Farvardin.
# Most are also common words ("میزان" amount, "جدی" serious, "حمل" carriage), so they are read only in a
# full date (day, month and a four-digit year), or as a day and month on a page that has one.
AFGHAN_MONTHS = {
    "حمل": 1,
    "ثور": 2,
    "جوزا": 3,
    "جوزاء": 3,
    "سرطان": 4,
    "اسد": 5,
    "سنبله": 6,
    "میزان": 7,
    "عقرب": 8,
    "قوس": 9,
    "جدی": 10,
    "دلو": 11,
    "حوت": 12,
}
HIJRI_MONTHS = {
    "محرم": 1,
    "محرم الحرام": 1,
    "صفر": 2,
    "صفر المظفر": 2,
    "ربیع الاول": 3,
    "ربیع‌الاول": 3,
    "ربیع الأول": 3,
    "ربیع الثانی": 4,
    "ربیع‌الثانی": 4,
    "ربیع الآخر": 4,
    "جمادی الاولی": 5,
    "جمادی‌الاولی": 5,
    "جمادی الاول": 5,
    "جمادی الثانی": 6,
    "جمادی‌الثانی": 6,
    "جمادی الثانیه": 6,
    "جمادی الآخر": 6,
    "رجب": 7,
    "رجب المرجب": 7,
    "شعبان": 8,
    "شعبان المعظم": 8,
    "رمضان": 9,
    "رمضان المبارک": 9,
    "شوال": 10,
    "شوال المکرم": 10,
    "ذیقعده": 11,
    "ذی القعده": 11,
    "ذی‌القعده": 11,
    "ذیحجه": 12,
    "ذی الحجه": 12,
    "ذی‌الحجه": 12,
}
GREG_MONTHS_EN = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
GREG_MONTHS_FA = {
    "ژانویه": 1,
    "ژانویهٔ": 1,
    "فوریه": 2,
    "مارس": 3,
    "آوریل": 4,
    "آپریل": 4,
    "مه": 5,
    "می": 5,
    "ژوئن": 6,
    "ژوئیه": 7,
    "جولای": 7,
    "اوت": 8,
    "آگوست": 8,
    "سپتامبر": 9,
    "اکتبر": 10,
    "نوامبر": 11,
    "دسامبر": 12,
    # Arabic (Egyptian and Gulf) names, in the display form (ي -> ی, ك -> ک)
    "ینایر": 1,
    "فبرایر": 2,
    "أبریل": 4,
    "ابریل": 4,
    "إبریل": 4,
    "مایو": 5,
    "یونیو": 6,
    "یولیو": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أکتوبر": 10,
    "اکتوبر": 10,
    "نوفمبر": 11,
    "دیسمبر": 12,
    # Levantine and Iraqi names
    "کانون الثانی": 1,
    "شباط": 2,
    "آذار": 3,
    "نیسان": 4,
    "أیار": 5,
    "ایار": 5,
    "حزیران": 6,
    "تموز": 7,
    "آب": 8,
    "أیلول": 9,
    "ایلول": 9,
    "تشرین الأول": 10,
    "تشرین الاول": 10,
    "تشرین الثانی": 11,
    "کانون الأول": 12,
    "کانون الاول": 12,
}
# Jalali months in Latin letters, as Iranian sites' English pages write them ("12 Aban 1403")
JALALI_MONTHS_EN = {
    "farvardin": 1,
    "ordibehesht": 2,
    "khordad": 3,
    "tir": 4,
    "mordad": 5,
    "shahrivar": 6,
    "mehr": 7,
    "aban": 8,
    "azar": 9,
    "dey": 10,
    "day": 10,
    "bahman": 11,
    "esfand": 12,
}
WEEKDAYS_FA = (
    "شنبه",
    "یکشنبه",
    "یک‌شنبه",
    "دوشنبه",
    "سه‌شنبه",
    "سهشنبه",
    "سه شنبه",
    "چهارشنبه",
    "چهار‌شنبه",
    "پنجشنبه",
    "پنج‌شنبه",
    "پنج شنبه",
    "جمعه",
)


def _alt(words):
    return "|".join(
        sorted(
            (re.escape(w).replace(r"\ ", r"[ \u200c]?").replace("\u200c", "[ \u200c]?") for w in words),
            key=len,
            reverse=True,
        )
    )


_JM = _alt(JALALI_MONTHS)
_AM = _alt(AFGHAN_MONTHS)
_HM = _alt(HIJRI_MONTHS)
_GM_EN = _alt(GREG_MONTHS_EN)
_GM_FA = _alt(GREG_MONTHS_FA)
_JM_EN = _alt([m.capitalize() for m in JALALI_MONTHS_EN if m != "day"])
_E = r"(?![\w/])"
# Every pattern opens with what it consumes first (a digit, or a month's first letter), so that the
# regex engine skips ahead to where a date can start instead of trying each position in turn. The
# test "no word character, slash, dot or dash before the date" is therefore written after the first
# digit: (?<![\w/.-]\d) right after one digit says what (?<![\w/.-]) says before it (and likewise
# (?<!\w\d) for \b, and the four-digit forms after a year).
_D1 = r"(\d(?<![\w/.-]\d)\d?)"  # a day or month of one or two digits, nothing glued before it
_EN_INITIALS = "[" + "".join(sorted({m[0] for m in GREG_MONTHS_EN})) + "]"
_DAY_YEAR_EN = r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"  # "October 16, 2025"

PATTERNS = [
    # 14 مهر 1404, ۰۹ خرداد ۱۴۰۲, 14 مهرماه 1404
    (
        "jalali_text",
        re.compile(_D1 + r"\s*(" + _JM + r")(?:[ \u200c]?ماه)?\s*(?:سال\s*)?(1[234]\d\d|\d\d(?!:))" + _E),
    ),
    # ۱۵ میزان ۱۴۰۴, ۳ حوت سال ۱۴۰۳ (Afghan month names; the year is required)
    ("afghan_text", re.compile(_D1 + r"\s*(" + _AM + r")(?![\w\u200c])\s*(?:سال\s*)?(1[34]\d\d)" + _E)),
    ("hijri_text", re.compile(_D1 + r"\s*(" + _HM + r")\s*(1[34]\d\d)" + _E)),
    ("greg_fa_text", re.compile(_D1 + r"\s*(" + _GM_FA + r")\s*((?:19|20)\d\d)" + _E)),
    # 12 Aban 1403, Aban 12, 1403 (a Jalali year: 13xx or 14xx)
    ("jalali_en_dmy", re.compile(r"(\d(?<!\w\d)\d?)\s+(" + _JM_EN + r")\.?,?\s+(1[34]\d\d)\b")),
    ("jalali_en_mdy", re.compile(r"(?=[ABDEFKMOST])\b(" + _JM_EN + r")\.?\s+(\d{1,2}),?\s+(1[34]\d\d)\b")),
    # 2025 Oct 16, 2025-10-16 are handled below; October 16, 2025 / 16 October 2025
    (
        "greg_en_mdy",
        re.compile(r"(?i)(?=" + _EN_INITIALS + r")\b(" + _GM_EN + _DAY_YEAR_EN),
    ),
    (
        "greg_en_dmy",
        re.compile(r"(?i)(\d(?<!\w\d)\d?)(?:st|nd|rd|th)?\s+(" + _GM_EN + r")\.?,?\s+((?:19|20)\d\d)\b"),
    ),
    ("greg_en_ymd", re.compile(r"(?i)((?:19|20)\d\d)(?<!\w\d{4})\s+(" + _GM_EN + r")\.?\s+(\d{1,2})\b")),
    # 2019 Tuesday 05 Mar (a municipal CMS's stamp: year, weekday, day, month)
    (
        "greg_en_ywdm",
        re.compile(
            r"(?i)((?:19|20)\d\d)(?<!\w\d{4})\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})\s+("
            + _GM_EN
            + r")\b"
        ),
    ),
    # numeric: 1404/07/24, 2025-10-16, 24/07/1404
    # (and a CMS's spaced stamp: 12 / 08 / 1403, 1403 / 08 / 12)
    ("num_ymd", re.compile(r"((?:1[34]|19|20)\d\d)(?<![\w/.-]\d{4})([/.-]| / )(\d{1,2})\2(\d{1,2})" + _E)),
    ("num_dmy", re.compile(_D1 + r"([/.-]| / )(\d{1,2})\2((?:1[34]|19|20)\d\d)" + _E)),
]


_ARABIC = re.compile("[\u0600-\u06ff]")
_JALALI_EN_NAMES = tuple(m.capitalize() for m in JALALI_MONTHS_EN if m != "day")
_JALALI_EN_MONTH = re.compile(r"\b(?:" + _JM_EN + r")\b")
_EN_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    text: str
    iso: str
    calendar: str  # "jalali", "hijri" or "gregorian"


def _jalali(y: int, m: int, d: int) -> dt.date | None:
    if y < 100:
        y += 1400 if y < 50 else 1300
    try:
        return jdatetime.date(y, m, d).togregorian()
    except (ValueError, OverflowError):
        return None


def _hijri(y: int, m: int, d: int) -> dt.date | None:
    try:
        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _greg(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month(table, word):
    word = word.replace("\u200c", " ")
    for k, v in table.items():
        if k.replace("\u200c", " ") == word or k.replace("\u200c", "") == word.replace(" ", ""):
            return v
    return table.get(word.lower())


def _numeric(y: int, m: int, d: int):
    if 1300 <= y <= 1499:
        return _jalali(y, m, d), "jalali"
    return _greg(y, m, d), "gregorian"


def find_dates(text: str, min_year: int = 1990, max_year: int = 2100) -> list[DateSpan]:
    """All dates stated in ``text`` (display-normalized), in text order, overlaps removed."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    has_arabic = _ARABIC.search(text) is not None
    has_month = _EN_MONTH.search(text) is not None
    # substring tests first: cheaper than a regex over the whole text, and most texts have none
    has_jalali_en = any(m in text for m in _JALALI_EN_NAMES) and _JALALI_EN_MONTH.search(text) is not None
    for name, rx in PATTERNS:
        if (
            (name in ("jalali_text", "afghan_text", "hijri_text", "greg_fa_text") and not has_arabic)
            or (name.startswith("greg_en") and not has_month)
            or (name.startswith("jalali_en") and not has_jalali_en)
        ):
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            g = m.groups()
            date, cal = None, "gregorian"
            if name == "jalali_text":
                date, cal = _jalali(int(g[2]), _month(JALALI_MONTHS, g[1]), int(g[0])), "jalali"
            elif name == "afghan_text":
                date, cal = _jalali(int(g[2]), _month(AFGHAN_MONTHS, g[1]), int(g[0])), "jalali"
            elif name == "hijri_text":
                date, cal = _hijri(int(g[2]), _month(HIJRI_MONTHS, g[1]), int(g[0])), "hijri"
            elif name == "jalali_en_dmy":
                date, cal = _jalali(int(g[2]), JALALI_MONTHS_EN[g[1].lower()], int(g[0])), "jalali"
            elif name == "jalali_en_mdy":
                date, cal = _jalali(int(g[2]), JALALI_MONTHS_EN[g[0].lower()], int(g[1])), "jalali"
            elif name == "greg_fa_text":
                date = _greg(int(g[2]), _month(GREG_MONTHS_FA, g[1]), int(g[0]))
            elif name == "greg_en_mdy":
                date = _greg(int(g[2]), GREG_MONTHS_EN[g[0].lower()], int(g[1]))
            elif name == "greg_en_dmy":
                date = _greg(int(g[2]), GREG_MONTHS_EN[g[1].lower()], int(g[0]))
            elif name == "greg_en_ymd":
                date = _greg(int(g[0]), GREG_MONTHS_EN[g[1].lower()], int(g[2]))
            elif name == "greg_en_ywdm":
                date = _greg(int(g[0]), GREG_MONTHS_EN[g[2].lower()], int(g[1]))
            elif name == "num_ymd":
                date, cal = _numeric(int(g[0]), int(g[2]), int(g[3]))
            elif name == "num_dmy":
                date, cal = _numeric(int(g[3]), int(g[2]), int(g[0]))
            if date is None or not (min_year <= date.year <= max_year):
                continue
            taken.append((s, e))
            found.append(DateSpan(s, e, m.group(0), date.isoformat(), cal))
    found.sort(key=lambda d: d.start)
    return found


@dataclass(frozen=True)
class DayMonth:
    """A day and month without a year: ``month`` in ``calendar`` ("jalali" or "gregorian")."""

    start: int
    end: int
    text: str
    month: int
    day: int
    calendar: str


_NO_WORD_AFTER = r"(?![\w\u200c])"
_NO_JALALI_YEAR = r"(?!\s*(?:سال\s*)?(?:1[234]\d\d|\d\d)(?![\d:]))"  # a year after it makes a full date
_EN_MONTH_NAMES = _alt([m.capitalize() for m in GREG_MONTHS_EN])  # English names are capitalised
DAY_MONTH_PATTERNS = [
    # ۲۴ مهر, ۲۴ مهرماه (not followed by a year: that is a full date)
    (
        "jalali",
        JALALI_MONTHS,
        re.compile(_D1 + r"\s*(" + _JM + r")(?:[ \u200c]?ماه)?" + _NO_WORD_AFTER + _NO_JALALI_YEAR),
    ),
    # ۱۶ اکتبر
    (
        "gregorian",
        GREG_MONTHS_FA,
        re.compile(_D1 + r"\s*(" + _GM_FA + r")" + _NO_WORD_AFTER + r"(?!\s*(?:19|20)\d\d)"),
    ),
    # 16 October, 16th of October
    (
        "gregorian",
        GREG_MONTHS_EN,
        re.compile(
            r"(\d(?<!\w\d)\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?("
            + _EN_MONTH_NAMES
            + r")\b\.?(?!,?\s*(?:19|20)\d\d)"
        ),
    ),
    # October 16, Nov. 12th
    (
        "gregorian",
        GREG_MONTHS_EN,
        re.compile(
            r"(?=" + _EN_INITIALS.upper() + r")\b(" + _EN_MONTH_NAMES + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
            r"(?!,?\s*(?:19|20)\d\d)"
        ),
    ),
]


_AFGHAN_MONTH = re.compile(_AM)
# ۱۵ میزان, on a page whose full dates use the Afghan names
_AFGHAN_DAY_MONTH = (
    "jalali",
    AFGHAN_MONTHS,
    re.compile(
        _D1 + r"\s*(" + _AM + r")" + _NO_WORD_AFTER + r"(?!\s*و\s*نقل)" + _NO_JALALI_YEAR
    ),  # not حمل و نقل
)


def find_day_months(text: str, full: list[DateSpan] | None = None) -> list[DayMonth]:
    """Days and months stated without a year in ``text`` (display-normalized), in text order.

    Spans that are part of a full date (``full``, by default ``find_dates(text)``) are left out.
    """
    full = find_dates(text) if full is None else full
    taken = [(d.start, d.end) for d in full]
    found: list[DayMonth] = []
    patterns = DAY_MONTH_PATTERNS
    if any(_AFGHAN_MONTH.search(d.text) for d in full if d.calendar == "jalali"):
        patterns = [*patterns, _AFGHAN_DAY_MONTH]
    for calendar, table, rx in patterns:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            day, word = (m.group(1), m.group(2)) if m.group(1)[0].isdigit() else (m.group(2), m.group(1))
            month = _month(table, word)
            if not month or not 1 <= int(day) <= 31:
                continue
            taken.append((s, e))
            found.append(DayMonth(s, e, m.group(0), month, int(day), calendar))
    found.sort(key=lambda d: d.start)
    return found


def resolve_day_month(dm: DayMonth, near: dt.date, future: bool = False, ahead: int = 30) -> dt.date | None:
    """The date of ``dm`` in a year (of its calendar) next to ``near``: the latest at most ``ahead``
    days after it, or with ``future`` the first not before it. None if the day does not exist in
    those years ("30 Esfand" exists only in leap years)."""
    if dm.calendar == "jalali":
        year = jdatetime.date.fromgregorian(date=near).year
        options = [_jalali(y, dm.month, dm.day) for y in (year - 1, year, year + 1)]
    else:
        options = [_greg(y, dm.month, dm.day) for y in (near.year - 1, near.year, near.year + 1)]
    if future:
        return min((d for d in options if d is not None and d >= near), default=None)
    return max((d for d in options if d is not None and d <= near + dt.timedelta(days=ahead)), default=None)


_WEEKDAY_NAME = (
    r"(?:(?:یک|دو|سه|چهار|پنج)[ \u200c]?)?شنبه|جمعه"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
)
_LABELLED = re.compile(
    r"(?:\bdate\b|تاریخ(?:[ \u200c](?:انتشار|نشر))?|\bupdated?\b|published|posted|منتشر|انتشار|کد خبر)\s*:?\s*"
    r"(?:(?:" + _WEEKDAY_NAME + r")\s*[/|,،\-]?\s*)?$",
    re.I,
)


def labelled(text: str, start: int) -> bool:
    """The date at ``start`` follows a label such as "Published:", "تاریخ انتشار", "تاریخ نشر",
    "Update :", with or without the weekday between them ("تاریخ انتشار: شنبه / ...")."""
    return _LABELLED.search(text[max(0, start - 45) : start]) is not None


def alone_on_line(text: str, start: int, end: int) -> bool:
    """The date from ``start`` to ``end`` is nearly all of its line (a time or a news code at most)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (line_end if line_end >= 0 else len(text)) - line_start - (end - start) < 25


_TIME_AFTER = re.compile(r"^\s*(?:[-–|،,/]\s*)?(?:ساعت\s*)?\d{1,2}:\d\d\b")


def with_time(text: str, end: int) -> bool:
    """The date ending at ``end`` is followed by a clock time ("20 مرداد 1400 - 14:31", "۳ آذر ۱۴۰۴ / ۱۳:۲۷",
    "Jul 28, 2025, 10:37 AM"): a publication stamp, as bylines write it."""
    return _TIME_AFTER.match(text[end : end + 20]) is not None


def to_iso(text: str) -> str | None:
    """The first date in ``text`` as ISO, or None (convenience for single strings)."""
    from .normalize import normalize_text

    spans = find_dates(normalize_text(text))
    return spans[0].iso if spans else None


_SENTENCE_BEFORE = re.compile(
    r"[\w\u0600-\u06ff\u200c][^\n.!?؟]{0,40}\s(?:در|از|تا|به|on|in|from|until|since|by)\s*(?:تاریخ\s*)?$",
    re.I,
)


def in_sentence(text: str, start: int) -> bool:
    """The date at ``start`` is a sentence's, after a preposition ("... در تاریخ ۱۰ آذر", "met on
    14 March"): the event's date, not the page's stamp."""
    line_start = text.rfind("\n", 0, start) + 1
    return _SENTENCE_BEFORE.search(text[line_start:start]) is not None


# what a page's date line holds besides its dates: weekday names, separators, spaces
_DATE_LINE_FILLER = re.compile(
    r"(?:(?:یک|دو|سه|چهار|پنج)[ \u200c]?)?شنبه|جمعه|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|[\s\-–—|/,،]+",
    re.I,
)


def dates_line(text: str, start: int, dates: list[DateSpan]) -> bool:
    """The date at ``start`` is on a line of dates only, as pages print the day in two or three
    calendars ("سه‌شنبه ۲ آبان ۱۴۰۴ - ۱ جمادی‌الاول ۱۴۴۷ - 24 Oct 2025")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = line_end if line_end >= 0 else len(text)
    on_line = [d for d in dates if line_start <= d.start and d.end <= line_end]
    if len(on_line) < 2:
        return False
    rest, last = [], line_start
    for d in on_line:
        rest.append(text[last : d.start])
        last = d.end
    rest.append(text[last:line_end])
    return not _DATE_LINE_FILLER.sub("", "".join(rest))


# an agency's dateline opening the story: "Kazan, 14 August 2025 –", "KAZAN, Aug. 14 (Tatar-inform) -",
# the agency before the date ("Kazan, KNA – 14 Aug 2025 –") or after it between slashes
# ("KAZAN, 14.08.2025 /KNA/.")
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Za-z .'’-]{1,30}, ?(?:[A-Z][A-Za-z.]{1,15} ?[–—-] ?)?")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,30}\)\s*)?[–—-]|\s*/[^/\n]{2,30}/")


def dateline(text: str, start: int, end: int) -> bool:
    """The date follows a place and a comma at a paragraph's start and precedes a dash: the dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        start - line_start <= 48
        and _DATELINE_BEFORE.fullmatch(text, line_start, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


def published_date(text: str, dates: list[DateSpan]) -> str | None:
    """The page's publication date among ``dates``: one after a label ("تاریخ انتشار:"), one near the
    page's start that is no sentence's, one alone on its line or on a line of dates only, one followed
    by a clock time, one in the dateline that opens the story."""
    for ok in (
        lambda d: (labelled(text, d.start) or d.start < 40) and not in_sentence(text, d.start),
        lambda d: alone_on_line(text, d.start, d.end) or dates_line(text, d.start, dates),
        lambda d: with_time(text, d.end),
        lambda d: dateline(text, d.start, d.end),
    ):
        found = next((d.iso for d in dates if ok(d)), None)
        if found:
            return found
    return None


# a date in a page's address: /2024/03/14/, /2024-03-14/, /20240314-..., /1403/08/12/
_URL_DATE = re.compile(r"/((?:19|20)\d\d|1[34]\d\d)([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


# an article code of capitals, the date and a serial number: /view/AEN20250629000700315 (Korean agencies)
_URL_CODE_DATE = re.compile(
    r"/[A-Z]{2,5}((?:19|20)\d\d)()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3,}(?=[/_.?#-]|$)"
)


def url_date(url: str | None) -> str | None:
    """The publication date a page's address holds, as news sites' paths give it (the last resort
    when the text shows none)."""
    m = _URL_DATE.search(url or "") or _URL_CODE_DATE.search(url or "")
    if not m:
        return None
    date, _cal = _numeric(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    return date.isoformat() if date and 1990 <= date.year <= 2100 else None
