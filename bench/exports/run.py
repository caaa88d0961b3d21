"""Benchmark of the exports pipeline: the board and the report against a trivial view.

    python bench/exports/run.py [--quick] [--runs 20]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/exports/run.py

Builds 50,000 leads with 500,000 activities and their stage history (a tenth with --quick) on an empty
database given by DATABASE_URL (a fresh SQLite file by default), then times with Django's test Client, side by
side in one run (each page and the baseline requested in turn, round after round), the median of each: the
pipeline board and the exports report against a trivial view (target ≤ 3). It also counts the queries of each
page at a tenth of the leads and at all of them: they must be the same.
"""

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "registry"))


def setup_django():
    if not os.environ.get("DATABASE_URL"):
        path = Path(tempfile.mkdtemp(prefix="exports-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    from run import setup_django as registry_setup  # the same settings as the registry benchmark

    registry_setup()


def build(scale, upto=None):
    """Bulk-load leads (past the services, as an import would) with a consistent stage history."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.utils import timezone

    from citydiplomacy.core.models import Role, Unit
    from citydiplomacy.exports.models import (
        OPEN_STAGES,
        Activity,
        Lead,
        LossReason,
        Offering,
        OfferingKind,
        Stage,
        StageChange,
    )  # fmt: skip
    from citydiplomacy.partners.models import City

    n_leads = (upto or 50_000) // scale
    existing = Lead.objects.count()
    if existing >= n_leads:
        return
    rng = random.Random(11 + existing)
    User = get_user_model()
    officer = User.objects.filter(username="bench").first() or User.objects.create_user(
        "bench", password="bench-pass", role=Role.EXPORTS
    )
    unit = Unit.objects.get_or_create(name_fa="واحد آزمون", defaults={"name_en": "Bench unit"})[0]
    offerings = list(Offering.objects.all()) or [
        Offering.objects.create(name_fa=f"خدمت {i}", name_en=f"Offering {i}", kind=OfferingKind.SOFTWARE, unit=unit)
        for i in range(20)
    ]  # fmt: skip
    reasons = list(LossReason.objects.all()) or [
        LossReason.objects.create(name_fa=f"دلیل {i}") for i in range(5)
    ]
    cities = list(City.objects.select_related("country")[:300])
    stages = [*OPEN_STAGES, *OPEN_STAGES, Stage.WON, Stage.LOST, Stage.DELIVERY, Stage.AFTER_SALES]
    now = timezone.now()
    leads = []
    for i in range(existing, n_leads):
        city = rng.choice(cities)
        stage = rng.choice(stages)
        value = Decimal(rng.randint(10, 2000) * 1000)
        since = now - dt.timedelta(days=rng.randint(0, 700), hours=rng.randint(0, 23))
        won = since.date() if stage in (Stage.WON, Stage.DELIVERY, Stage.AFTER_SALES) else None
        leads.append(Lead(
            title=f"Lead {i}", partner_city=city, country_id=city.country_id, value=value, currency="USD",
            value_on=since.date(), value_base=value, owner=officer, stage=stage, stage_since=since,
            next_action=f"Call {i}", next_action_due=since.date() + dt.timedelta(days=rng.randint(-30, 60)),
            lost_reason=rng.choice(reasons) if stage == Stage.LOST else None, won_on=won,
            delivered_on=won if stage in (Stage.DELIVERY, Stage.AFTER_SALES) else None, created_by=officer,
        ))  # fmt: skip
    leads = Lead.objects.bulk_create(leads, batch_size=5000)
    links = [Lead.offerings.through(lead_id=lead.pk, offering_id=rng.choice(offerings).pk) for lead in leads]
    Lead.offerings.through.objects.bulk_create(links, batch_size=10000)
    changes, activities = [], []
    for lead in leads:
        changes.append(StageChange(lead=lead, from_stage=Stage.INQUIRY, to_stage=lead.stage, at=lead.stage_since,
                                   days_in_previous=rng.uniform(1, 60), user=officer))  # fmt: skip
        for k in range(10):
            activities.append(Activity(lead=lead, kind="call", on=lead.stage_since.date() - dt.timedelta(days=k),
                                       note="", user=officer))  # fmt: skip
        if len(activities) >= 50_000:
            Activity.objects.bulk_create(activities, batch_size=10000)
            activities = []
    Activity.objects.bulk_create(activities, batch_size=10000)
    StageChange.objects.bulk_create(changes, batch_size=10000)
    from citydiplomacy.exports.tallies import rebuild

    rebuild()  # the rows were bulk-loaded past the services
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a tenth of the data")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_django()
    from django.db import connection
    from django.test import Client
    from run import timed

    from citydiplomacy.core.models import User
    from citydiplomacy.exports.models import Activity, Lead

    scale = 10 if args.quick else 1
    pages = {"board": "/exports/board/", "report": "/exports/report/?year=1404"}
    trivial = "/about/"
    build(scale, upto=5_000)  # first a tenth: the query counts at that size
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(User.objects.get(username="bench"))
    small = {name: timed(client, [url], 1)[url][1] for name, url in pages.items()}
    start = time.perf_counter()
    build(scale)
    print(f"data built in {time.perf_counter() - start:.1f}s on {connection.vendor}: "
          f"{Lead.objects.count()} leads, {Activity.objects.count()} activities")  # fmt: skip
    failed = False
    for name, url in pages.items():
        measured = timed(client, [url, trivial], args.runs)
        (t, q), (tb, qb) = measured[url], measured[trivial]
        ratio = t / tb
        same = q == small[name]
        failed |= ratio > 3 or not same
        print(f"{name:8s} {t * 1000:8.1f} ms ({q} queries; {small[name]} at a tenth of the leads) / "
              f"{tb * 1000:6.1f} ms ({qb} queries) = {ratio:5.2f} (target ≤ 3) "
              f"{'ok' if ratio <= 3 and same else 'OVER'}")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
