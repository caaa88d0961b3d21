"""The events report for any Jalali period, year or term (the period parsing is the council report's).

events hosted and attended by kind and audience, guests by country and audience, B2B meetings held and
their outcomes, agreements signed at events, and the sections other apps add: the award's entries by country
and category come from the `awards` app, which registers its section with `register_section` (or, if it
only offers `citydiplomacy.awards.reports.events_report_section(start, end)`, that is used when the app is
installed).
"""

from django.apps import apps
from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from citydiplomacy.reports.periods import Period

from .guests import ACCEPTED, ARRIVED
from .models import Audience, Event, Invitation, Kind, Meeting, MeetingRequest, RequestStatus, Status

_SECTIONS = {}  # key → (title, func(start, end) → {"columns": [...], "rows": [[...]]})


def register_section(key, title, func):
    _SECTIONS[key] = (title, func)


def _extra_sections(start, end):
    sections = dict(_SECTIONS)
    if "awards" not in sections and apps.is_installed("citydiplomacy.awards"):
        try:
            from citydiplomacy.awards.reports import events_report_section  # noqa: PLC0415
        except ImportError:
            pass
        else:
            sections["awards"] = (_("Award entries by country and category"), events_report_section)
    result = []
    for key, (title, func) in sorted(sections.items()):
        table = func(start, end)
        result.append({"key": key, "title": str(title), "columns": [str(c) for c in table["columns"]],
                       "rows": table["rows"]})  # fmt: skip
    return result


def _fa():
    return (get_language() or "fa").startswith("fa")


def events_report(start, end):
    period = Period(start, end)
    events = Event.objects.filter(start_date__gte=start, start_date__lte=end).exclude(status=Status.CANCELLED)
    kinds, audiences = dict(Kind.choices), dict(Audience.choices)
    # aliases unlike the fields' names (an alias `hosted` would shadow the field in its own filter)
    counts = {"n_hosted": Count("id", filter=Q(hosted=True)), "n_attended": Count("id", filter=Q(hosted=False)),
              "n_virtual": Count("id", filter=Q(virtual=True))}  # fmt: skip
    by_kind = [
        {"kind": row["kind"], "label": str(kinds.get(row["kind"], row["kind"])),
         **{k: row[f"n_{k}"] for k in ("hosted", "attended", "virtual")}}
        for row in events.values("kind").annotate(**counts).order_by("kind")
    ]  # fmt: skip
    by_audience = [
        {"audience": row["audiences__audience"], "label": str(audiences[row["audiences__audience"]]),
         **{k: row[f"n_{k}"] for k in ("hosted", "attended", "virtual")}}
        for row in events.filter(audiences__isnull=False).values("audiences__audience").annotate(**counts)
        .order_by("audiences__audience")
    ]  # fmt: skip
    totals = {k.removeprefix("n_"): v for k, v in events.aggregate(n_events=Count("id"), **counts).items()}

    invitations = Invitation.objects.filter(event__in=events)
    guest_counts = {"invited": Count("id"), "accepted": Count("id", filter=Q(status__in=ACCEPTED)),
                    "arrived": Count("id", filter=Q(status__in=ARRIVED))}  # fmt: skip
    name = "country__name_fa" if _fa() else "country__name_en"
    guests_by_country = [
        {"country": row["country__iso2"] or "", "label": row[name] or "—",
         **{k: row[k] for k in guest_counts}}
        for row in invitations.values("country__iso2", name).annotate(**guest_counts).order_by("-invited", name)
    ]  # fmt: skip
    guests_by_audience = [
        {"audience": row["audience"], "label": str(audiences[row["audience"]]), **{k: row[k] for k in guest_counts}}
        for row in invitations.values("audience").annotate(**guest_counts).order_by("audience")
    ]  # fmt: skip
    guests = invitations.aggregate(**guest_counts)

    requests = MeetingRequest.objects.filter(event__in=events).aggregate(
        requests=Count("id"), accepted=Count("id", filter=Q(status=RequestStatus.ACCEPTED))
    )
    meetings = Meeting.objects.filter(slot__event__in=events).aggregate(
        n_scheduled=Count("id"), n_held=Count("id", filter=Q(held=True)),
        n_follow_up=Count("id", filter=Q(held=True, follow_up=True)),
        n_export_lead=Count("id", filter=Q(held=True, export_lead=True)),
        n_possible_agreement=Count("id", filter=Q(held=True, possible_agreement=True)),
    )  # fmt: skip
    meetings = {k.removeprefix("n_"): v for k, v in meetings.items()}

    from citydiplomacy.agreements.models import Agreement

    agreements = [
        {"reference": a.reference, "title": a.title, "event": a.event.title, "signed_on": a.signed_on.isoformat()
         if a.signed_on else None}
        for a in Agreement.objects.filter(event__in=events).select_related("event").order_by("signed_on", "id")
    ]  # fmt: skip
    return {
        "period": period.as_dict(),
        "totals": {**totals, "guests": guests, "agreements": len(agreements)},
        "by_kind": by_kind,
        "by_audience": by_audience,
        "guests_by_country": guests_by_country,
        "guests_by_audience": guests_by_audience,
        "b2b": {**requests, **meetings},
        "agreements": agreements,
        "extra": _extra_sections(start, end),
    }


# Tables: the page, the PDF and the Excel workbook show the same ones.


def tables(report):
    """[(title, headers, rows)] in the active language."""
    b2b = report["b2b"]
    result = [
        (_("Events by kind"), [_("kind"), _("Hosted"), _("Attended"), _("virtual")],
         [[r["label"], r["hosted"], r["attended"], r["virtual"]] for r in report["by_kind"]]),
        (_("Events by audience"), [_("audience"), _("Hosted"), _("Attended"), _("virtual")],
         [[r["label"], r["hosted"], r["attended"], r["virtual"]] for r in report["by_audience"]]),
        (_("Guests by country"), [_("country"), _("Invited"), _("Accepted"), _("Arrived")],
         [[r["label"], r["invited"], r["accepted"], r["arrived"]] for r in report["guests_by_country"]]),
        (_("Guests by audience"), [_("audience"), _("Invited"), _("Accepted"), _("Arrived")],
         [[r["label"], r["invited"], r["accepted"], r["arrived"]] for r in report["guests_by_audience"]]),
        (_("B2B meetings"), [_("figure"), _("number")], [
            [_("meeting requests"), b2b["requests"]], [_("Accepted"), b2b["accepted"]],
            [_("scheduled"), b2b["scheduled"]], [_("held"), b2b["held"]], [_("follow-up wanted"), b2b["follow_up"]],
            [_("a lead for the city's service exports"), b2b["export_lead"]],
            [_("a possible agreement"), b2b["possible_agreement"]],
        ]),
        (_("Agreements signed at events"), [_("reference"), _("title"), _("event"), _("signed on")],
         [[a["reference"], a["title"], a["event"], a["signed_on"] or ""] for a in report["agreements"]]),
    ]  # fmt: skip
    for section in report["extra"]:
        result.append((section["title"], section["columns"], section["rows"]))
    return result


def report_pdf(report):
    from citydiplomacy.lib.pdf import Document, number

    fa = _fa()
    doc = Document(_("Events report"), rtl=fa)
    doc.heading(_("Events report"), level=1)
    doc.paragraph(_period_text(report))
    if report["by_kind"]:
        doc.bar_chart(_("Events by kind"), [r["label"] for r in report["by_kind"]],
                      [r["hosted"] + r["attended"] for r in report["by_kind"]], horizontal=True)  # fmt: skip
    for title, headers, rows in tables(report):
        doc.heading(title)
        shown = [[number(c, rtl=fa) if isinstance(c, int) else c for c in row] for row in rows] or [
            ["—"] * len(headers)
        ]
        doc.table([str(h) for h in headers], shown)
    return doc.build()


def report_xlsx(report):
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for index, (title, headers, rows) in enumerate(tables(report)):
        sheet = workbook.create_sheet(f"{index + 1}. {str(title)[:26]}")
        sheet.sheet_view.rightToLeft = _fa()
        sheet.append([str(h) for h in headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([c if isinstance(c, (int, float)) else str(c) for c in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _period_text(report):
    import datetime as dt

    from citydiplomacy.lib.jalali import format_jalali
    from citydiplomacy.lib.persian import to_persian_digits

    period = report["period"]
    if _fa():
        start = format_jalali(dt.date.fromisoformat(period["from"]))
        end = format_jalali(dt.date.fromisoformat(period["to"]))
        return to_persian_digits(_("{start} to {end}").format(start=start, end=end))
    return _("{start} to {end}").format(start=period["from"], end=period["to"])


def filename(report, extension):
    return f"events-report-{report['period']['from_jalali']}-{report['period']['to_jalali']}.{extension}"
