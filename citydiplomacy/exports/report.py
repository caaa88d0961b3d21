"""The exports report: the pipeline weighted by stage, win rate and losses, days per stage, exports delivered.

Values are summed in the report currency (`EXPORTS_REPORT_CURRENCY`): each lead's value is converted at the
rate in force on its `value_on` day (for a won lead, the day its contract was signed) and stored as
`value_base`; the services recompute it whenever the rate table changes. Every figure comes from a fixed
number of grouped queries, whatever the number of leads.
"""

from decimal import Decimal

from django.db.models import Avg, Count, Sum
from django.utils import timezone

from citydiplomacy.lib.jalali import jalali_year_of
from citydiplomacy.partners.models import Country
from citydiplomacy.reports.models import ManagementTerm

from .models import OPEN_STAGES, STAGE_ORDER, Lead, LossReason, Offering, Stage, StageChange, StageProbability
from .services import report_currency


def _money(value):
    return Decimal(value or 0).quantize(Decimal("0.01"))


def _names(model, ids):
    return {o.pk: o for o in model.objects.filter(pk__in=ids)}


def exports_report(start, end, today=None):
    today = today or timezone.localdate()
    probability = StageProbability.table()
    open_leads = Lead.objects.filter(stage__in=OPEN_STAGES)

    by_stage = {
        r["stage"]: r for r in open_leads.values("stage").annotate(n=Count("pk"), total=Sum("value_base"))
    }
    pipeline = []
    for stage in OPEN_STAGES:
        row = by_stage.get(stage, {})
        total = _money(row.get("total"))
        pipeline.append({
            "stage": str(stage), "label": str(Stage(stage).label), "leads": row.get("n", 0), "value": total,
            "probability": probability[stage], "weighted": _money(total * probability[stage] / 100),
        })  # fmt: skip

    country_rows = list(
        open_leads.values("country", "stage").annotate(n=Count("pk"), total=Sum("value_base")).order_by()
    )
    countries = _names(Country, {r["country"] for r in country_rows})
    by_country = {}
    for r in country_rows:
        entry = by_country.setdefault(r["country"], {"leads": 0, "value": Decimal(0), "weighted": Decimal(0)})
        entry["leads"] += r["n"]
        entry["value"] += _money(r["total"])
        entry["weighted"] += _money(r["total"]) * probability[r["stage"]] / 100
    by_country = sorted(
        ({"country": str(countries[k]), "country_id": k, "leads": v["leads"], "value": _money(v["value"]),
          "weighted": _money(v["weighted"])} for k, v in by_country.items()),
        key=lambda r: (-r["weighted"], r["country"]),
    )  # fmt: skip

    offering_rows = list(
        open_leads.values("offerings", "stage").annotate(n=Count("pk"), total=Sum("value_base")).order_by()
    )
    offerings = _names(Offering, {r["offerings"] for r in offering_rows if r["offerings"]})
    by_offering = {}
    for r in offering_rows:
        if not r["offerings"]:
            continue
        entry = by_offering.setdefault(
            r["offerings"], {"leads": 0, "value": Decimal(0), "weighted": Decimal(0)}
        )
        entry["leads"] += r["n"]
        entry["value"] += _money(r["total"])
        entry["weighted"] += _money(r["total"]) * probability[r["stage"]] / 100
    by_offering = sorted(
        ({"offering": str(offerings[k]), "offering_id": k, "leads": v["leads"], "value": _money(v["value"]),
          "weighted": _money(v["weighted"])} for k, v in by_offering.items()),
        key=lambda r: (-r["weighted"], r["offering"]),
    )  # fmt: skip

    # Outcomes in the period: won (by the contract's day) and lost (by the day of the move to lost).
    won = Lead.objects.filter(won_on__range=(start, end)).aggregate(n=Count("pk"), total=Sum("value_base"))
    lost_changes = StageChange.objects.filter(to_stage=Stage.LOST, at__date__range=(start, end))
    lost_count = lost_changes.values("lead").distinct().count()
    reason_rows = list(
        Lead.objects.filter(stage=Stage.LOST, pk__in=lost_changes.values("lead"))
        .values("lost_reason")
        .annotate(n=Count("pk"))
        .order_by("-n")
    )
    reasons = _names(LossReason, {r["lost_reason"] for r in reason_rows if r["lost_reason"]})
    decided = won["n"] + lost_count
    outcomes = {
        "won": won["n"], "won_value": _money(won["total"]), "lost": lost_count,
        "win_rate": round(won["n"] / decided, 4) if decided else None,
        "loss_reasons": [{"reason": str(reasons[r["lost_reason"]]) if r["lost_reason"] else "", "leads": r["n"]}
                         for r in reason_rows],
    }  # fmt: skip

    days = {
        r["from_stage"]: r
        for r in StageChange.objects.filter(at__date__range=(start, end), days_in_previous__isnull=False)
        .exclude(from_stage="")
        .values("from_stage")
        .annotate(avg=Avg("days_in_previous"), n=Count("pk"))
        .order_by()
    }
    days_per_stage = [
        {
            "stage": str(s),
            "label": str(Stage(s).label),
            "moves": days[s]["n"],
            "average_days": round(days[s]["avg"], 1),
        }
        for s in [*STAGE_ORDER, Stage.LOST]
        if s in days
    ]

    # Exports delivered: leads whose delivery started in the period, by Jalali year and by term.
    delivered_days = list(
        Lead.objects.filter(delivered_on__range=(start, end))
        .values("delivered_on")
        .annotate(n=Count("pk"), total=Sum("value_base"))
        .order_by("delivered_on")
    )
    per_year, per_term = {}, {}
    terms = list(ManagementTerm.objects.order_by("start_date"))
    for r in delivered_days:
        year = jalali_year_of(r["delivered_on"])
        entry = per_year.setdefault(year, {"year": year, "contracts": 0, "value": Decimal(0)})
        entry["contracts"] += r["n"]
        entry["value"] += _money(r["total"])
        for term in terms:
            if term.start_date <= r["delivered_on"] <= term.end_date:
                t = per_term.setdefault(term.pk, {"term": str(term), "contracts": 0, "value": Decimal(0)})
                t["contracts"] += r["n"]
                t["value"] += _money(r["total"])
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
