"""The exports report: the pipeline weighted by stage, win rate and losses, days per stage, exports delivered.

Values are summed in the report currency (`EXPORTS_REPORT_CURRENCY`): each lead's value is converted at the
rate in force on its `value_on` day (for a won lead, the day its contract was signed) and stored as
`value_base`; the services recompute it whenever the rate table changes. Every figure is read from the
tallies the services keep (tallies.py): a few small rows, whatever the number of leads.

The pipeline is today's open leads. Outcomes in the period: contracts won (by their signing day), losses
(each move to "lost", by its day), and the win rate won / (won + lost); the days a lead stood in each stage
(moves made in the period); exports delivered (deliveries started in the period), by Jalali year and term.

The tallies are read by four short hand-written statements (the pipeline, the period's days, the deliveries
per year and term, the names), each a handful of rows: building them with the ORM cost more than running them.
"""

from collections import defaultdict
from decimal import Decimal

from django.db import connection
from django.utils.translation import get_language

from citydiplomacy.core.sql import fetch, quoted, slots
from citydiplomacy.lib.jalali import jalali_year_bounds, jalali_year_of
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
    """An amount in cents; a sum as the database returns it (a float on SQLite) is read by its decimal text."""
    if value is None:
        return Decimal(0).quantize(CENT)
    return (value if isinstance(value, Decimal) else Decimal(str(value))).quantize(CENT)


def _day(value):
    return connection.ops.adapt_datefield_value(value)


def _name(fa, en, english):
    return (en if english and en else fa) or ""


def _pipeline():
    """The probabilities per stage, and the open leads, value and weighted value per country and per offering
    with their names, and the leads and value per stage: one statement."""
    t, p, c, o = PipelineTally, StageProbability, Country, Offering
    sql = (
        f"SELECT 'probability', NULL, {quoted(p, 'stage')}, {quoted(p, 'probability')}, NULL, NULL, NULL "
        f"FROM {quoted(p)} UNION ALL "
        f"SELECT t.{quoted(t, 'dimension')}, t.{quoted(t, 'key')}, t.{quoted(t, 'stage')}, t.{quoted(t, 'leads')}, "
        f"t.{quoted(t, 'value')}, COALESCE(c.{quoted(c, 'name_fa')}, o.{quoted(o, 'name_fa')}), "
        f"COALESCE(c.{quoted(c, 'name_en')}, o.{quoted(o, 'name_en')}) FROM {quoted(t)} t "
        f"LEFT JOIN {quoted(c)} c ON t.{quoted(t, 'dimension')} = %s AND c.{quoted(c, 'id')} = t.{quoted(t, 'key')} "
        f"LEFT JOIN {quoted(o)} o ON t.{quoted(t, 'dimension')} = %s AND o.{quoted(o, 'id')} = t.{quoted(t, 'key')} "
        f"WHERE t.{quoted(t, 'stage')} IN ({slots(OPEN_STAGES)}) AND t.{quoted(t, 'leads')} > 0"
    )
    params = [str(t.Dimension.COUNTRY), str(t.Dimension.OFFERING), *[str(s) for s in OPEN_STAGES]]
    rows = fetch(sql, params)
    probability = StageProbability.with_defaults(
        (stage, value) for kind, _key, stage, value, *_rest in rows if kind == "probability"
    )
    english = get_language() == "en"
    grouped = {
        dimension: defaultdict(lambda: {"name": "", "leads": 0, "value": Decimal(0), "weighted": Decimal(0)})
        for dimension in t.Dimension.values
    }
    stages = defaultdict(lambda: {"leads": 0, "value": Decimal(0)})
    for dimension, key, stage, leads, value, name_fa, name_en in rows:
        if dimension == "probability":
            continue
        value = _money(value)
        entry = grouped[dimension][key]
        entry["name"] = _name(name_fa, name_en, english)
        entry["leads"] += leads
        entry["value"] += value
        entry["weighted"] += value * probability[stage] / 100
        if dimension == t.Dimension.COUNTRY:  # every lead has a country: the country rows are the pipeline
            stages[stage]["leads"] += leads
            stages[stage]["value"] += value
    return probability, stages, grouped[t.Dimension.COUNTRY], grouped[t.Dimension.OFFERING]


def _buckets(start, end, terms):
    """The Jalali years and the city-management terms that meet the period, each with its first and last day."""
    years = range(jalali_year_of(start), jalali_year_of(end) + 1)
    buckets = [("year", year, *jalali_year_bounds(year)) for year in years]
    buckets += [("term", term, term.start_date, term.end_date) for term in terms
                if term.start_date <= end and term.end_date >= start]  # fmt: skip
    return buckets


def _period_days(start, end, buckets):
    """The period's day tallies summed by kind, stage and reason, with the loss reason's name and, for the
    deliveries, a count and a value for each bucket (year or term): a few rows whatever the period."""
    d, r = DayTally, LossReason
    day = f"d.{quoted(d, 'day')}"
    sums, params = [], []
    for _kind, _what, first, last in buckets:
        for column in ("count", "amount"):
            sums.append(
                f", SUM(CASE WHEN d.{quoted(d, 'kind')} = %s AND {day} BETWEEN %s AND %s "
                f"THEN d.{quoted(d, column)} ELSE 0 END)"
            )
            params += [str(d.Kind.DELIVERED), _day(first), _day(last)]
    group = f"d.{quoted(d, 'kind')}, d.{quoted(d, 'stage')}, d.{quoted(d, 'reason')}"
    sql = (
        f"SELECT {group}, r.{quoted(r, 'name_fa')}, r.{quoted(r, 'name_en')}, SUM(d.{quoted(d, 'count')}), "
        f"SUM(d.{quoted(d, 'amount')}), SUM(d.{quoted(d, 'days')}){''.join(sums)} FROM {quoted(d)} d "
        f"LEFT JOIN {quoted(r)} r ON r.{quoted(r, 'id')} = d.{quoted(d, 'reason')} "
        f"WHERE {day} BETWEEN %s AND %s "
        f"GROUP BY {group}, r.{quoted(r, 'name_fa')}, r.{quoted(r, 'name_en')}"
    )
    return fetch(sql, [*params, _day(start), _day(end)])


def _delivered(rows, buckets):
    """Exports delivered per Jalali year and per term, from the buckets' sums of the period's rows."""
    per_year, per_term = [], []
    for i, (kind, what, _first, _last) in enumerate(buckets):
        contracts = sum(row[8 + 2 * i] or 0 for row in rows)
        if not contracts:
            continue
        entry = {"contracts": contracts, "value": _money(sum(_money(row[9 + 2 * i]) for row in rows))}
        if kind == "year":
            per_year.append({"year": what, **entry})
        else:
            per_term.append({"term": str(what), **entry})
    return per_year, per_term


def exports_report(start, end, terms=None):
    """The report for the days start..end; `terms`: the city-management terms in order, when the caller has
    read them already."""
    probability, stages, countries, offerings = _pipeline()
    pipeline = []
    for stage in OPEN_STAGES:
        total = stages[stage]["value"]
        pipeline.append({
            "stage": str(stage), "label": str(Stage(stage).label), "leads": stages[stage]["leads"],
            "value": total, "probability": probability[stage],
            "weighted": _money(total * probability[stage] / 100),
        })  # fmt: skip

    by_country = sorted(
        ({"country": v["name"], "country_id": k, "leads": v["leads"], "value": v["value"],
          "weighted": _money(v["weighted"])} for k, v in countries.items()),
        key=lambda r: (-r["weighted"], r["country"]),
    )  # fmt: skip
    by_offering = sorted(
        ({"offering": v["name"], "offering_id": k, "leads": v["leads"], "value": v["value"],
          "weighted": _money(v["weighted"])} for k, v in offerings.items()),
        key=lambda r: (-r["weighted"], r["offering"]),
    )  # fmt: skip

    english = get_language() == "en"
    terms = list(ManagementTerm.objects.order_by("start_date")) if terms is None else terms
    buckets = _buckets(start, end, terms)
    rows = _period_days(start, end, buckets)
    totals, losses = defaultdict(lambda: {"n": 0, "amount": Decimal(0)}), defaultdict(int)
    moves, reasons = defaultdict(lambda: {"n": 0, "d": 0.0}), {}
    for kind, stage, reason, name_fa, name_en, n, amount, spent, *_buckets_sums in rows:
        totals[kind]["n"] += n
        totals[kind]["amount"] += _money(amount)
        if kind == DayTally.Kind.LOST:
            losses[reason] += n
            reasons[reason] = _name(name_fa, name_en, english)
        elif kind == DayTally.Kind.MOVE:
            moves[stage]["n"] += n
            moves[stage]["d"] += spent
    won, lost = totals["won"]["n"], totals["lost"]["n"]
    outcomes = {
        "won": won, "won_value": _money(totals["won"]["amount"]), "lost": lost,
        "win_rate": round(won / (won + lost), 4) if won + lost else None,
        "loss_reasons": [{"reason": reasons.get(r, ""), "leads": n}
                         for r, n in sorted(losses.items(), key=lambda item: (-item[1], item[0]))],
    }  # fmt: skip
    days_per_stage = [
        {"stage": str(s), "label": str(Stage(s).label), "moves": moves[s]["n"],
         "average_days": round(moves[s]["d"] / moves[s]["n"], 1)}
        for s in [*STAGE_ORDER, Stage.LOST] if s in moves and moves[s]["n"]
    ]  # fmt: skip

    per_year, per_term = _delivered(rows, buckets)
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
        "delivered_per_year": per_year,
        "delivered_per_term": per_term,
    }
