"""The date of the event a story reports: stated in the text, or anchored to the publication date.

Where: the sentence that supports the event type (the classifier's evidence) first, then the title,
then the first sentences of the text. The first of them that holds a date gives it; in one sentence
the most precise kind of date wins, and of one kind the first:

1. a full date (``find_dates``) within a year of the publication date, unless it is the publication
   line itself ("Published: ...", a date alone on its line, the dateline at the very top);
2. a day and month without the year ("روز ... ۲۴ مهر", "۲۴ مهرماه", "on 16 October", "Nov 12"):
   the latest such day at most a month after publication;
3. a relative day: امروز/امشب/today/tonight/this morning (the publication day), دیروز/دیشب/روز گذشته/
   yesterday/last night (the day before), فردا/tomorrow (the day after), and the days beyond them;
4. a weekday name ("سه‌شنبه", "Tuesday"): the latest such day not after publication.

Where the clause of a day-month or weekday speaks of the future ("will", "خواهد", "قرار است",
"برگزار می‌شود"), it is the first such day not before publication instead. The first day of a
range ("۲۰ تا ۲۳ آبان", "10-13 November") is taken. Kinds 2-4 need the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import (
    DateSpan,
    DayMonth,
    alone_on_line,
    dates_line,
    find_day_months,
    labelled,
    resolve_day_month,
    with_time,
)

_B = r"(?<![\w\u200c])"  # no letter (or ZWNJ) glued before
_E = r"(?![\w\u200c])"  # nor after
_S = "[ \u200c]?"

# Relative days; the leftmost (and so longest) phrase wins: "پس فردا" before "فردا".
_RELATIVE = re.compile(
    _B
    + r"(?:(?P<m2>پریروز|the day before yesterday)"
    + r"|(?P<p2>پس"
    + _S
    + r"فردا|the day after tomorrow)"
    + r"|(?P<m1>دیروز|دیشب|(?<!\d )(?:روز|شب)"
    + _S
    + r"گذشته|yesterday|last night)"
    + r"|(?P<p1>فردا|tomorrow)"
    + r"|(?P<z>امروز|امشب|today|tonight|this (?:morning|afternoon|evening)))"
    + _E,
    re.I,
)
_OFFSETS = {"m2": -2, "p2": 2, "m1": -1, "p1": 1, "z": 0}
# A full date further than this from the publication date is background (a caption, a history),
# not the event the story reports.
MAX_DAYS_FROM_PUBLICATION = 366

# Weekday names, Python's numbering (Monday 0). Persian compounds with or without space or ZWNJ.
_FA_WEEKDAY_PREFIX = {"": 5, "یک": 6, "دو": 0, "سه": 1, "چهار": 2, "پنج": 3}
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(
    _B
    + r"(?:(?:(یک|دو|سه|چهار|پنج)"
    + _S
    + r")?(شنبه)|(جمعه))"
    + _E
    + r"|\b("
    + "|".join(_EN_WEEKDAYS)
    + r")\b"
)
# The sentence speaks of what is to come: a weekday in it is the next one, not the last.
_FUTURE = re.compile(
    r"خواه(?:د|ند|یم)"
    + _E
    + r"|قرار"
    + _S
    + r"است"
    + r"|برگزار"
    + _S
    + r"می"
    + _S
    + r"(?:شود|گردد)"
    + r"|"
    + _B
    + r"آینده"
    + r"|\b(?:will|shall|is to|are to|(?:is|are) (?:set|expected|likely) to|scheduled|slated|upcoming|next)\b",
    re.I,
)


@dataclass
class Source:
    """A text the event date is looked for in (the body or the title) with what is known of it:
    its dates (``find_dates``) and spans that are no dates (a city named Dushanbe, دوشنبه)."""

    text: str
    dates: list[DateSpan] = field(default_factory=list)
    not_dates: list[tuple[int, int]] = field(default_factory=list)
    _day_months: list[DayMonth] | None = None

    def day_months(self) -> list[DayMonth]:
        """Days and months without a year, found in the whole text (once, when first needed): an
        abbreviation's dot may end a sentence inside one ("Oct. 16")."""
        if self._day_months is None:
            self._day_months = find_day_months(self.text, self.dates)
        return self._day_months


def event_date(places: Iterable[tuple[Source, int, str]], published: str | None) -> str | None:
    """ISO date of the event from the first of ``places`` that holds one, else None.

    ``places`` are (source, offset of the sentence in ``source.text``, sentence) in the order to look;
    ``published`` is the ISO publication date.
    """
    pub = _iso_date(published)
    for src, offset, sent in places:
        found = _in_sentence(src, offset, sent, pub)
        if found:
            return found
    return None


def _in_sentence(src: Source, offset: int, sent: str, pub: dt.date | None) -> str | None:
    end = offset + len(sent)
    text = src.text
    for d in src.dates:
        if offset <= d.start < end and not _publication_line(text, d.start, d.end, src.dates):
            if _until(text, d.start):
                continue
            day = dt.date.fromisoformat(d.iso)
            if pub is not None and abs((day - pub).days) > MAX_DAYS_FROM_PUBLICATION:
                return None  # the sentence dates something else ("on Monday, Nov. 13, 2017")
            told = _told_on(text, d.end, end)
            if told is not None:
                return (day + dt.timedelta(days=told)).isoformat()
            return _range_start(text, d.start, d.text, day).isoformat()
    if pub is None:
        return None
    for dm in src.day_months():
        if offset <= dm.start < end and not _publication_line(text, dm.start, dm.end, src.dates):
            if _until(text, dm.start):
                continue
            day = resolve_day_month(dm, pub, _future(text, dm.start, dm.end, offset, end))
            if day:
                return _range_start(text, dm.start, dm.text, day).isoformat()
    relative = None
    for m in _RELATIVE.finditer(sent):
        day = (pub + dt.timedelta(days=_OFFSETS[m.lastgroup])).isoformat()
        if not _of_the_report(sent, m.start(), m.end()):
            return day
        relative = relative or day
    for m in _WEEKDAY.finditer(text, offset, end):
        if (
            _names_a_date(src, m.end())
            or _until(text, m.start())
            or _dateline_place(text, m.start(), m.end())
            or _travel_to(text, m.start(), m.end())
            or (
                any(a < m.end() and m.start() < b for a, b in src.not_dates)
                and not _after_day_word(text, m.start())
            )
        ):
            continue
        return _weekday_date(_weekday(m), pub, _future(text, m.start(), m.end(), offset, end)).isoformat()
    return relative


# a Persian agency's dateline: "دوشنبه- ایرنا- ...", "دوشنبه - خبرگزاری ... -" at a paragraph's start
_AGENCY_DASHES = re.compile(r"\s*[-–—]\s*[\w\u200c ]{2,30}?\s*[-–—]")


def _dateline_place(text: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` opens a paragraph and is followed by a dash, an agency and a
    dash: the dateline's place (the city of Dushanbe), not a weekday."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _AGENCY_DASHES.match(text, end) is not None


# "به دوشنبه می‌رویم", "به دوشنبه سفر کرد": going to the name makes it the city of Dushanbe, not a weekday
_TO_BEFORE = re.compile(r"(?<![\w\u200c])به[ \u200c]+$")
_GOING_AFTER = re.compile(r"[ \u200c]+(?:می[ \u200c]?)?(?:رو(?:یم|ند|د|م)|رفت|سفر|عزیمت|اعزام)")


def _travel_to(text: str, start: int, end: int) -> bool:
    """The name from ``start`` to ``end`` is where someone goes ("به دوشنبه می‌رویم"): a city, not a weekday."""
    return (
        _TO_BEFORE.search(text, max(0, start - 6), start) is not None
        and _GOING_AFTER.match(text, end) is not None
    )


# "روز دوشنبه", "صبح دوشنبه": a word of the day before the name makes it the weekday, even where
# the gazetteer reads the city of Dushanbe in it.
_DAY_WORD_BEFORE = re.compile(r"(?<![\w\u200c])(?:روز|روزهای|شب|صبح|عصر|ظهر|بامداد|امروز|دیروز)[ \u200c]+$")


def _after_day_word(text: str, start: int) -> bool:
    """The weekday name at ``start`` follows a word of the day ("روز", "صبح", "امروز")."""
    return _DAY_WORD_BEFORE.search(text, max(0, start - 12), start) is not None


# "..., the city hall said in a statement today": the day of the statement, not of the event, where
# the sentence names the event's own day ("received the award on Tuesday, the city said today").
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|stated|reported|confirmed)\b[^,;.]{0,30}$",
    re.I,
)


# "... امروز به ایسنا گفت: ...", "امروز در گفت‌وگو با خبرنگار ...": the day the source spoke to the
# reporter, not the day of the event the quote tells of ("در این نشست که دیروز برگزار شد").
_REPORT_AFTER = re.compile(
    r"\s+(?:در\s+گفت[ \u200c]?و[ \u200c]?گو\s+با|به\s+(?:خبرنگار\s+)?[\w\u200c]+\s+گفت"
    r"|(?:گفت|اظهار\s+(?:کرد|داشت)|افزود|تصریح\s+کرد)" + _E + r")"
)


def _told_on(text: str, date_end: int, end: int) -> int | None:
    """The full date ending at ``date_end`` is the day the source spoke ("روز ۲۵ مهر ۱۴۰۴ در گفت‌وگو با
    خبرنگار ... گفت: ... دیروز ..."): the offset of the first relative day told after it, which counts
    from that date, else None."""
    if _REPORT_AFTER.match(text, date_end) is None:
        return None
    m = _RELATIVE.search(text, date_end, end)
    return _OFFSETS[m.lastgroup] if m else None


def _of_the_report(sent: str, start: int, end: int) -> bool:
    """The relative day from ``start`` to ``end`` of ``sent`` dates the report that tells the news."""
    return (
        _REPORT_BEFORE.search(sent, max(0, start - 45), start) is not None
        or _REPORT_AFTER.match(sent, end) is not None
    )


_WEEKDAY_OF_DATE = re.compile(r"[\s,،\-/|]{0,4}")


def _names_a_date(src: Source, end: int) -> bool:
    """The weekday is the day of a full date written right after it ("Tuesday, 5 August 2025",
    "دوشنبه ۲۱ مهر ۱۴۰۴", "شنبه / ۲۶ مهر ۱۴۰۴"): it is that date's (a page's date line), not a day of its own."""
    gap = _WEEKDAY_OF_DATE.match(src.text, end).end()
    return any(d.start == gap for d in src.dates)


_CLAUSE_MARKS = ",،;؛"


def _future(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """The clause around ``start``..``end`` (between commas, within the sentence ``lo``..``hi``)
    speaks of what is to come."""
    a = max([lo - 1, *(text.rfind(c, lo, start) for c in _CLAUSE_MARKS)]) + 1
    b = min([hi, *(i for i in (text.find(c, end, hi) for c in _CLAUSE_MARKS) if i >= 0)])
    return _FUTURE.search(text, a, b) is not None


# "تا ۲۵ اسفند", "تا یکشنبه آینده", "until Sunday": the day a work ends or an event runs to (a
# deadline), not the day of the event; the end of a range of days ("۲۰ تا ۲۳ آبان") is no deadline.
_UNTIL_BEFORE = re.compile(
    r"(?<![\w\u200c])(?<!\d )(?<!\d)(?:تا|until|till|through|no later than)\s+(?:(?:روز|پایان|the end of)\s+)?$",
    re.I,
)


def _until(text: str, start: int) -> bool:
    """The day at ``start`` is what something lasts until ("تا ۲۵ اسفند", "until Sunday")."""
    return _UNTIL_BEFORE.search(text, max(0, start - 24), start) is not None


# "۲۰ تا ۲۳ آبان", "20 و 21 مهر", "10-13 November": the first day is where the event starts.
_RANGE_BEFORE = re.compile(r"(?<![\d/.-])(\d{1,2})(?:\s*(?:تا|و|to|and|through)\s*|[-–])$", re.I)
_LEADING_DAY = re.compile(r"(\d{1,2})(?!\d)")


def _range_start(text: str, start: int, span: str, day: dt.date) -> dt.date:
    """``day`` stated at ``start`` of ``text``, or the first day of a range of days that ends with it."""
    last = _LEADING_DAY.match(span)
    first = _RANGE_BEFORE.search(text, max(0, start - 12), start) if last else None
    if first and int(first.group(1)) < int(last.group(1)):
        return day - dt.timedelta(days=int(last.group(1)) - int(first.group(1)))
    return day


_DATELINE_END = re.compile(r"\s*(?:[(\-–—|/]|$)", re.M)


def _publication_line(text: str, start: int, end: int, dates: list[DateSpan] | None = None) -> bool:
    """The date is where the page states its publication, not the event: after a label, alone on
    its line, on a line of dates only (the day in two or three calendars), stamped with a clock time
    ("Jul 28, 2025, 10:37 AM | News ID ..."), or the dateline at the top ("TEHRAN, Oct. 16 (MNA) –")."""
    if (
        labelled(text, start)
        or alone_on_line(text, start, end)
        or dates_line(text, start, dates or [])
        or with_time(text, end)
    ):
        return True
    return (start < 40 or _after_dateline_place(text, start)) and _DATELINE_END.match(text, end) is not None


_DATELINE_PLACE = re.compile(r"[A-Z][A-Za-z .'-]{1,30}, ?(?:[A-Z][A-Za-z.]{1,15} ?[–—-] ?)?$")


def _after_dateline_place(text: str, start: int) -> bool:
    """The date follows an agency's dateline place at the start of a paragraph: "KAZAN, Oct. 16 (MNA) –",
    "Kazan, KNA – Oct 16, 2025 –"."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 48 and _DATELINE_PLACE.fullmatch(text, line_start, start) is not None


def _weekday(m: re.Match) -> int:
    if m.group(4):
        return _EN_WEEKDAYS.index(m.group(4))
    if m.group(3):
        return 4  # جمعه, Friday
    return _FA_WEEKDAY_PREFIX[m.group(1) or ""]


def _weekday_date(weekday: int, pub: dt.date, future: bool) -> dt.date:
    """The latest ``weekday`` not after ``pub``, or with ``future`` the first not before it."""
    if future:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
