"""One database's run of the missions benchmarks (started by bench/run.py with DATABASE_URL set)."""

import argparse
import datetime as dt
import os
import random
import statistics
import time
from urllib.parse import urlparse

import django


def prepare_database():
    url = os.environ["DATABASE_URL"]
    if url.startswith("postgres"):
        import psycopg

        parsed = urlparse(url)
        name = parsed.path.lstrip("/")
        with psycopg.connect(host=parsed.hostname, port=parsed.port or 5432, user=parsed.username or "postgres",
                             dbname="postgres", autocommit=True) as conn:  # fmt: skip
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')


def timed(func, repeat):
    """Median wall time of `repeat` calls (after one warm-up call)."""
    func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def build_rows(n, seed=7):
    """N rows in the import format: realistic spread over 1396–1404, destinations, decisions, outcomes."""
    from citydiplomacy.lib.jalali import format_jalali

    rng = random.Random(seed)
    countries = ["IQ", "ES", "TR", "AE", "KR", "RU", "TJ", "IN", "JP", "MY", "ID", "QA", "JO", "DE", "CN"]
    purposes = ["summit", "exhibition", "site_visit", "training", "competition", "negotiation", "cultural_week",
                "government_delegation", "mayor_official", "other"]  # fmt: skip
    units = [f"واحد {i}" for i in range(40)]
    people = [f"کارمند {i}" for i in range(400)]
    base = dt.date(2017, 3, 21)
    rows = []
    for i in range(n):
        start = base + dt.timedelta(days=rng.randrange(0, 3000))
        end = start + dt.timedelta(days=rng.randrange(1, 10))
        submitted = start - dt.timedelta(days=rng.randrange(10, 60))
        decided = submitted + dt.timedelta(days=rng.randrange(3, 9))
        roll = rng.random()
        decision = (
            "rejected"
            if roll < 0.28
            else ("withdrawn" if roll < 0.31 else ("pending" if roll < 0.33 else "approved"))
        )
        outcome = ""
        if decision == "approved" and end < dt.date(2025, 11, 1):
            outcome = "cancelled" if rng.random() < 0.26 else "realized"
        rows.append({
            "reference": f"B-{i:07d}", "unit": rng.choice(units), "title": f"Mission {i}",
            "purpose": rng.choice(purposes), "mode": "virtual" if rng.random() < 0.1 else "in_person",
            "countries": ";".join(rng.sample(countries, rng.choice([1, 1, 1, 2]))), "cities": "",
            "start_date": format_jalali(start, persian_digits=False).replace("/", "-"),
            "end_date": format_jalali(end, persian_digits=False).replace("/", "-"),
            "travellers": ";".join(rng.sample(people, rng.randrange(1, 7))),
            "submitted_on": submitted.isoformat(), "decision": decision,
            "decided_on": decided.isoformat() if decision != "pending" else "", "outcome": outcome,
            "outcome_on": end.isoformat() if outcome else "", "funding": "municipality",
            "estimated_cost": str(rng.randrange(1000, 90000)), "currency": "EUR",
        })  # fmt: skip
    return rows


def bulk_insert_baseline(rows):
    """The same rows written with plain bulk_create (requests, destinations, decisions): the import's baseline."""
    from django.db import transaction

    from citydiplomacy.core.models import Unit
    from citydiplomacy.missions.models import Decision, MissionRequest
    from citydiplomacy.partners.models import Country

    countries = {c.iso2: c.pk for c in Country.objects.all()}
    with transaction.atomic():
        units = {}
        for row in rows:
            if row["unit"] not in units:
                units[row["unit"]] = Unit.objects.get_or_create(name_fa="BASE " + row["unit"])[0].pk
        from citydiplomacy.lib.jalali import parse_date

        objs = [
            MissionRequest(reference="X" + r["reference"], title=r["title"], unit_id=units[r["unit"]], purpose=r["purpose"],
                           mode=r["mode"], start_date=parse_date(r["start_date"]), end_date=parse_date(r["end_date"]),
                           status="approved", submitted_on=parse_date(r["submitted_on"]), persons_count=len(r["travellers"].split(";")))
            for r in rows
        ]  # fmt: skip
        MissionRequest.objects.bulk_create(objs, batch_size=2000)
        through = MissionRequest.countries.through
        links = [
            through(missionrequest_id=m.pk, country_id=countries[c])
            for m, r in zip(objs, rows, strict=True)
            for c in r["countries"].split(";")
        ]
        through.objects.bulk_create(links, batch_size=5000)
        Decision.objects.bulk_create(
            [Decision(mission_id=m.pk, kind="approved", date=m.submitted_on) for m in objs], batch_size=5000
        )
        transaction.set_rollback(True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    prepare_database()
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0)
    from citydiplomacy.core.models import User
    from citydiplomacy.lib.jalali import parse_date
    from citydiplomacy.missions.imports.importer import import_rows
    from citydiplomacy.missions.models import MissionRequest
    from citydiplomacy.reports.services import council_report

    rows = build_rows(args.rows)
    results = []

    # Import vs bulk insert of the same rows (import on an empty table first, then the baseline rolled back).
    t0 = time.perf_counter()
    result = import_rows(rows)
    import_time = time.perf_counter() - t0
    assert not result.errors, result.errors[:5]
    t0 = time.perf_counter()
    bulk_insert_baseline(rows)
    bulk_time = time.perf_counter() - t0
    results.append(
        (
            "import N rows / bulk insert of the same rows",
            import_time / bulk_time,
            3,
            f"{import_time:.2f}s vs {bulk_time:.2f}s",
        )
    )

    # Statistics and the visibility map, as autovacuum keeps them in production (PostgreSQL's planner and
    # its index-only counts need them; SQLite's planner uses ANALYZE's statistics too).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")

    # Council report vs one plain aggregate query over the same table.
    start, end = parse_date("1396-01-01"), parse_date("1404-12-29")
    from django.db.models import Count, Sum

    def plain_aggregate():
        return MissionRequest.objects.filter(start_date__range=(start, end)).aggregate(
            n=Count("id"), p=Sum("persons_count")
        )

    report_time = timed(lambda: council_report(start, end), args.repeat)
    aggregate_time = timed(plain_aggregate, args.repeat)
    results.append(
        (
            "council report / one aggregate query",
            report_time / aggregate_time,
            5,
            f"{report_time * 1000:.0f}ms vs {aggregate_time * 1000:.0f}ms",
        )
    )

    # Pages and API vs a trivial view, logged in as the secretary (who sees every request).
    secretary = User.objects.create_user("bench-secretary", password="x", role="secretary")
    client = Client()
    client.force_login(secretary)

    def get(url):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    # The three pages requested in turn, round after round, so that a passing disturbance of the machine
    # falls on all of them alike; each figure is the median of its rounds.
    pages = {"/about/": [], "/missions/": [], "/api/missions/": []}
    for url in pages:
        get(url)  # warm
    for _ in range(args.repeat * 4):
        for url, samples in pages.items():
            start_time = time.perf_counter()
            get(url)
            samples.append(time.perf_counter() - start_time)
    trivial = statistics.median(pages["/about/"])
    for label, url in [("request list page", "/missions/"), ("API list", "/api/missions/")]:
        elapsed = statistics.median(pages[url])
        with CaptureQueriesContext(connection) as ctx:
            get(url)
        results.append(
            (
                f"{label} / trivial view",
                elapsed / trivial,
                3,
                f"{elapsed * 1000:.0f}ms vs {trivial * 1000:.1f}ms, {len(ctx.captured_queries)} queries",
            )
        )

    width = max(len(r[0]) for r in results)
    for name, ratio, target, detail in results:
        verdict = "ok" if ratio <= target else "OVER TARGET"
        print(
            f"{args.label:8} {name:<{width}}  ratio {ratio:6.2f}  (target ≤ {target})  {verdict:11}  {detail}"
        )


if __name__ == "__main__":
    main()
