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


def _qr(canvas, text, x, y, size):
    """Draw `text` as a QR code (segno, pure Python) with its lower-left corner at (x, y)."""
    import segno

    qr = segno.make(text, error="m", micro=False)
    matrix = list(qr.matrix)
    cell = size / len(matrix)
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                canvas.rect(
                    x + col_index * cell, y + size - (row_index + 1) * cell, cell, cell, stroke=0, fill=1
                )


def badges_pdf(event, invitations):
    """A sheet of badges, eight to an A4 page: the guest's name, organization and country, and a QR code
    holding the badge code that check-in reads."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as pdfcanvas

    from citydiplomacy.lib.pdf import draw_string, register_fonts, shape

    font, bold = register_fonts()
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=A4)
    c.setTitle(f"Badges {event.pk}")
    width, height = A4
    cols, rows = 2, 4
    bw, bh = (width - 20 * mm) / cols, (height - 20 * mm) / rows
    invitations = list(invitations)
    for index, inv in enumerate(invitations):
        position = index % (cols * rows)
        if index and position == 0:
            c.showPage()
        col, row = position % cols, position // cols
        x0, y0 = 10 * mm + col * bw, height - 10 * mm - (row + 1) * bh
        c.setLineWidth(0.5)
        c.rect(x0 + 2 * mm, y0 + 2 * mm, bw - 4 * mm, bh - 4 * mm)
        right = x0 + bw - 6 * mm
        # a guest's name may be Russian (Cyrillic), drawn in the fallback font
        draw_string(c, right, y0 + bh - 12 * mm, shape(event.title_fa)[:80], bold, 9, anchor="right")
        draw_string(c, right, y0 + bh - 25 * mm, shape(inv.guest_name), bold, 15, anchor="right")
        detail = " · ".join(str(v) for v in (inv.organization or inv.city or "", inv.country or "") if v)
        draw_string(c, right, y0 + bh - 33 * mm, shape(detail), font, 10, anchor="right")
        draw_string(c, right, y0 + bh - 40 * mm, shape(inv.get_audience_display()), font, 10, anchor="right")
        size = 28 * mm
        _qr(c, inv.badge_code, x0 + 6 * mm, y0 + 8 * mm, size)
        c.setFont(font, 9)
        c.drawString(x0 + 6 * mm, y0 + 5 * mm, inv.badge_code)
    if not invitations:
        c.setFont(font, 12)
        c.drawCentredString(width / 2, height / 2, "—")
    c.save()
    return buffer.getvalue()


def agenda_pdf(party, meetings):
    """A party's B2B agenda, in Persian."""
    with translation.override("fa"):
        doc = Document(str(party))
        doc.heading(_("B2B meetings agenda"), level=1)
        doc.paragraph(str(party))
        rows = []
        for m in meetings:
            start, end = timezone.localtime(m.slot.starts_at), timezone.localtime(m.slot.ends_at)
            when = to_persian_digits(f"{format_jalali(start.date())} {start:%H:%M}–{end:%H:%M}")
            rows.append([when, to_persian_digits(str(m.table)), str(m.request.participant.name_fa),
                         str(m.request.exhibitor)])  # fmt: skip
        doc.table([_("time"), _("table"), _("participant"), _("exhibitor")], rows or [["—"] * 4])
        return doc.build()
