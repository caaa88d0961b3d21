"""Step 5, writing: the only step that touches the database, in bulk and inside one transaction.

Imported requests are history, not a live workflow: their final state is written directly.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from citydiplomacy.core.models import AuditEntry, Person, Unit
from citydiplomacy.partners.services import get_or_create_city

from ..destinations import id_set
from ..models import Decision, MissionRequest, Status

BATCH = 2000
_DECIDED_KINDS = {"approved": Decision.Kind.APPROVED, "rejected": Decision.Kind.REJECTED,
                  "withdrawn": Decision.Kind.WITHDRAWN}  # fmt: skip
UPDATED_FIELDS = (
    "unit", "title", "purpose", "mode", "start_date", "end_date", "funding", "estimated_cost", "currency",
    "status", "submitted_on", "decided_on", "actual_start_date", "actual_end_date", "persons_count",
    "closed_on", "country_set", "city_set",
)  # fmt: skip


def _is_latin(text):
    return text.isascii()


def _create_units(rows):
    new = {}
    for row in rows:
        if row.unit.pk is None:
            new.setdefault(row.unit.key, row.unit.name)
    created = Unit.objects.bulk_create(
        [
            Unit(name_fa=name, name_en=name if _is_latin(name) else "", name_key=key)
            for key, name in new.items()
        ],
        batch_size=BATCH,
    )
    return {unit.name_key: unit.pk for unit in created}


def _create_people(rows, unit_ids):
    new = {}
    for row in rows:
        for person in row.travellers:
            if person.pk is None and person.key not in new:
                new[person.key] = Person(
                    name_fa=person.name,
                    name_en=person.name if _is_latin(person.name) else "",
                    name_key=person.key,
                    unit_id=row.unit.pk or unit_ids[row.unit.key],
                )
    created = Person.objects.bulk_create(list(new.values()), batch_size=BATCH)
    return {person.name_key: person.pk for person in created}


def _create_cities(rows):
    """New cities are few (distinct names); the partners service creates each one."""
    from citydiplomacy.partners.models import Country

    wanted = {}
    for row in rows:
        for city in row.cities:
            if city.pk is None:
                wanted.setdefault((city.country_id, city.key), city.name)
    countries = Country.objects.in_bulk({cid for cid, _ in wanted})
    return {k: get_or_create_city(name, countries[k[0]])[0].pk for k, name in wanted.items()}


def _fill(mission, row, unit_id, city_ids):
    status = row.status
    mission.unit_id = unit_id
    mission.country_set = id_set(row.country_ids)
    mission.city_set = id_set(c.pk or city_ids[(c.country_id, c.key)] for c in row.cities)
    mission.title, mission.purpose, mission.mode = row.title, row.purpose, row.mode
    mission.start_date, mission.end_date = row.start_date, row.end_date
    mission.funding, mission.estimated_cost, mission.currency = row.funding, row.estimated_cost, row.currency
    mission.status, mission.submitted_on = status, row.submitted_on
    mission.decided_on = row.decided_on if row.decision in {"approved", "rejected"} else None
    realized = status == Status.REALIZED
    mission.actual_start_date = row.start_date if realized else None
    mission.actual_end_date = row.end_date if realized else None
    mission.persons_count = len(row.travellers)
    mission.closed_on = row.outcome_on if status in {Status.REALIZED, Status.CANCELLED} else None
    return mission


def _relations(pairs, ids):
    """Through rows for countries, cities and travellers of (MissionRow, mission id) pairs."""
    ids_units, person_ids, city_ids = ids
    countries, cities, travellers, decisions = [], [], [], []
    Countries = MissionRequest.countries.through
    Cities = MissionRequest.cities.through
    Travellers = MissionRequest.travellers.through
    for row, pk in pairs:
        countries.extend(Countries(missionrequest_id=pk, country_id=cid) for cid in row.country_ids)
        cities.extend(
            Cities(missionrequest_id=pk, city_id=c.pk or city_ids[(c.country_id, c.key)]) for c in row.cities
        )
        travellers.extend(
            Travellers(missionrequest_id=pk, person_id=p.pk or person_ids[p.key]) for p in row.travellers
        )
        kind = _DECIDED_KINDS.get(row.decision)
        if kind:
            decisions.append(Decision(mission_id=pk, kind=kind, date=row.decided_on))
    Countries.objects.bulk_create(countries, batch_size=BATCH)
    Cities.objects.bulk_create(cities, batch_size=BATCH)
    Travellers.objects.bulk_create(travellers, batch_size=BATCH)
    Decision.objects.bulk_create(decisions, batch_size=BATCH)


def _clear_relations(mission_ids):
    for start in range(0, len(mission_ids), 900):
        chunk = mission_ids[start : start + 900]
        for model in (
            MissionRequest.countries.through,
            MissionRequest.cities.through,
            MissionRequest.travellers.through,
        ):
            model.objects.filter(missionrequest_id__in=chunk).delete()
        Decision.objects.filter(mission_id__in=chunk, kind__in=list(_DECIDED_KINDS.values())).delete()


def _entries(pairs, *, actor, now, content_type, source, updated):
    return [
        AuditEntry(
            action="missions.request.imported",
            actor=actor,
            at=now,
            content_type=content_type,
            object_id=str(pk),
            object_repr=f"{row.reference}: {row.title}"[:300],
            data={"row": row.number, "status": row.status, "source": source, "updated": updated},
        )
        for row, pk in pairs
    ]


def _chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@transaction.atomic
def write_plan(plan, *, user=None, source=""):
    """Create and update the planned requests with their relations, decisions and audit entries.

    Requests are written BATCH at a time (the request, its links, its decision, its audit entry), so the
    model objects of a large import never all live in memory together."""
    changed = plan.create + [row for row, _ in plan.update]
    unit_ids = _create_units(changed)
    person_ids = _create_people(changed, unit_ids)
    city_ids = _create_cities(changed)
    del changed
    ids = (unit_ids, person_ids, city_ids)
    actor = user if (user is not None and getattr(user, "is_authenticated", False)) else None
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(MissionRequest)
    audit = {"actor": actor, "now": now, "content_type": content_type, "source": source}

    for chunk in _chunks(plan.create):
        created = [
            _fill(MissionRequest(reference=row.reference, created_by=actor, created_at=now), row,
                  row.unit.pk or unit_ids[row.unit.key], city_ids)
            for row in chunk
        ]  # fmt: skip
        MissionRequest.objects.bulk_create(created, batch_size=BATCH)
        pairs = [(row, m.pk) for row, m in zip(chunk, created, strict=True)]
        _relations(pairs, ids)
        AuditEntry.objects.bulk_create(_entries(pairs, updated=False, **audit), batch_size=BATCH)

    for chunk in _chunks(plan.update):
        stored = MissionRequest.objects.in_bulk([pk for _, pk in chunk])
        updated = [
            _fill(stored[pk], row, row.unit.pk or unit_ids[row.unit.key], city_ids) for row, pk in chunk
        ]
        for mission in updated:
            mission.updated_at = now
        MissionRequest.objects.bulk_update(updated, [*UPDATED_FIELDS, "updated_at"], batch_size=BATCH)
        _clear_relations([pk for _, pk in chunk])
        _relations(chunk, ids)
        AuditEntry.objects.bulk_create(_entries(chunk, updated=True, **audit), batch_size=BATCH)

    AuditEntry.objects.create(
        action="missions.import.completed",
        actor=actor,
        at=now,
        content_type=content_type,
        object_id="import",
        object_repr=(f"import {source}" if source else "import")[:300],
        data={
            "source": source,
            "created": len(plan.create),
            "updated": len(plan.update),
            "unchanged": len(plan.unchanged),
            "units_created": len(unit_ids),
            "people_created": len(person_ids),
            "cities_created": len(city_ids),
        },
    )
    return {"units": len(unit_ids), "people": len(person_ids), "cities": len(city_ids)}
