from django import template

from ..permissions import can_read_leads, can_read_report, is_exports_officer

register = template.Library()


@register.inclusion_tag("exports/_nav.html", takes_context=True)
def exports_nav(context, active):
    user = context["request"].user
    return {
        "active": active,
        "show_pipeline": can_read_leads(user),
        "show_report": can_read_report(user),
        "show_settings": is_exports_officer(user),
    }


@register.inclusion_tag("exports/_dashboard_block.html", takes_context=True)
def exports_dashboard(context):
    """The exports officer's first screen: open leads per stage and the next actions that are overdue."""
    from django.db.models import Count, Sum
    from django.utils import timezone

    from ..models import OPEN_STAGES, Lead, Stage
    from ..reminders import overdue_leads

    user = context["request"].user
    if not is_exports_officer(user):
        return {"show": False}
    today = timezone.localdate()
    rows = {r["stage"]: r for r in Lead.objects.filter(stage__in=OPEN_STAGES).values("stage")
            .annotate(n=Count("pk"), total=Sum("value_base")).order_by()}  # fmt: skip
    return {
        "show": True,
        "stages": [
            (Stage(s).label, rows.get(s, {}).get("n", 0), rows.get(s, {}).get("total") or 0)
            for s in OPEN_STAGES
        ],
        "overdue": list(overdue_leads(None, today)[:10]),
        "today": today,
    }


_CURRENCY_LABELS = {}


@register.filter
def money(value, currency=""):
    """A whole amount with grouped thousands and the currency's name, in the reader's digits and words."""
    from django.utils.translation import get_language

    return money_text(value, currency, get_language() or "fa")


def money_text(value, currency, language):
    from citydiplomacy.lib.persian import to_persian_digits

    from ..models import Currency

    if value is None or value == "":
        return "—"
    labels = _CURRENCY_LABELS.get(language)
    if labels is None:
        labels = _CURRENCY_LABELS[language] = {code: str(label) for code, label in Currency.choices}
    text = f"{round(float(value)):,}"
    if language.startswith("fa"):
        text = to_persian_digits(text).replace(",", "٬")
    return f"{text} {labels.get(currency, currency)}".strip()


# what django.utils.html.escape replaces, in one pass over a plain string (Django's checks every argument for
# a lazy string, and html.escape makes five passes)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text):
    return str(text).translate(_ESCAPES)


@register.simple_tag(takes_context=True)
def board_columns(context, columns):
    """The board's columns, each with its head (count, value, weighted value) and its cards, written in Python
    from plain values like the cards."""
    from django.utils.safestring import mark_safe
    from django.utils.translation import get_language
    from django.utils.translation import gettext as _

    from citydiplomacy.core.templatetags.cd import grouped

    language = get_language() or "fa"
    currency = context["currency"]
    weighted = escape(_("weighted"))
    parts = []
    for col in columns:
        stage, count, shown = col["stage"], col["count"], len(col["cards"])
        head = f"{money_text(col['total'], currency, language)}"
        if col["probability"] and col["probability"] < 100:
            head += f" · {weighted} {money_text(col['weighted'], currency, language)}"
        more = ""
        if count > shown:
            text = _("%(n)s of %(total)s shown; filter to narrow.") % {
                "n": grouped(shown),
                "total": grouped(count),
            }
            more = f'<li class="small text-muted">{escape(text)}</li>'
        parts.append(
            f'<section class="board-column card flex-shrink-0" data-stage="{stage}" aria-labelledby="col-{stage}">'
            f'<div class="card-header small"><h2 class="h6 m-0" id="col-{stage}">{escape(col["label"])}</h2>'
            f'<span class="text-muted"><span class="col-count">{grouped(count)}</span> · {head}</span></div>'
            f'<ul class="list-unstyled card-body p-2 m-0 board-cards" data-stage="{stage}">'
            f"{board_cards(context, col['cards'])}{more}</ul></section>"
        )
    return mark_safe("".join(parts))


@register.simple_tag(takes_context=True)
def board_cards(context, cards):
    """The cards of a column, written in Python from plain values (a template per card costs more than the
    rest of the board)."""
    from django.middleware.csrf import get_token
    from django.urls import reverse
    from django.utils.safestring import mark_safe
    from django.utils.translation import get_language
    from django.utils.translation import gettext as _

    from citydiplomacy.lib.jalali import format_gregorian, format_jalali

    from ..models import OPEN_STAGES

    request = context["request"]
    may_edit, today = context["may_edit"], context["today"]
    language = get_language() or "fa"
    suffix = "_en" if language == "en" else "_fa"
    day_text = (
        format_jalali if language.startswith("fa") else format_gregorian
    )  # as the jdate filter writes a day
    memo = context.render_context.setdefault("exports_board", {})
    if not memo:
        options = [(value, escape(str(label))) for value, label in context["stages"]]
        memo["menus"] = {
            stage: "".join(f'<option value="{v}"{" selected" if v == stage else ""}>{label}</option>' for v, label in options)
            for stage, _label in context["stages"]
        }  # fmt: skip
        memo["token"] = escape(get_token(request)) if may_edit else ""
        memo["labels"] = (escape(_("Move")), escape(_("Move to")))
        memo["detail"] = reverse("exports:lead_detail", args=[0]).replace("/0/", "/{}/")
        memo["move"] = reverse("exports:lead_move", args=[0]).replace("/0/", "/{}/")
    move_label, move_to = memo["labels"]
    parts = []
    for c in cards:
        pk = c["pk"]
        overdue = c["stage"] in OPEN_STAGES and c["next_action_due"] and c["next_action_due"] < today
        detail, move = memo["detail"].format(pk), memo["move"].format(pk)
        partner = (c["partner_organization__name" + suffix] or c["partner_organization__name_fa"]
                   or c["partner_city__name" + suffix] or c["partner_city__name_fa"])  # fmt: skip
        country = c["country__name" + suffix] or c["country__name_fa"]
        where = f"{escape(partner)} · {escape(country)}" if partner else escape(country)
        owner = ""
        if c["owner_id"]:
            name = f"{c['owner__first_name']} {c['owner__last_name']}".strip() or c["owner__username"]
            owner = f" · {escape(name)}"
        action = ""
        if c["next_action"]:
            due = f" · {day_text(c['next_action_due'])}" if c["next_action_due"] else ""
            action = (f'<div class="{"text-danger" if overdue else "text-muted"}"><span dir="auto">'
                      f'{escape(c["next_action"])}</span>{due}</div>')  # fmt: skip
        menu = ""
        if may_edit:
            menu = (
                f'<form method="post" action="{move}" class="d-flex gap-1 mt-1">'
                f'<input type="hidden" name="csrfmiddlewaretoken" value="{memo["token"]}">'
                f'<input type="hidden" name="next" value="board"><label class="visually-hidden" for="move-{pk}">'
                f'{move_to}</label><select id="move-{pk}" name="to" class="form-select form-select-sm">'
                f'{memo["menus"][c["stage"]]}</select><button class="btn btn-sm btn-outline-primary">{move_label}</button>'
                "</form>"
            )
        draggable = ' draggable="true"' if may_edit else ""
        parts.append(
            f'<li class="card mb-2 board-card{" border-danger" if overdue else ""}"{draggable} data-lead="{pk}" '
            f'data-move="{move}"><div class="card-body p-2 small"><a href="{detail}" class="fw-bold" dir="auto">'
            f"{escape(c['title'])}</a><div>{where}</div><div>{money_text(c['value'], c['currency'], language)}{owner}</div>"
            f"{action}{menu}</div></li>"
        )
    return mark_safe("".join(parts))


@register.filter
def currency_name(code):
    from ..models import Currency

    return Currency(code).label if code in Currency.values else code
