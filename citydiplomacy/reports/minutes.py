"""The minutes (صورتجلسه) of a committee session as a PDF: attendees, each request on the agenda with its
decision and reason, and a block for the attendees' signatures."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import format_gregorian, format_jalali
from citydiplomacy.lib.pdf import Document, number
from citydiplomacy.missions.models import Decision


def _is_fa():
    return (get_language() or "fa").startswith("fa")


def _date(value, fa):
    return format_jalali(value, month_names=True) if fa else format_gregorian(value)


def _name(user):
    return str(user)  # the user's name in the language of the minutes (User.name_en in English)


def _decision(mission, session):
    """The (latest) decision taken in this session, else None: the rows and the counts both read this."""
    decisions = [decision for decision in mission.decisions.all() if decision.session_id == session.pk]
    return decisions[-1] if decisions else None


def minutes_pdf(session):
    """PDF bytes of the session's minutes, in the active language."""
    fa = _is_fa()
    attendees = list(session.attendees.order_by("last_name", "first_name", "username"))
    agenda = list(
        session.agenda.select_related("unit")
        .prefetch_related("countries", "cities", "decisions")
        .order_by("reference")
    )
    doc = Document(_("Minutes of session {number}").format(number=session.number), rtl=fa)
    doc.heading(_("Minutes of the foreign-trips committee"), level=1)
    doc.paragraph(
        _("Session number {number}, held on {date}").format(
            number=number(session.number, rtl=fa), date=_date(session.date, fa)
        )
    )
    doc.paragraph(
        _("Attendees: {names}").format(
            names=("، " if fa else ", ").join(f"{_name(u)} ({u.get_role_display()})" for u in attendees)
            or "—"
        )
    )
    if session.notes:
        doc.paragraph(session.notes)
    doc.heading(_("Agenda and decisions"))
    if not agenda:
        doc.paragraph(_("No request was on the agenda."))
    rows = []
    counts = {kind: 0 for kind in Decision.Kind}
    for index, mission in enumerate(agenda, start=1):
        decision = _decision(mission, session)
        if decision is not None:
            counts[decision.kind] += 1
        places = [c.name for c in mission.countries.all()] + [c.name for c in mission.cities.all()]
        rows.append(
            [
                number(index, rtl=fa),
                f"{mission.reference}\n{mission.title}",
                mission.unit.name,
                ("، " if fa else ", ").join(places),
                _("{start} to {end}").format(
                    start=format_jalali(mission.start_date, persian_digits=fa)
                    if fa
                    else format_gregorian(mission.start_date),
                    end=format_jalali(mission.end_date, persian_digits=fa)
                    if fa
                    else format_gregorian(mission.end_date),
                ),
                decision.get_kind_display() if decision else _("Not decided"),
                (decision.reason if decision else "") or "—",
            ]
        )
    if rows:
        doc.table(
            [_("No."), _("Request"), _("Unit"), _("Destination"), _("Dates"), _("Decision"), _("Reason")],
            rows,
            widths=[0.5, 2.4, 1.6, 1.4, 1.5, 1, 2],
        )
    doc.spacer()
    doc.paragraph(
        _("Approved: {approved}; rejected: {rejected}; sent back: {sent_back}.").format(
            approved=number(counts[Decision.Kind.APPROVED], rtl=fa),
            rejected=number(counts[Decision.Kind.REJECTED], rtl=fa),
            sent_back=number(counts[Decision.Kind.SENT_BACK], rtl=fa),
        )
    )
    doc.heading(_("Signatures"))
    doc.signatures([_name(user) for user in attendees], caption=_("Signature"))
    return doc.build()
