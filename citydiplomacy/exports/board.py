"""The pipeline board: per stage its count, its value and its most recent cards, in a fixed number of queries."""

import uuid

from django.db import connections
from django.db.models import Count, Sum
from django.db.models.expressions import RawSQL

from citydiplomacy.core.sql import fetch, quoted

from .models import STAGE_ORDER, Lead, PipelineTally, Stage, StageProbability

COLUMNS = [*STAGE_ORDER[:4], Stage.WON, Stage.LOST, Stage.DELIVERY, Stage.AFTER_SALES]
CARDS_PER_COLUMN = 12
CARD_FIELDS = (
    "pk", "title", "stage", "stage_since", "value", "currency", "next_action", "next_action_due", "owner_id", "owner__first_name",
    "owner__last_name", "owner__username", "country__name_fa", "country__name_en", "partner_city__name_fa",
    "partner_city__name_en", "partner_organization__name_fa", "partner_organization__name_en",
)  # fmt: skip


def _totals(leads, filters):
    """Leads and value per stage, and the probability of each stage. From the tallies when the board is whole
    or filtered by one country or one offering (one short hand-written statement, the probabilities read with
    it), else counted on the filtered leads."""
    used = {name: value for name, value in (filters or {}).items() if value not in (None, "")}
    if not used or set(used) in ({"country"}, {"offering"}):
        t, p = PipelineTally, StageProbability
        dimension = t.Dimension.OFFERING if used.get("offering") else t.Dimension.COUNTRY
        where, params = f"{quoted(t, 'dimension')} = %s", [str(dimension)]
        if used:
            where += f" AND {quoted(t, 'key')} = %s"
            params.append(next(iter(used.values())).pk)
        sql = (
            f"SELECT 'probability', {quoted(p, 'stage')}, {quoted(p, 'probability')}, NULL FROM {quoted(p)} "
            f"UNION ALL SELECT 'tally', {quoted(t, 'stage')}, SUM({quoted(t, 'leads')}), SUM({quoted(t, 'value')}) "
            f"FROM {quoted(t)} WHERE {where} GROUP BY {quoted(t, 'stage')}"
        )
        rows = fetch(sql, params, leads.db)
        probability = StageProbability.with_defaults(
            (stage, n) for kind, stage, n, _total in rows if kind == "probability"
        )
        totals = {stage: {"n": n, "total": total} for kind, stage, n, total in rows if kind == "tally"}
        return totals, probability
    counted = leads.order_by().values("stage").annotate(n=Count("pk"), total=Sum("value_base"))
    return {row["stage"]: row for row in counted}, StageProbability.table()


def board(leads, per_column=CARDS_PER_COLUMN, filters=None):
    """`leads` is a filtered queryset and `filters` the filter form's cleaned data; returns the columns in
    pipeline order (lost after won)."""
    totals, probability = _totals(leads, filters)
    cards = _cards(leads, per_column)
    columns = []
    for stage in COLUMNS:
        row = totals.get(stage, {})
        total = row.get("total") or 0
        columns.append({
            "stage": stage, "label": Stage(stage).label, "count": row.get("n", 0), "total": total,
            "weighted": total * probability[stage] / 100, "probability": probability[stage],
            "cards": cards.get(stage, []),
        })  # fmt: skip
    return columns


def _cards(leads, per_column):
    """The most recently moved cards of every column, in one statement.

    Each column is a short index range scan on (stage, stage_since) (a window over all the leads would sort
    them all). The column's scan is compiled once with a marker for its stage; its eight copies, each with its
    own stage, pick the cards' ids in one UNION ALL, and the names (partner, country, owner) are joined once
    to those ids: joining them inside each copy made PostgreSQL plan eight joins. Cards are plain values.
    """
    marker = f"stage-{uuid.uuid4().hex}"  # no value typed in a filter can equal it
    picks = leads.filter(stage=marker).order_by("-stage_since", "-pk").values("pk")[:per_column]
    sql, params = picks.query.sql_with_params()
    slots = [i for i, p in enumerate(params) if p == marker]
    if len(slots) == 1:
        union, all_params = [], []
        for n, stage in enumerate(COLUMNS):
            union.append(f"SELECT * FROM ({sql}) AS column{n}")
            column_params = list(params)
            column_params[slots[0]] = stage
            all_params += column_params
        rows = _card_rows(leads.db, " UNION ALL ".join(union), all_params)
    else:  # the filters changed the statement's shape: a subquery per column, as plain Django
        chosen = Lead.objects.none()
        for stage in COLUMNS:
            chosen |= Lead.objects.filter(
                pk__in=leads.filter(stage=stage).order_by("-stage_since", "-pk").values("pk")[:per_column]
            )
        rows = chosen.order_by().values_list(*CARD_FIELDS)
    cards = {stage: [] for stage in COLUMNS}
    for row in rows:
        card = dict(zip(CARD_FIELDS, row, strict=True))
        cards[card["stage"]].append(card)
    for column in cards.values():  # the column's order: the newest move first, the newest lead on a tie
        column.sort(key=lambda card: (card["stage_since"], card["pk"]), reverse=True)
    return cards


_CARD_STATEMENTS = {}  # connection → (the cards' statement with a slot for their ids, its compiler, converters)
_SLOT = "SELECT NULL /* the cards' ids */"


def _card_rows(db, ids_sql, params):
    """The cards' values for the ids the statement `ids_sql` picks. The statement that joins their names is the
    same on every board but for those ids: it is compiled once per connection, with Django's converters."""
    connection = connections[db]
    statement = _CARD_STATEMENTS.get(connection)
    if statement is None:
        query = Lead.objects.using(db).filter(pk__in=RawSQL(_SLOT, ())).order_by().values_list(*CARD_FIELDS)
        compiler = query.query.get_compiler(using=db)
        sql, no_params = compiler.as_sql()
        assert not no_params and sql.count(f" IN ({_SLOT})") == 1 and "%" not in sql
        converters = compiler.get_converters(
            [col for col, _sql, _alias in compiler.select[: len(CARD_FIELDS)]]
        )
        statement = _CARD_STATEMENTS[connection] = (sql, compiler, converters)
    sql, compiler, converters = statement
    if connection.vendor == "postgresql":  # an array of the ids is planned faster than a semi-join on them
        sql = sql.replace(f" IN ({_SLOT})", f" = ANY(ARRAY({ids_sql}))")
    else:
        sql = sql.replace(_SLOT, ids_sql)
    rows = fetch(sql, params, db)
    return compiler.apply_converters(rows, converters) if converters else rows
