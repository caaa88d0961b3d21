"""The exports report: the pipeline weighted by stage, win rate and losses, days per stage, exports delivered.

Values are summed in the report currency (`EXPORTS_REPORT_CURRENCY`): each lead's value is converted at the
rate in force on its `value_on` day (for a won lead, the day its contract was signed) and stored as
`value_base`; the services recompute it whenever the rate table changes. Every figure is read from the
tallies the services keep (tallies.py): a few small rows, whatever the number of leads.

The pipeline is today's open leads. Outcomes in the period: contracts won (by their signing day), losses
(each move to "lost", by its day), and the win rate won / (won + lost); the days a lead stood in each stage
(moves made in the period); exports delivered (deliveries started in the period), by Jalali year and term.
"""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Sum

from citydiplomacy.lib.jalali import jalali_year_of
from citydiplomacy.partners.models import Country
from citydiplomacy.reports.models import ManagementTerm

from .models import (
    OPEN_STAGES,
    STAGE_ORDER,
    DayTally,
    LossReason,
    Offering,
    PipelineTally,
    Stage,
    StageProbability,
)
from .services import report_currency

CENT = Decimal("0.01")


def _money(value):
    return Decimal(value or 0).quantize(CENT)


def _names(model, ids):
    """Names in the reader's language, read as plain values."""
    from django.utils.translation import get_language

    english = get_language() == "en"
    return {
        pk: (en if english and en else fa)
        for pk, fa, en in model.objects.filter(pk__in=ids).values_list("pk", "name_fa", "name_en")
    }


def _grouped(dimension, probability):
    rows = PipelineTally.objects.filter(dimension=dimension, stage__in=OPEN_STAGES, leads__gt=0)
    grouped = defaultdict(lambda: {"leads": 0, "value": Decimal(0), "weighted": Decimal(0)})
    for key, stage, leads, value in rows.values_list("key", "stage", "leads", "value"):
        entry = grouped[key]
        entry["leads"] += leads
        entry["value"] += _money(value)
        entry["weighted"] += _money(value) * probability[stage] / 100
    return grouped


def exports_report(start, end):
    probability = StageProbability.table()
    by_stage = {
        r["stage"]: r
        for r in PipelineTally.objects.filter(
            dimension=PipelineTally.Dimension.COUNTRY, stage__in=OPEN_STAGES
        )
        .values("stage")
        .annotate(n=Sum("leads"), total=Sum("value"))
        .order_by()
    }
    pipeline = []
    for stage in OPEN_STAGES:
        row = by_stage.get(stage, {})
        total = _money(row.get("total"))
        pipeline.append({
            "stage": str(stage), "label": str(Stage(stage).label), "leads": row.get("n") or 0, "value": total,
            "probability": probability[stage], "weighted": _money(total * probability[stage] / 100),
        })  # fmt: skip

    countries = _grouped(PipelineTally.Dimension.COUNTRY, probability)
    names = _names(Country, countries)
    by_country = sorted(
        ({"country": names.get(k, ""), "country_id": k, "leads": v["leads"], "value": v["value"],
          "weighted": _money(v["weighted"])} for k, v in countries.items()),
        key=lambda r: (-r["weighted"], r["country"]),
    )  # fmt: skip
    offerings = _grouped(PipelineTally.Dimension.OFFERING, probability)
    names = _names(Offering, offerings)
    by_offering = sorted(
        ({"offering": names.get(k, ""), "offering_id": k, "leads": v["leads"], "value": v["value"],
          "weighted": _money(v["weighted"])} for k, v in offerings.items()),
        key=lambda r: (-r["weighted"], r["offering"]),
    )  # fmt: skip

    days = DayTally.objects.filter(day__range=(start, end))
    totals = {
        r["kind"]: r for r in days.values("kind").annotate(n=Sum("count"), amount=Sum("amount")).order_by()
    }
    won, lost = totals.get("won", {}).get("n") or 0, totals.get("lost", {}).get("n") or 0
    reason_rows = list(
        days.filter(kind=DayTally.Kind.LOST)
        .values("reason")
        .annotate(n=Sum("count"))
        .order_by("-n", "reason")
    )
    reasons = _names(LossReason, {r["reason"] for r in reason_rows})
    outcomes = {
        "won": won, "won_value": _money(totals.get("won", {}).get("amount")), "lost": lost,
        "win_rate": round(won / (won + lost), 4) if won + lost else None,
        "loss_reasons": [{"reason": reasons.get(r["reason"], ""), "leads": r["n"]} for r in reason_rows],
    }  # fmt: skip

    moves = {
        r["stage"]: r
        for r in days.filter(kind=DayTally.Kind.MOVE)
        .values("stage")
        .annotate(n=Sum("count"), d=Sum("days"))
        .order_by()
    }
    days_per_stage = [
        {"stage": str(s), "label": str(Stage(s).label), "moves": moves[s]["n"],
         "average_days": round(moves[s]["d"] / moves[s]["n"], 1)}
        for s in [*STAGE_ORDER, Stage.LOST] if moves.get(s, {}).get("n")
    ]  # fmt: skip

    per_year, per_term = {}, {}
    terms = list(ManagementTerm.objects.order_by("start_date"))
    delivered = (
        days.filter(kind=DayTally.Kind.DELIVERED).order_by("day").values_list("day", "count", "amount")
    )
    for day, count, amount in delivered:
        year = jalali_year_of(day)
        entry = per_year.setdefault(year, {"year": year, "contracts": 0, "value": Decimal(0)})
        entry["contracts"] += count
        entry["value"] += _money(amount)
        for term in terms:
            if term.start_date <= day <= term.end_date:
                t = per_term.setdefault(term.pk, {"term": str(term), "contracts": 0, "value": Decimal(0)})
                t["contracts"] += count
                t["value"] += _money(amount)
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "currency": report_currency(),
        "pipeline": pipeline,
        "pipeline_total": _money(sum(r["value"] for r in pipeline)),
        "pipeline_weighted": _money(sum(r["weighted"] for r in pipeline)),
        "by_country": by_country,
        "by_offering": by_offering,
        "outcomes": outcomes,
        "days_per_stage": days_per_stage,
        "delivered_per_year": [per_year[y] for y in sorted(per_year)],
        "delivered_per_term": list(per_term.values()),
    }
