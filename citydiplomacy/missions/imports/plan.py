"""Step 4, planning: compare the checked rows with what the database holds under the same references.

A reference already present with the same data is left alone (re-importing changes nothing); with other
data it is an error for that row, unless the import was asked to update.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..models import Decision, MissionRequest, Status
from .reader import RowError

CHUNK = 900  # stays under SQLite's limit of query parameters on old versions
_FIELDS = (
    "id", "reference", "unit_id", "title", "purpose", "mode", "start_date", "end_date", "submitted_on",
    "status", "decided_on", "closed_on", "funding", "estimated_cost", "currency",
)  # fmt: skip


@dataclass
class Plan:
    create: list = field(default_factory=list)
    update: list = field(default_factory=list)  # (MissionRow, mission id)
    unchanged: list = field(default_factory=list)


def _chunks(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def row_fingerprint(row):
    status = row.status
    closed = row.outcome_on if status in {Status.REALIZED, Status.CANCELLED} else None
    return (
        row.unit.pk, row.title, row.purpose, row.mode, frozenset(row.country_ids),
        frozenset(c.pk for c in row.cities), row.start_date, row.end_date,
        frozenset(p.pk for p in row.travellers), row.submitted_on, status, row.decided_on, closed,
        row.funding, row.estimated_cost, row.currency or "",
    )  # fmt: skip


def _existing(references):
    """{reference: fingerprint, id} of the missions already stored under these references."""
    found = {}
    for chunk in _chunks(references):
        for values in MissionRequest.objects.filter(reference__in=chunk).values(*_FIELDS):
            found[values["reference"]] = values
    if not found:
        return {}
    by_id = {v["id"]: v for v in found.values()}
    relations = {
        pk: {"countries": set(), "cities": set(), "travellers": set(), "withdrawn": None} for pk in by_id
    }
    through = (
        MissionRequest.countries.through,
        MissionRequest.cities.through,
        MissionRequest.travellers.through,
    )
    for model, target, name in zip(
        through, ("country_id", "city_id", "person_id"), ("countries", "cities", "travellers"), strict=True
    ):
        for ids in _chunks(by_id):
            for mission_id, other in model.objects.filter(missionrequest_id__in=ids).values_list(
                "missionrequest_id", target
            ):
                relations[mission_id][name].add(other)
    for ids in _chunks(by_id):
        for mission_id, date in Decision.objects.filter(
            mission_id__in=ids, kind=Decision.Kind.WITHDRAWN
        ).values_list("mission_id", "date"):
            relations[mission_id]["withdrawn"] = date
    result = {}
    for reference, v in found.items():
        rel = relations[v["id"]]
        decided = rel["withdrawn"] if v["status"] == Status.WITHDRAWN else v["decided_on"]
        fingerprint = (
            v["unit_id"], v["title"], v["purpose"], v["mode"], frozenset(rel["countries"]),
            frozenset(rel["cities"]), v["start_date"], v["end_date"], frozenset(rel["travellers"]),
            v["submitted_on"], v["status"], decided, v["closed_on"], v["funding"], v["estimated_cost"],
            v["currency"] or "",
        )  # fmt: skip
        result[reference] = (fingerprint, v["id"])
    return result


def plan_rows(rows, *, update=False):
    """The plan and the errors of rows that clash with stored requests."""
    plan, errors = Plan(), []
    existing = _existing(row.reference for row in rows)
    for row in rows:
        stored = existing.get(row.reference)
        if stored is None:
            plan.create.append(row)
        elif stored[0] == row_fingerprint(row):
            plan.unchanged.append(row)
        elif update:
            plan.update.append((row, stored[1]))
        else:
            errors.append(
                RowError(
                    row.number,
                    "reference",
                    _(
                        "a request with the reference {reference} exists already with other data; "
                        "import with the update option to replace it"
                    ).format(reference=row.reference),
                )  # fmt: skip
            )
    return plan, errors
