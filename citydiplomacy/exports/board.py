"""The pipeline board: per stage its count, its value and its most recent cards, in a fixed number of queries."""

from django.db.models import Count, Sum

from .models import STAGE_ORDER, PipelineTally, Stage, StageProbability

COLUMNS = [*STAGE_ORDER[:4], Stage.WON, Stage.LOST, Stage.DELIVERY, Stage.AFTER_SALES]
CARDS_PER_COLUMN = 12
CARD_FIELDS = (
    "pk", "title", "stage", "value", "currency", "next_action", "next_action_due", "owner_id", "owner__first_name",
    "owner__last_name", "owner__username", "country__name_fa", "country__name_en", "partner_city__name_fa",
    "partner_city__name_en", "partner_organization__name_fa", "partner_organization__name_en",
)  # fmt: skip


def _totals(leads, filters):
    """Leads and value per stage: from the tallies when the board is whole or filtered by one country or one
    offering, else counted on the filtered leads."""
    used = {name: value for name, value in (filters or {}).items() if value not in (None, "")}
    if not used or set(used) in ({"country"}, {"offering"}):
        rows = PipelineTally.objects.filter(dimension=PipelineTally.Dimension.COUNTRY)
        if used.get("country"):
            rows = rows.filter(key=used["country"].pk)
        elif used.get("offering"):
            rows = PipelineTally.objects.filter(
                dimension=PipelineTally.Dimension.OFFERING, key=used["offering"].pk
            )
        return {
            r["stage"]: r
            for r in rows.values("stage").annotate(n=Sum("leads"), total=Sum("value")).order_by()
        }
    return {
        row["stage"]: row
        for row in leads.order_by().values("stage").annotate(n=Count("pk"), total=Sum("value_base"))
    }


def board(leads, per_column=CARDS_PER_COLUMN, filters=None):
    """`leads` is a filtered queryset and `filters` the filter form's cleaned data; returns the columns in
    pipeline order (lost after won)."""
    totals = _totals(leads, filters)
    # One short query per column, each an index range scan on (stage, stage_since): the most recently moved
    # cards, whatever the number of leads (a window over all of them would sort them all). Cards are read as
    # plain values: a board shows a few fields of a hundred and sixty leads.
    cards = {stage: list(leads.filter(stage=stage).order_by("-stage_since", "-pk").values(*CARD_FIELDS)[:per_column])
             for stage in COLUMNS}  # fmt: skip
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
