"""The agreements report: agreements in force, expiring and expired; commitments due, done and overdue
per agreement, per partner country and per owner; the share of agreements with a roadmap and a
representative. Two statements over kept counts (see `tallies.py`) and a few indexed ids, whatever the
number of rows."""

import datetime as dt

from django.db import connection
from django.db.models import CharField, Q, Value

from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import Country

from . import tallies
from .models import (
    Agreement,
    CommitmentTally,
    Party,
    Representative,
    Roadmap,
    Scope,
    TallyClock,
)

TOP = 20
# What a row's label needs: its name and, for an agreement, its reference (a country's code for the API).
FIELDS = {"agreement": ("reference", "title_fa", "title_en"), "country": ("name_fa", "name_en", "iso2"),
          "owner": ("name_fa", "name_en")}  # fmt: skip


COUNT_NAMES = ("total", "active", "expiring", "expired", "with_roadmap", "with_representative")
_counts_sql = {}  # (database vendor, day) → the statement below; its text only changes with the day


def _count_querysets(today):
    agreements = Agreement.objects.order_by()
    in_force = agreements.in_force(today)
    countries_with_roadmap = Roadmap.objects.filter(country__isnull=False).values("country_id")
    countries_with_rep = Representative.objects.filter(ended_on__isnull=True).values("country_id")
    # Each "with" set is the agreements in force among a union of ids: the database reads the few ids with a
    # roadmap or a representative, not every agreement in force (an OR of two IN was that, on PostgreSQL).
    with_roadmap = in_force.filter(
        pk__in=Roadmap.objects.filter(agreement__isnull=False)
        .order_by()
        .values("agreement_id")
        .union(Party.objects.filter(country__in=countries_with_roadmap).order_by().values("agreement_id"))
    )
    with_representative = in_force.filter(
        pk__in=agreements.filter(representative__isnull=False)
        .values("pk")
        .union(Party.objects.filter(country__in=countries_with_rep).order_by().values("agreement_id"))
    )
    return (
        agreements, in_force, agreements.expiring(today), agreements.expired(today), with_roadmap,
        with_representative,
    )  # fmt: skip


def _agreement_counts(today):
    """Agreements in force, expiring and expired, and how many of those in force have a roadmap and a
    representative (their own, or their partner country's): six index-backed counts sent as one
    statement, whose text is built once a day (building it is most of the cost)."""
    key = (connection.vendor, today)
    if key not in _counts_sql:
        parts, params = [], []
        for qs in _count_querysets(today):
            sql, p = qs.values("pk").query.sql_with_params()
            parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted)")
            params.extend(p)
        _counts_sql.clear()
        _counts_sql[key] = ("SELECT " + ", ".join(parts), params)
    sql, params = _counts_sql[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return dict(zip(COUNT_NAMES, cursor.fetchone(), strict=True))


SHARES = ("with_roadmap", "with_representative")
_kept_sql = {}  # (database vendor, day) → the statement of `_kept_counts`; its text only changes with the day


def _kept_counts(today):
    """One statement: the tallies' day and the agreement counts kept for it, and the two counts of agreements
    in force today with a roadmap and a representative (a few indexed ids); None before the first build."""
    key = (connection.vendor, today)
    if key not in _kept_sql:
        parts, params = [], []
        for qs in _count_querysets(today)[-len(SHARES) :]:
            sql, p = qs.values("pk").query.sql_with_params()
            parts.append(f"(SELECT COUNT(*) FROM ({sql}) counted)")
            params.extend(p)
        clock_sql, clock_params = (
            TallyClock.objects.filter(pk=1).values("as_of", *tallies.AGREEMENT_COUNTS).query.sql_with_params()
        )
        _kept_sql.clear()
        _kept_sql[key] = (
            f"SELECT kept.*, {', '.join(parts)} FROM ({clock_sql}) kept",
            [*params, *clock_params],
        )
    sql, params = _kept_sql[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    as_of, total, active, expiring, expired, with_roadmap, with_representative = row
    counts = {"as_of": dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of}  # SQLite gives text
    counts.update(total=total, active=active, expiring=expiring, expired=expired)
    counts.update(with_roadmap=with_roadmap, with_representative=with_representative)
    return counts


LABELS = 3  # label columns of the statement below (the most any scope needs)
# (scope, model, name, whether a row needs an overdue commitment to be listed)
SCOPES = (
    (Scope.AGREEMENT, Agreement, "agreement", True),
    (Scope.COUNTRY, Country, "country", False),
    (Scope.OWNER, Person, "owner", False),
)
_tallies_sql = {}  # (database vendor, top) → the statement of `_tally_rows`; its text never changes


def _tally_part(scope, model, name, require_overdue, top):
    """SQL of the `top` rows of one scope, joined to the object each names for the fields of its label (the
    join reads those few rows only; a row whose object is gone is left out)."""
    anything = Q(overdue__gt=0) if require_overdue else Q(due__gt=0) | Q(overdue__gt=0) | Q(done__gt=0)
    worst = (
        CommitmentTally.objects.filter(anything, scope=scope)
        .order_by("-overdue", "-due", "key")
        .values("scope", "key", "due", "overdue", "done")[:top]
    )
    sql, params = worst.query.sql_with_params()
    quote, fields = connection.ops.quote_name, FIELDS[name]
    labels = [f"o.{quote(model._meta.get_field(f).column)}" for f in fields] + ["NULL"] * (
        LABELS - len(fields)
    )
    return (
        f"SELECT t.*, {', '.join(labels)} FROM ({sql}) t "
        f"JOIN {quote(model._meta.db_table)} o ON o.{quote(model._meta.pk.column)} = t.{quote('key')}",
        params,
    )


def _tally_rows(top):
    """The registry's total and the `top` rows of each scope, most overdue first (rows with nothing to
    count left out), each with the fields its label needs: one statement, built once."""
    key = (connection.vendor, top)
    if key not in _tallies_sql:
        total = (
            CommitmentTally.objects.filter(scope=Scope.TOTAL, key=0)
            .annotate(**{f"label{i}": Value(None, output_field=CharField()) for i in range(LABELS)})
            .values("scope", "key", "due", "overdue", "done", *(f"label{i}" for i in range(LABELS)))
        )
        parts, params = [], []
        for n, (sql, p) in enumerate(
            [total.query.sql_with_params(), *(_tally_part(*scope, top) for scope in SCOPES)]
        ):
            parts.append(f"SELECT * FROM ({sql}) part{n}")
            params.extend(p)
        _tallies_sql[key] = (" UNION ALL ".join(parts), params)
    sql, params = _tallies_sql[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _tally_report(top):
    """The totals, then the rows of each scope of `SCOPES`, each naming its object (built from the fields
    read, not fetched again); a row whose object is gone is left out."""
    totals = {"due": 0, "overdue": 0, "done": 0}
    per_scope = {scope: [] for scope, *_rest in SCOPES}
    names = {scope: (model, name) for scope, model, name, _overdue in SCOPES}
    for scope, key, due, overdue, done, *labels in _tally_rows(top):
        if scope == Scope.TOTAL:
            totals = {"due": due, "overdue": overdue, "done": done}
        elif labels[0] is not None:
            model, name = names[scope]
            fields = FIELDS[name]
            obj = model.from_db(
                connection.alias, [model._meta.pk.attname, *fields], [key, *labels[: len(fields)]]
            )
            per_scope[scope].append({name: obj, "due": due, "overdue": overdue, "done": done})
    for scope, rows in per_scope.items():  # a union keeps no order: each scope's rows get theirs back
        name = names[scope][1]
        rows.sort(key=lambda r, name=name: (-r["overdue"], -r["due"], r[name].pk))
    return totals, [per_scope[scope] for scope, *_rest in SCOPES]


def _worst_from_counts(counts, scope, top, model, name, require_overdue=False):
    """The same rows as `_tally_report`, from counts taken straight from the commitments."""
    rows = [
        {"key": key, **c}
        for (s, key), c in counts.items()
        if s == scope and (c["overdue"] if require_overdue else any(c.values()))
    ]
    rows.sort(key=lambda r: (-r["overdue"], -r["due"], r["key"]))
    rows = rows[:top]
    objects = model.objects.only(*FIELDS[name]).in_bulk([r["key"] for r in rows])
    return [{name: objects[r.pop("key")], **r} for r in rows if r["key"] in objects]


def _with_shares(counts):
    active = counts["active"] or 0
    counts["roadmap_share"] = counts["with_roadmap"] / active if active else None
    counts["representative_share"] = counts["with_representative"] / active if active else None
    return counts


def agreements_report(today, top=TOP):
    """Agreement and commitment counts come from the tallies (see `tallies.py`), brought to `today` first
    when they are kept for an earlier day; for a day before the one they are kept for, they are counted
    from the rows."""
    counts = _kept_counts(today)
    if counts is None or counts["as_of"] != today:
        if not tallies.ready_for(today):
            return agreements_report_from_rows(today, top)
        counts = _kept_counts(today)
    del counts["as_of"]
    totals, (per_agreement, per_country, per_owner) = _tally_report(top)
    return {
        "today": today,
        "counts": _with_shares(counts),
        "totals": totals,
        "per_agreement": per_agreement,
        "per_country": per_country,
        "per_owner": per_owner,
    }


def agreements_report_from_rows(today, top=TOP):
    """The same report counted from the commitments themselves (slow on a large registry): for a past day,
    and the reference the tallies are tested against."""
    rows = tallies.count_rows(today)
    return {
        "today": today,
        "counts": _with_shares(_agreement_counts(today)),
        "totals": rows[(Scope.TOTAL, 0)],
        "per_agreement": _worst_from_counts(rows, Scope.AGREEMENT, top, Agreement, "agreement", True),
        "per_country": _worst_from_counts(rows, Scope.COUNTRY, top, Country, "country"),
        "per_owner": _worst_from_counts(rows, Scope.OWNER, top, Person, "owner"),
    }
