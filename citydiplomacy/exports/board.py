"""The pipeline board: per stage its count, its value and its most recent cards, in a fixed number of queries."""

from django.db.models import Count, F, Sum, Window
from django.db.models.functions import RowNumber

from .models import STAGE_ORDER, Lead, Stage, StageProbability

COLUMNS = [*STAGE_ORDER[:4], Stage.WON, Stage.LOST, Stage.DELIVERY, Stage.AFTER_SALES]
CARDS_PER_COLUMN = 30


def board(leads, per_column=CARDS_PER_COLUMN):
    """`leads` is a filtered queryset; returns the columns in pipeline order (lost after won)."""
    totals = {
        row["stage"]: row
        for row in leads.order_by().values("stage").annotate(n=Count("pk"), total=Sum("value_base"))
    }
    ranked = (
        leads.annotate(
            rank=Window(
                RowNumber(), partition_by=[F("stage")], order_by=[F("stage_since").desc(), F("pk").desc()]
            )
        )
        .filter(rank__lte=per_column)
        .select_related("country", "partner_city", "partner_organization", "owner")
        .order_by("stage", "rank")
    )
    cards = {}
    for lead in ranked:
        cards.setdefault(lead.stage, []).append(lead)
    probability = StageProbability.table()
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


def base_queryset():
    return Lead.objects.all()
