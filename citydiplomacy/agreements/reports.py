"""The agreements report: agreements in force, expiring and expired; commitments due, done and overdue
per agreement, per partner country and per owner; the share of agreements with a roadmap and a
representative. A fixed number of aggregate queries, whatever the number of rows."""

from django.db.models import Q

from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import Country

from . import tallies
from .models import Agreement, CommitmentTally, Party, Representative, Roadmap, Scope

TOP = 20
# What a row's label needs: its name and, for an agreement, its reference.
FIELDS = {"agreement": ("reference", "title_fa", "title_en"), "country": ("name_fa", "name_en"),
          "owner": ("name_fa", "name_en")}  # fmt: skip


def _agreement_counts(today):
    """Agreements in force, expiring and expired, and the share of those in force with a roadmap and with a
    representative (their own, or their partner country's), in a few index-backed counts."""
    agreements = Agreement.objects.order_by()
    in_force = agreements.in_force(today)
    counts = {
        "total": agreements.count(),
        "active": in_force.count(),
        "expiring": agreements.expiring(today).count(),
        "expired": agreements.expired(today).count(),
    }
    countries_with_roadmap = Roadmap.objects.filter(country__isnull=False).values("country_id")
    counts["with_roadmap"] = in_force.filter(
        Q(pk__in=Roadmap.objects.filter(agreement__isnull=False).values("agreement_id"))
        | Q(pk__in=Party.objects.filter(country__in=countries_with_roadmap).values("agreement_id"))
    ).count()
    countries_with_rep = Representative.objects.filter(ended_on__isnull=True).values("country_id")
    counts["with_representative"] = in_force.filter(
        Q(pk__in=agreements.filter(representative__isnull=False).values("pk"))
        | Q(pk__in=Party.objects.filter(country__in=countries_with_rep).values("agreement_id"))
    ).count()
    return counts


def _rows(scope, top, model, name, require_overdue=False):
    """The `top` rows of one scope, most overdue first; rows with nothing to count are left out."""
    anything = Q(overdue__gt=0) if require_overdue else Q(due__gt=0) | Q(overdue__gt=0) | Q(done__gt=0)
    rows = list(
        CommitmentTally.objects.filter(anything, scope=scope)
        .order_by("-overdue", "-due", "key")
        .values("key", "due", "overdue", "done")[:top]
    )
    objects = model.objects.only(*FIELDS[name]).in_bulk([r["key"] for r in rows])
    return [{name: objects[r.pop("key")], **r} for r in rows if r["key"] in objects]


def _worst_from_counts(counts, scope, top, model, name, require_overdue=False):
    """The same rows as `_rows`, from counts taken straight from the commitments."""
    rows = [
        {"key": key, **c}
        for (s, key), c in counts.items()
        if s == scope and (c["overdue"] if require_overdue else any(c.values()))
    ]
    rows.sort(key=lambda r: (-r["overdue"], -r["due"], r["key"]))
    rows = rows[:top]
    objects = model.objects.only(*FIELDS[name]).in_bulk([r["key"] for r in rows])
    return [{name: objects[r.pop("key")], **r} for r in rows if r["key"] in objects]


def agreements_report(today, top=TOP):
    """Commitment counts come from the tallies (see `tallies.py`); for a day before the one they are kept
    for, they are counted from the rows."""
    counts = _agreement_counts(today)
    active = counts["active"] or 0
    counts["roadmap_share"] = counts["with_roadmap"] / active if active else None
    counts["representative_share"] = counts["with_representative"] / active if active else None
    if tallies.ready_for(today):
        total = (
            CommitmentTally.objects.filter(scope=Scope.TOTAL, key=0).values("due", "overdue", "done").first()
        )
        per_agreement = _rows(Scope.AGREEMENT, top, Agreement, "agreement", require_overdue=True)
        per_country = _rows(Scope.COUNTRY, top, Country, "country")
        per_owner = _rows(Scope.OWNER, top, Person, "owner")
    else:
        return agreements_report_from_rows(today, top)
    return {
        "today": today,
        "counts": counts,
        "totals": total or {"due": 0, "overdue": 0, "done": 0},
        "per_agreement": per_agreement,
        "per_country": per_country,
        "per_owner": per_owner,
    }


def agreements_report_from_rows(today, top=TOP):
    """The same report counted from the commitments themselves (slow on a large registry): for a past day,
    and the reference the tallies are tested against."""
    counts = _agreement_counts(today)
    active = counts["active"] or 0
    counts["roadmap_share"] = counts["with_roadmap"] / active if active else None
    counts["representative_share"] = counts["with_representative"] / active if active else None
    rows = tallies.count_rows(today)
    return {
        "today": today,
        "counts": counts,
        "totals": rows[(Scope.TOTAL, 0)],
        "per_agreement": _worst_from_counts(rows, Scope.AGREEMENT, top, Agreement, "agreement", True),
        "per_country": _worst_from_counts(rows, Scope.COUNTRY, top, Country, "country"),
        "per_owner": _worst_from_counts(rows, Scope.OWNER, top, Person, "owner"),
    }
