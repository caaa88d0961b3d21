"""The event's printable documents: the programme (Persian, right to left, English beside it)."""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import format_jalali
from citydiplomacy.lib.pdf import Document
from citydiplomacy.lib.persian import to_persian_digits


def _when(session):
    start, end = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    text = f"{format_jalali(start.date())} {start:%H:%M}–{end:%H:%M}"
    return to_persian_digits(text)


def programme_pdf(event, sessions):
    """Always in Persian (the English titles stand beside the Persian ones)."""
    with translation.override("fa"):
        return _programme(event, sessions)


def _programme(event, sessions):
    doc = Document(event.title_fa)
    doc.heading(event.title_fa, level=1)
    if event.title_en:
        doc.paragraph(event.title_en)
    dates = to_persian_digits(
        _("{start} to {end}").format(start=format_jalali(event.start_date), end=format_jalali(event.end_date))
    )
    doc.paragraph(" · ".join(filter(None, [dates, event.venue])))
    doc.heading(_("Programme"))
    rows = []
    for s in sessions:
        people = "، ".join(
            [*(str(c.name_fa) for c in s.chairs.all()), *(str(c.name_fa) for c in s.speakers.all())]
        )
        rows.append([_when(s), s.room or "—", s.title_fa, s.title_en or "", people, s.languages or ""])
    doc.table([_("time"), _("room"), _("title (Persian)"), "Title", _("chairs and speakers"), _("languages")], rows,
              widths=[2.2, 1.2, 3, 3, 3, 1])  # fmt: skip
    return doc.build()
