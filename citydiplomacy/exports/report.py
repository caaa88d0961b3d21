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

from citydiplomacy.core.sql import quoted
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


def _rows(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _slots(values):
    return ", ".join(["%s"] * len(values))


def _day(value):
    return connection.ops.adapt_datefield_value(value)


def _names(model, ids):
    """Names in the reader's language, by primary key."""
    from django.utils.translation import get_language

    ids = sorted(ids)
    if not ids:
        return {}
    english = get_language() == "en"
    sql = (
        f"SELECT {quoted(model, 'id')}, {quoted(model, 'name_fa')}, {quoted(model, 'name_en')} "
        f"FROM {quoted(model)} WHERE {quoted(model, 'id')} IN ({_slots(ids)})"
    )
    return {pk: (en if english and en else fa) for pk, fa, en in _rows(sql, ids)}


def _pipeline(probability):
    """Open leads, value and weighted value per country and per offering, and leads and value per stage."""
    t = PipelineTally
    sql = (
        f"SELECT {quoted(t, 'dimension')}, {quoted(t, 'key')}, {quoted(t, 'stage')}, {quoted(t, 'leads')}, "
        f"{quoted(t, 'value')} FROM {quoted(t)} "
        f"WHERE {quoted(t, 'stage')} IN ({_slots(OPEN_STAGES)}) AND {quoted(t, 'leads')} > 0"
    )
    grouped = {
        dimension: defaultdict(lambda: {"leads": 0, "value": Decimal(0), "weighted": Decimal(0)})
        for dimension in t.Dimension.values
    }
    stages = defaultdict(lambda: {"leads": 0, "value": Decimal(0)})
    for dimension, key, stage, leads, value in _rows(sql, [str(s) for s in OPEN_STAGES]):
        value = _money(value)
        entry = grouped[dimension][key]
        entry["leads"] += leads
        entry["value"] += value
        entry["weighted"] += value * probability[stage] / 100
        if dimension == t.Dimension.COUNTRY:  # every lead has a country: the country rows are the pipeline
            stages[stage]["leads"] += leads
            stages[stage]["value"] += value
    return stages, grouped[t.Dimension.COUNTRY], grouped[t.Dimension.OFFERING]


def _period_days(start, end):
    """The period's day tallies summed by kind, stage and reason: a few rows whatever the period."""
    d = DayTally
    sql = (
        f"SELECT {quoted(d, 'kind')}, {quoted(d, 'stage')}, {quoted(d, 'reason')}, SUM({quoted(d, 'count')}), "
        f"SUM({quoted(d, 'amount')}), SUM({quoted(d, 'days')}) FROM {quoted(d)} "
        f"WHERE {quoted(d, 'day')} BETWEEN %s AND %s "
        f"GROUP BY {quoted(d, 'kind')}, {quoted(d, 'stage')}, {quoted(d, 'reason')}"
    )
    return _rows(sql, [_day(start), _day(end)])


def _delivered(start, end, terms):
    """Exports delivered in the period per Jalali year and per city-management term, summed by the database in
    one statement (a pair of sums for each year and term that meets the period), whatever the number of days."""
    d = DayTally
    years = range(jalali_year_of(start), jalali_year_of(end) + 1)
    buckets = [("year", year, *jalali_year_bounds(year)) for year in years]
    buckets += [("term", term, term.start_date, term.end_date) for term in terms
                if term.start_date <= end and term.end_date >= start]  # fmt: skip
    sums, params = [], []
    for _kind, _what, first, last in buckets:
        for column in ("count", "amount"):
            sums.append(
                f"SUM(CASE WHEN {quoted(d, 'day')} BETWEEN %s AND %s THEN {quoted(d, column)} ELSE 0 END)"
            )
            params += [_day(first), _day(last)]
    sql = (
        f"SELECT {', '.join(sums)} FROM {quoted(d)} "
        f"WHERE {quoted(d, 'kind')} = %s AND {quoted(d, 'day')} BETWEEN %s AND %s"
    )
    row = _rows(sql, [*params, str(d.Kind.DELIVERED), _day(start), _day(end)])[0]
    per_year, per_term = [], []
    for i, (kind, what, _first, _last) in enumerate(buckets):
        contracts = row[2 * i] or 0
        if not contracts:
            continue
        entry = {"contracts": contracts, "value": _money(row[2 * i + 1])}
        if kind == "year":
            per_year.append({"year": what, **entry})
        else:
            per_term.append({"term": str(what), **entry})
    return per_year, per_term


def exports_report(start, end, terms=None):
    """The report for the days start..end; `terms`: the city-management terms in order, when the caller has
    read them already."""
    probability = StageProbability.table()
    stages, countries, offerings = _pipeline(probability)
    pipeline = []
    for stage in OPEN_STAGES:
        total = stages[stage]["value"]
        pipeline.append({
            "stage": str(stage), "label": str(Stage(stage).label), "leads": stages[stage]["leads"],
            "value": total, "probability": probability[stage],
            "weighted": _money(total * probability[stage] / 100),
        })  # fmt: skip

    names = _names(Country, countries)
    by_country = sorted(
        ({"country": names.get(k, ""), "country_id": k, "leads": v["leads"], "value": v["value"],
          "weighted": _money(v["weighted"])} for k, v in countries.items()),
        key=lambda r: (-r["weighted"], r["country"]),
    )  # fmt: skip
    names = _names(Offering, offerings)
    by_offering = sorted(
        ({"offering": names.get(k, ""), "offering_id": k, "leads": v["leads"], "value": v["value"],
          "weighted": _money(v["weighted"])} for k, v in offerings.items()),
        key=lambda r: (-r["weighted"], r["offering"]),
    )  # fmt: skip

    totals, losses = defaultdict(lambda: {"n": 0, "amount": Decimal(0)}), defaultdict(int)
    moves = defaultdict(lambda: {"n": 0, "d": 0.0})
    for kind, stage, reason, n, amount, spent in _period_days(start, end):
        totals[kind]["n"] += n
        totals[kind]["amount"] += _money(amount)
        if kind == DayTally.Kind.LOST:
            losses[reason] += n
        elif kind == DayTally.Kind.MOVE:
            moves[stage]["n"] += n
            moves[stage]["d"] += spent
    won, lost = totals["won"]["n"], totals["lost"]["n"]
    reasons = _names(LossReason, losses)
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

    terms = list(ManagementTerm.objects.order_by("start_date")) if terms is None else terms
    per_year, per_term = _delivered(start, end, terms)
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
