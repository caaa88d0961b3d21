"""Counts kept up to date by the services, so that the board and the exports report read a few small rows.

- `PipelineTally`: leads and their converted value per stage and country, and per stage and offering.
- `DayTally`: per day, the contracts won and the deliveries started (with their value), the losses (per
  reason) and the stage moves (per stage left, with the days spent in it).

The services call `lead_changed(before, after)` around every change of a lead and `record_*` for what
happened on a day. Out-of-band changes (bulk loads, a corrected exchange rate that reconverts many values)
call `rebuild()`, also the `rebuild_exports_tallies` command; a test compares the kept counts with a full
recount after every kind of change.
"""

from collections import Counter
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from .models import DayTally, Lead, PipelineTally, Stage, StageChange

COUNTRY, OFFERING = PipelineTally.Dimension.COUNTRY, PipelineTally.Dimension.OFFERING


def snapshot(lead, offering_ids=None):
    """What the tallies know of a lead, taken before and after a change (None: it did not exist)."""
    if lead is None or lead.pk is None:
        return None
    if offering_ids is None:
        offering_ids = list(lead.offerings.values_list("pk", flat=True))
    return (lead.stage, lead.country_id, Decimal(lead.value_base or 0), tuple(sorted(offering_ids)))


def _rows(snap):
    if snap is None:
        return {}
    stage, country, value, offerings = snap
    rows = {(COUNTRY, country, stage): (1, value)}
    for offering in offerings:
        rows[(OFFERING, offering, stage)] = (1, value)
    return rows


def _upsert(model, lookup, **deltas):
    """Add `deltas` to the row named by `lookup`, creating it when missing (a racing creator is retried)."""
    changes = {name: F(name) + delta for name, delta in deltas.items()}
    for _attempt in range(3):
        if model.objects.filter(**lookup).update(**changes):
            return
        try:
            with transaction.atomic():
                model.objects.create(**lookup, **deltas)
            return
        except IntegrityError:
            continue
    raise RuntimeError(f"could not keep the tally {lookup}")


def lead_changed(before, after):
    old, new = _rows(before), _rows(after)
    for key in old.keys() | new.keys():
        leads = new.get(key, (0, 0))[0] - old.get(key, (0, 0))[0]
        value = Decimal(new.get(key, (0, 0))[1]) - Decimal(old.get(key, (0, 0))[1])
        if leads or value:
            dimension, ident, stage = key
            _upsert(
                PipelineTally,
                {"dimension": dimension, "key": ident, "stage": stage},
                leads=leads,
                value=value,
            )


def _day(moment):
    return timezone.localdate(moment) if hasattr(moment, "tzinfo") and timezone.is_aware(moment) else moment


def record_move(change):
    if change.from_stage:
        _upsert(DayTally, {"kind": DayTally.Kind.MOVE, "day": _day(change.at), "stage": change.from_stage,
                           "reason": 0}, count=1, days=change.days_in_previous or 0)  # fmt: skip
    if change.to_stage == Stage.LOST:
        _upsert(DayTally, {"kind": DayTally.Kind.LOST, "day": _day(change.at), "stage": "",
                           "reason": change.lost_reason_id or 0}, count=1)  # fmt: skip


def record_outcome(kind, day, value):
    _upsert(
        DayTally, {"kind": kind, "day": day, "stage": "", "reason": 0}, count=1, amount=Decimal(value or 0)
    )


@transaction.atomic
def rebuild():
    """Recount everything from the leads and their history."""
    PipelineTally.objects.all().delete()
    DayTally.objects.all().delete()
    pipeline = [
        PipelineTally(stage=r["stage"], dimension=COUNTRY, key=r["country"], leads=r["n"], value=r["v"] or 0)
        for r in Lead.objects.values("stage", "country")
        .annotate(n=Count("pk"), v=Sum("value_base"))
        .order_by()
    ]
    through = Lead.offerings.through.objects.values("lead__stage", "offering").annotate(
        n=Count("lead"), v=Sum("lead__value_base")
    )
    pipeline += [
        PipelineTally(
            stage=r["lead__stage"], dimension=OFFERING, key=r["offering"], leads=r["n"], value=r["v"] or 0
        )
        for r in through.order_by()
    ]
    PipelineTally.objects.bulk_create(pipeline, batch_size=2000)
    days = []
    for kind, field in ((DayTally.Kind.WON, "won_on"), (DayTally.Kind.DELIVERED, "delivered_on")):
        rows = (
            Lead.objects.filter(**{f"{field}__isnull": False})
            .values(field)
            .annotate(n=Count("pk"), v=Sum("value_base"))
        )
        days += [DayTally(kind=kind, day=r[field], count=r["n"], amount=r["v"] or 0) for r in rows.order_by()]
    lost = (StageChange.objects.filter(to_stage=Stage.LOST).annotate(day=TruncDate("at")).values("day", "lost_reason")
            .annotate(n=Count("pk")).order_by())  # fmt: skip
    days += [
        DayTally(kind=DayTally.Kind.LOST, day=r["day"], reason=r["lost_reason"] or 0, count=r["n"])
        for r in lost
    ]
    moves = (StageChange.objects.exclude(from_stage="").annotate(day=TruncDate("at")).values("day", "from_stage")
             .annotate(n=Count("pk"), d=Sum("days_in_previous")).order_by())  # fmt: skip
    days += [DayTally(kind=DayTally.Kind.MOVE, day=r["day"], stage=r["from_stage"], count=r["n"], days=r["d"] or 0)
             for r in moves]  # fmt: skip
    DayTally.objects.bulk_create(days, batch_size=2000)


def recount():
    """The tallies as a full recount would make them (for the consistency test): {table: Counter}."""
    with transaction.atomic():
        sid = transaction.savepoint()
        rebuild()
        counts = current()
        transaction.savepoint_rollback(sid)
    return counts


def current():
    pipeline = Counter()
    for r in PipelineTally.objects.values_list("stage", "dimension", "key", "leads", "value"):
        if r[3] or r[4]:
            pipeline[r[:3]] = (r[3], Decimal(r[4]).quantize(Decimal("0.01")))
    days = Counter()
    for r in DayTally.objects.values_list("kind", "day", "stage", "reason", "count", "amount", "days"):
        if r[4]:
            days[r[:4]] = (r[4], Decimal(r[5]).quantize(Decimal("0.01")), round(r[6], 6))
    return {"pipeline": dict(pipeline), "days": dict(days)}
