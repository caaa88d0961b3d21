"""Commitment and agreement counts kept up to date on every write, so that the report reads a few small rows.

For the whole registry, every agreement, every partner country and every owner, a `CommitmentTally` row
holds how many commitments are due, overdue and done. "Overdue" depends on the day, so the counts are
as of the day kept in `TallyClock`; when the report asks for a later day, the open commitments that fell
due in between move from due to overdue (a few rows a day). A commitment counts once for each party of
its agreement that names a country, as the report always did.

The agreements' counts (all, in force, expiring, expired) are kept on the clock's row for the same day:
`Agreement.save()` and `Agreement.delete()` move an agreement between them, whoever calls them (services,
importer, admin, API); the days passing move the few agreements whose expiry is near.

The services call `commitment_changed` and `parties_changed`; out-of-band changes (the admin, bulk
loads, `QuerySet.update`) call `invalidate()` or the `rebuild_agreement_tallies` command, and a missing
clock makes the next report rebuild everything.
"""

import datetime as dt
from collections import Counter, defaultdict
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Count, F, Q

from .models import (
    EXPIRING_DAYS,
    IN_FORCE,
    OPEN_STATUSES,
    Agreement,
    Commitment,
    CommitmentStatus,
    CommitmentTally,
    Party,
    Scope,
    Status,
    TallyClock,
    expired_q,
    expiring_q,
    in_force_q,
)

AGREEMENT_COUNTS = ("agreements", "in_force", "expiring", "expired")  # fields of `TallyClock`

BUCKETS = ("due", "overdue", "done")


def bucket(status, due_on, day):
    """Which count a commitment adds to on `day`: due, overdue, done, or none (cancelled)."""
    if status in OPEN_STATUSES:
        return "overdue" if due_on is not None and due_on < day else "due"
    if status == CommitmentStatus.DELIVERED:
        return "done"
    return None


def snapshot(commitment):
    """What the tallies need to know about a commitment, taken before and after a change."""
    return (commitment.agreement_id, commitment.owner_id, commitment.status, commitment.due_on)


def party_countries(agreement_id):
    return list(
        Party.objects.filter(agreement_id=agreement_id, country__isnull=False).values_list(
            "country_id", flat=True
        )
    )


def _clock(lock=True):
    qs = TallyClock.objects.select_for_update() if lock else TallyClock.objects
    return qs.filter(pk=1).first()


def _apply(deltas, create_empty=()):
    """deltas: {(scope, key): Counter(bucket → change)}; rows are created when missing."""
    for (scope, key), change in deltas.items():
        change = {b: n for b, n in change.items() if n}
        if not change and (scope, key) not in create_empty:
            continue
        updated = (
            CommitmentTally.objects.filter(scope=scope, key=key).update(
                **{b: F(b) + n for b, n in change.items()}
            )
            if change
            else CommitmentTally.objects.filter(scope=scope, key=key).count()
        )
        if not updated:
            CommitmentTally.objects.create(scope=scope, key=key, **change)


def _groups(agreement_id, owner_id, countries):
    groups = [(Scope.TOTAL, 0), (Scope.AGREEMENT, agreement_id)]
    if owner_id:
        groups.append((Scope.OWNER, owner_id))
    groups += [(Scope.COUNTRY, c) for c in countries]
    return groups


def commitment_changed(before, after):
    """`before`/`after` are `snapshot`s (None for a created or deleted commitment). Call inside the
    service's transaction."""
    if before == after:
        return
    clock = _clock()
    if clock is None:  # not built yet: the next report builds them from the rows
        return
    deltas = defaultdict(Counter)
    countries = {}
    for snap, sign in ((before, -1), (after, 1)):
        if snap is None:
            continue
        agreement_id, owner_id, status, due_on = snap
        b = bucket(status, due_on, clock.as_of)
        if b is None:
            continue
        if agreement_id not in countries:
            countries[agreement_id] = party_countries(agreement_id)
        for group in _groups(agreement_id, owner_id, countries[agreement_id]):
            deltas[group][b] += sign
    _apply(deltas)


def parties_changed(agreement_id, countries_before):
    """After an agreement's parties were replaced: move its counts between the countries."""
    clock = _clock()
    if clock is None:
        return
    countries_after = party_countries(agreement_id)
    if sorted(countries_before) == sorted(countries_after):
        return
    row = CommitmentTally.objects.filter(scope=Scope.AGREEMENT, key=agreement_id).first()
    counts = {b: getattr(row, b) for b in BUCKETS} if row else {}
    deltas = defaultdict(Counter)
    for country in countries_before:
        deltas[(Scope.COUNTRY, country)].subtract(counts)
    for country in countries_after:
        deltas[(Scope.COUNTRY, country)].update(counts)
    _apply(deltas, create_empty={(Scope.COUNTRY, c) for c in countries_after})


def count_agreements(agreements, day):
    """How many of `agreements` there are, and how many are in force, expiring and expired on `day`."""
    return agreements.aggregate(
        agreements=Count("pk"),
        in_force=Count("pk", filter=in_force_q(day)),
        expiring=Count("pk", filter=expiring_q(day)),
        expired=Count("pk", filter=expired_q(day)),
    )


def _agreement_buckets(snap, day):
    """The counts an agreement, as (status, expires_on), adds to on `day` (as `count_agreements` counts)."""
    if snap is None:
        return dict.fromkeys(AGREEMENT_COUNTS, 0)
    agreement = Agreement(status=snap[0], expires_on=snap[1])
    return {
        "agreements": 1,
        "in_force": int(agreement.is_in_force(day)),
        "expiring": int(agreement.is_expiring(day)),
        "expired": int(agreement.effective_status(day) == Status.EXPIRED),
    }


@contextmanager
def counting_agreement(agreement, deleting=False):
    """Around the save (or delete) of an agreement, inside its transaction: the clock's agreement counts
    move from what was stored for it to what it now is."""
    clock = _clock()
    if clock is None:  # not built yet: the next report builds them from the rows
        yield
        return
    stored = Agreement.objects.filter(pk=agreement.pk).values_list("status", "expires_on").first()
    yield
    after = None if deleting else (agreement.status, agreement.expires_on)
    old, new = _agreement_buckets(stored, clock.as_of), _agreement_buckets(after, clock.as_of)
    change = {name: F(name) + new[name] - old[name] for name in AGREEMENT_COUNTS if new[name] != old[name]}
    if change:
        TallyClock.objects.filter(pk=clock.pk).update(**change)


def invalidate():
    """Forget the counts; the next report rebuilds them (after a change that bypassed the services)."""
    TallyClock.objects.all().delete()


def _count(prefix, day):
    open_q = Q(**{f"{prefix}status__in": OPEN_STATUSES})
    return {
        "due": Count(
            "pk",
            filter=open_q & (Q(**{f"{prefix}due_on__gte": day}) | Q(**{f"{prefix}due_on__isnull": True})),
        ),
        "overdue": Count("pk", filter=open_q & Q(**{f"{prefix}due_on__lt": day})),
        "done": Count("pk", filter=Q(**{f"{prefix}status": CommitmentStatus.DELIVERED})),
    }


def count_rows(day):
    """The counts straight from the commitments, as {(scope, key): {bucket: n}}: the reference the
    tallies must equal, and what `rebuild` stores."""
    result = {(Scope.TOTAL, 0): Commitment.objects.aggregate(**_count("", day))}
    for scope, qs, field, prefix in (
        (Scope.AGREEMENT, Commitment.objects.all(), "agreement", ""),
        (Scope.OWNER, Commitment.objects.filter(owner__isnull=False), "owner", ""),
        (Scope.COUNTRY, Party.objects.filter(country__isnull=False), "country", "agreement__commitments__"),
    ):
        for row in qs.values(field).order_by().annotate(**_count(prefix, day)):
            result[(scope, row.pop(field))] = row
    return result


@transaction.atomic
def rebuild(day):
    TallyClock.objects.all().delete()
    CommitmentTally.objects.all().delete()
    CommitmentTally.objects.bulk_create(
        [CommitmentTally(scope=scope, key=key, **counts) for (scope, key), counts in count_rows(day).items()],
        batch_size=2000,
    )
    TallyClock.objects.create(pk=1, as_of=day, **count_agreements(Agreement.objects.all(), day))


def _roll_forward(clock, day):
    """Open commitments that fell due in [as_of, day) move from due to overdue; agreements are recounted
    where their expiry is near."""
    fell_due = Commitment.objects.filter(status__in=OPEN_STATUSES, due_on__gte=clock.as_of, due_on__lt=day)
    deltas = defaultdict(Counter)
    for scope, qs, field in (
        (Scope.AGREEMENT, fell_due, "agreement"),
        (Scope.OWNER, fell_due.filter(owner__isnull=False), "owner"),
        (Scope.COUNTRY, Party.objects.filter(
            country__isnull=False, agreement__commitments__status__in=OPEN_STATUSES,
            agreement__commitments__due_on__gte=clock.as_of, agreement__commitments__due_on__lt=day,
        ), "country"),
    ):  # fmt: skip
        for key, n in qs.values_list(field).order_by().annotate(n=Count("pk")):
            deltas[(scope, key)].update({"due": -n, "overdue": n})
    total = sum(c["overdue"] for (scope, _k), c in deltas.items() if scope == Scope.AGREEMENT)
    deltas[(Scope.TOTAL, 0)].update({"due": -total, "overdue": total})
    _apply(deltas)
    # Agreements in force whose expiry is near `as_of` or `day` may leave or enter the expiring and expired
    # counts; every other agreement counts the same on both days.
    near = Agreement.objects.filter(
        status__in=IN_FORCE,
        expires_on__gte=clock.as_of,
        expires_on__lte=day + dt.timedelta(days=EXPIRING_DAYS),
    )
    before, after = count_agreements(near, clock.as_of), count_agreements(near, day)
    for name in AGREEMENT_COUNTS:
        setattr(clock, name, getattr(clock, name) + after[name] - before[name])
    clock.as_of = day
    clock.save(update_fields=["as_of", *AGREEMENT_COUNTS])


def ready_for(day):
    """Bring the tallies to `day` (building them the first time); False when `day` is before the day they
    are kept for, which only a report for a past day asks (it then counts from the rows)."""
    clock = _clock(lock=False)
    if clock is not None and clock.as_of == day:
        return True
    with transaction.atomic():
        clock = _clock()
        if clock is None:
            rebuild(day)
        elif clock.as_of < day:
            _roll_forward(clock, day)
        return clock is None or clock.as_of <= day
