"""Brochures and the catalogue as PDF (from the office's templates), the leads and the report as Excel."""

import io

from django.utils import translation
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import format_jalali
from citydiplomacy.lib.pdf import Document, number
from citydiplomacy.partners.exporters import xlsx_response

from .models import BrochureTemplate, Stage
from .services import template_fields

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# The office edits these in the app; they are the texts a fresh installation starts from.
DEFAULT_TEMPLATES = {
    "fa": (
        "{name}",
        "{description}\n\nنوع: {kind}\nواحد مالک: {unit}\nدر شهر {city} در حال بهره‌برداری از: {in_use_since}\n"
        "شمار کاربران یا شهروندان: {users_served}\nشیوه‌های واگذاری: {delivery_models}\nبازه قیمت: {price_range}\n"
        "زبان‌ها: {languages}\nشهرهایی که آن را به کار می‌برند: {references}\nتماس: {contact}",
    ),
    "en": (
        "{name}",
        "{description}\n\nKind: {kind}\nOwning unit: {unit}\nIn use in {city} since: {in_use_since}\n"
        "Users or citizens served: {users_served}\nDelivery models: {delivery_models}\nPrice range: {price_range}\n"
        "Languages: {languages}\nCities already using it: {references}\nContact: {contact}",
    ),
}


def brochure_template(language):
    obj = BrochureTemplate.objects.filter(language=language).first()
    if obj:
        return obj.heading, obj.body
    return DEFAULT_TEMPLATES[language]


def _date(day, fa):
    if not day:
        return "—"
    return format_jalali(day) if fa else day.isoformat()


def brochure_fields(offering, language):
    """The values of every placeholder, in `language` (Persian digits and Jalali dates in Persian)."""
    from django.conf import settings

    fa = language == "fa"
    with translation.override(language):
        if offering.price_min is not None or offering.price_max is not None:
            low = number(int(offering.price_min), rtl=fa) if offering.price_min is not None else "…"
            high = number(int(offering.price_max), rtl=fa) if offering.price_max is not None else "…"
            price = (
                f"{low} – {high} {offering.currency}"
                if not fa
                else f"{low} تا {high} {offering.get_currency_display()}"
            )
        else:
            price = _("on request")
        separator = "، " if fa else ", "
        return {
            "name": offering.name_fa if fa else offering.name_en,
            "name_ar": offering.name_ar,
            "name_ru": offering.name_ru,
            "description": (offering.description_fa if fa else offering.description_en) or "",
            "kind": str(offering.get_kind_display()),
            "unit": (offering.unit.name_fa if fa else (offering.unit.name_en or offering.unit.name_fa)),
            "contact": str(offering.contact) if offering.contact else "—",
            "in_use_since": _date(offering.in_use_since, fa),
            "users_served": number(offering.users_served, rtl=fa) if offering.users_served else "—",
            "references": separator.join(
                (c.name_fa if fa else c.name_en) for c in offering.reference_cities.all()
            )
            or "—",
            "delivery_models": separator.join(offering.delivery_model_labels()) or "—",
            "price_range": price,
            "languages": offering.languages or "—",
            "city": settings.CITY_NAME_FA if fa else settings.CITY_NAME_EN,
        }


def render_template_text(text, values):
    template_fields(text)  # a template edited outside the app is checked again
    return text.format_map(values)


def _offering_section(doc, offering, language, first):
    heading, body = brochure_template(language)
    values = brochure_fields(offering, language)
    doc.heading(render_template_text(heading, values), level=1 if first else 2)
    if language == "fa" and offering.name_en:
        doc.paragraph(offering.name_en)
    for other_name in (offering.name_ar, offering.name_ru):  # as the offering's page lists them
        if other_name:
            doc.paragraph(other_name)
    for line in render_template_text(body, values).split("\n"):
        doc.paragraph(line) if line.strip() else doc.spacer()


def brochure_pdf(offering, language):
    with translation.override(language):
        doc = Document(offering.name_fa if language == "fa" else offering.name_en, rtl=language == "fa")
        _offering_section(doc, offering, language, True)
        return doc.build()


def catalogue_pdf(offerings, language):
    from django.conf import settings

    fa = language == "fa"
    with translation.override(language):
        city = settings.CITY_NAME_FA if fa else settings.CITY_NAME_EN
        doc = Document(_("Services of {city} for partner cities").format(city=city), rtl=fa)
        doc.heading(_("Services of {city} for partner cities").format(city=city), level=1)
        for offering in offerings:
            doc.spacer()
            _offering_section(doc, offering, language, False)
        return doc.build()


def lead_columns():
    return [
        (_("title"), lambda o: o.title),
        (_("partner"), lambda o: str(o.partner)),
        (_("country"), lambda o: str(o.country)),
        (_("stage"), lambda o: str(Stage(o.stage).label)),
        (_("source"), lambda o: o.get_source_display()),
        (_("estimated value"), lambda o: float(o.value)),
        (_("currency"), lambda o: o.currency),
        (_("value in the report currency"), lambda o: float(o.value_base)),
        (_("owner"), lambda o: str(o.owner) if o.owner else ""),
        (_("next action"), lambda o: o.next_action),
        (_("next action due on"), lambda o: o.next_action_due),
        (_("created at"), lambda o: o.created_at),
    ]


def leads_xlsx(leads):
    return xlsx_response("export-leads.xlsx", lead_columns(), leads, _("Leads"))


def _report_tables(report):
    c = report["currency"]
    o = report["outcomes"]
    return [
        (_("Pipeline by stage"), [_("stage"), _("leads"), _("value ({currency})").format(currency=c),
                                  _("probability (%)"), _("weighted value ({currency})").format(currency=c)],
         [[r["label"], r["leads"], r["value"], r["probability"], r["weighted"]] for r in report["pipeline"]]),
        (_("Pipeline by country"), [_("country"), _("leads"), _("value ({currency})").format(currency=c),
                                    _("weighted value ({currency})").format(currency=c)],
         [[r["country"], r["leads"], r["value"], r["weighted"]] for r in report["by_country"]]),
        (_("Pipeline by offering"), [_("offering"), _("leads"), _("value ({currency})").format(currency=c),
                                     _("weighted value ({currency})").format(currency=c)],
         [[r["offering"], r["leads"], r["value"], r["weighted"]] for r in report["by_offering"]]),
        (_("Won and lost in the period"), [_("won"), _("lost"), _("win rate (%)"),
                                           _("value won ({currency})").format(currency=c)],
         [[o["won"], o["lost"], round(o["win_rate"] * 100, 1) if o["win_rate"] is not None else None, o["won_value"]]]),
        (_("Reasons for losses"), [_("reason"), _("leads")], [[r["reason"], r["leads"]] for r in o["loss_reasons"]]),
        (_("Average days per stage"), [_("stage"), _("moves"), _("average days")],
         [[r["label"], r["moves"], r["average_days"]] for r in report["days_per_stage"]]),
        (_("Exports delivered per year"), [_("year"), _("contracts"), _("value ({currency})").format(currency=c)],
         [[r["year"], r["contracts"], r["value"]] for r in report["delivered_per_year"]]),
        (_("Exports delivered per term"), [_("term"), _("contracts"), _("value ({currency})").format(currency=c)],
         [[r["term"], r["contracts"], r["value"]] for r in report["delivered_per_term"]]),
    ]  # fmt: skip


def period_text(report, fa):
    from citydiplomacy.lib.jalali import parse_date

    start, end = parse_date(report["period"]["from"]), parse_date(report["period"]["to"])
    return _("from {start} to {end}").format(start=_date(start, fa), end=_date(end, fa))


def report_pdf(report, language):
    fa = language == "fa"
    with translation.override(language):
        doc = Document(_("Exports report"), rtl=fa)
        doc.heading(_("Exports report"), level=1)
        doc.paragraph(period_text(report, fa))
        for title, headers, rows in _report_tables(report):
            doc.heading(title)
            shown = [[number(v, rtl=fa) if isinstance(v, (int, float)) or hasattr(v, "quantize") else (v or "—")
                      for v in row] for row in rows] or [["—"] * len(headers)]  # fmt: skip
            doc.table(headers, shown)
        doc.bar_chart(_("Weighted pipeline by stage"), [r["label"] for r in report["pipeline"]],
                      [float(r["weighted"]) for r in report["pipeline"]])  # fmt: skip
        return doc.build()


def report_xlsx(report, language):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    fa = language == "fa"
    with translation.override(language):
        workbook = Workbook()
        workbook.remove(workbook.active)
        for title, headers, rows in _report_tables(report):
            sheet = workbook.create_sheet(str(title)[:31])
            sheet.sheet_view.rightToLeft = fa
            sheet.append([str(_("Exports report")), period_text(report, fa)])
            sheet.append([str(h) for h in headers])
            for cell in sheet[2]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append([float(v) if hasattr(v, "quantize") else v for v in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
