"""The agreements report: agreements in force, expiring and expired; commitments due, done and overdue
per agreement, per partner country and per owner; the share of agreements with a roadmap and a
representative. A fixed number of aggregate queries, whatever the number of rows."""

import datetime as dt

from django.db.models import Count, Exists, OuterRef, Q

from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import Country

from .models import (
    EXPIRING_DAYS,
    IN_FORCE,
    OPEN_STATUSES,
    Agreement,
    Commitment,
    CommitmentStatus,
    Party,
    Representative,
    Roadmap,
    Status,
)

TOP = 20


def _commitment_counts(today, prefix=""):
    open_q = Q(**{f"{prefix}status__in": OPEN_STATUSES})
    return {
        "due": Count(
            "pk",
            filter=open_q & Q(**{f"{prefix}due_on__gte": today})
            | open_q & Q(**{f"{prefix}due_on__isnull": True}),
        ),
        "overdue": Count("pk", filter=open_q & Q(**{f"{prefix}due_on__lt": today})),
        "done": Count("pk", filter=Q(**{f"{prefix}status": CommitmentStatus.DELIVERED})),
    }


def _counts_with_flags(qs, today, in_force):
    country_rep = Representative.objects.filter(
        ended_on__isnull=True, country__agreement_parties__agreement=OuterRef("pk")
    )
    country_roadmap = Roadmap.objects.filter(country__agreement_parties__agreement=OuterRef("pk"))
    qs = qs.annotate(
        has_roadmap=Exists(Roadmap.objects.filter(agreement=OuterRef("pk"))) | Exists(country_roadmap),
        has_rep=Q(representative__isnull=False) | Exists(country_rep),
    )
    return qs.aggregate(
        total=Count("pk"),
        active=Count("pk", filter=in_force),
        expiring=Count("pk", filter=Q(status__in=IN_FORCE, expires_on__gte=today,
                                      expires_on__lte=today + dt.timedelta(days=EXPIRING_DAYS))),
        expired=Count("pk", filter=Q(status=Status.EXPIRED) | Q(status__in=IN_FORCE, expires_on__lt=today)),
        with_roadmap=Count("pk", filter=in_force & Q(has_roadmap=True)),
        with_representative=Count("pk", filter=in_force & Q(has_rep=True)),
    )  # fmt: skip


def agreements_report(today, top=TOP):
    counts = _counts_with_flags(
        Agreement.objects.all(),
        today,
        Q(status__in=IN_FORCE) & (Q(expires_on__isnull=True) | Q(expires_on__gte=today)),
    )
    active = counts["active"] or 0
    counts["roadmap_share"] = counts["with_roadmap"] / active if active else None
    counts["representative_share"] = counts["with_representative"] / active if active else None
    totals = Commitment.objects.aggregate(**_commitment_counts(today))

    # Per agreement: the agreements with most overdue commitments, then their full counts.
    worst = list(
        Commitment.objects.overdue(today)
        .values("agreement")
        .annotate(n=Count("pk"))
        .order_by("-n", "agreement")[:top]
    )
    ids = [row["agreement"] for row in worst]
    agreements = Agreement.objects.in_bulk(ids)
    per_agreement_counts = {
        row["agreement"]: row
        for row in Commitment.objects.filter(agreement__in=ids)
        .values("agreement")
        .annotate(**_commitment_counts(today))
    }
    per_agreement = [
        {**per_agreement_counts.get(i, {}), "agreement": agreements[i]} for i in ids if i in agreements
    ]

    # Per partner country and per owner: the ones with most overdue commitments first.
    per_country_rows = list(
        Party.objects.filter(country__isnull=False)
        .values("country")
        .annotate(**_commitment_counts(today, "agreement__commitments__"))
        .order_by("-overdue", "-due", "country")[:top]
    )
    countries = Country.objects.in_bulk([r["country"] for r in per_country_rows])
    per_country = [{**r, "country": countries[r["country"]]} for r in per_country_rows]

    per_owner_rows = list(
        Commitment.objects.filter(owner__isnull=False)
        .values("owner")
        .annotate(**_commitment_counts(today))
        .order_by("-overdue", "-due", "owner")[:top]
    )
    owners = Person.objects.in_bulk([r["owner"] for r in per_owner_rows])
    per_owner = [{**r, "owner": owners[r["owner"]]} for r in per_owner_rows]
    return {
        "today": today,
        "counts": counts,
        "totals": totals,
        "per_agreement": per_agreement,
        "per_country": per_country,
        "per_owner": per_owner,
    }
