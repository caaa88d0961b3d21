"""Benchmark of the award's results: the results table of an edition against one aggregate query over its scores.

    python bench/awards/run.py [--quick] [--runs 15]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/awards_bench python bench/awards/run.py

Builds an edition with 2,000 entries in 5 categories, 5 criteria and 30 jurors (6 per category, every entry scored
by the 6 jurors of its category on every criterion: 60,000 scores; a tenth of the entries with --quick) on an
empty database given by DATABASE_URL (a fresh SQLite file by default). Then times, side by side in one run (each
measured in turn, round after round; medians), the results table (one grouped query of weighted totals per juror
and entry, normalized per juror in Python, ranked per category: `results_table`), and the results page as the
secretary opens it, each against one aggregate query over the edition's scores (target ≤ 5 for the table).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def setup_django():
    if not os.environ.get("DATABASE_URL"):
        path = Path(tempfile.mkdtemp(prefix="awards-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citydiplomacy.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(n_entries, n_jurors=30, n_categories=5, n_criteria=5):
    import datetime as dt

    from django.db import connection
    from django.utils import timezone

    from citydiplomacy.awards.models import (
        Assignment,
        AwardEdition,
        AwardSeries,
        Category,
        Criterion,
        Entry,
        Juror,
        Score,
    )  # fmt: skip
    from citydiplomacy.core.models import Role, User
    from citydiplomacy.partners.models import Contact, Country

    edition = AwardEdition.objects.filter(slug="bench").first()
    if edition is not None:
        return edition
    rng = random.Random(7)
    now = timezone.now()
    series = AwardSeries.objects.create(name_fa="خشت طلایی", name_en="Golden Brick", slug="gb-bench")
    edition = AwardEdition.objects.create(series=series, number=1, slug="bench", title_fa="جایزه", title_en="Award",
                                          opens_at=now - dt.timedelta(days=90), closes_at=now - dt.timedelta(days=1),
                                          blind_review=True)  # fmt: skip
    categories = Category.objects.bulk_create(
        [
            Category(edition=edition, name_fa=f"بخش {i}", name_en=f"Category {i}", order=i)
            for i in range(n_categories)
        ]
    )
    criteria = Criterion.objects.bulk_create(
        [
            Criterion(
                edition=edition, name_fa=f"معیار {i}", name_en=f"Criterion {i}", weight=1 + i % 3, order=i
            )
            for i in range(n_criteria)
        ]  # fmt: skip
    )
    countries = list(Country.objects.all()[:60])
    entries = Entry.objects.bulk_create(
        [Entry(edition=edition, category=categories[i % n_categories], code=f"B-{i:05d}", title=f"Project {i}",
               summary="…", entrant_kind="city", entrant_name=f"City {i}", country=rng.choice(countries),
               city_name=f"City {i}", contact_person="x", email=f"e{i}@example.org", key_hash=f"{i:064d}",
               email_confirmed_at=now)
         for i in range(n_entries)], batch_size=2000,
    )  # fmt: skip
    jurors = []
    for j in range(n_jurors):
        user = User.objects.create_user(f"bench-juror-{j}", password="x", role=Role.JURY)
        contact = Contact.objects.create(name_fa=f"داور {j}", name_en=f"Juror {j}")
        juror = Juror.objects.create(edition=edition, user=user, contact=contact, is_chair=j == 0)
        juror.categories.set([categories[j % n_categories]])
        jurors.append(juror)
    assignments, scores = [], []
    for juror in jurors:
        bias = rng.uniform(-2, 2)
        category = categories[jurors.index(juror) % n_categories]
        for entry in entries:
            if entry.category_id != category.pk:
                continue
            assignments.append(Assignment(juror=juror, entry=entry))
            for criterion in criteria:
                value = max(1, min(10, round(rng.gauss(6 + bias, 1.5))))
                scores.append(Score(juror=juror, entry=entry, criterion=criterion, value=value))
    Assignment.objects.bulk_create(assignments, batch_size=5000)
    Score.objects.bulk_create(scores, batch_size=5000)
    from citydiplomacy.awards.services import rebuild_totals

    rebuild_totals(edition)  # the scores were bulk-loaded past the scoring service
    User.objects.create_user("bench", password="bench-pass", role=Role.SECRETARY)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return edition


def side_by_side(funcs, runs):
    """Median seconds and query count of each function, called in turn, round after round."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    samples = {name: [] for name in funcs}
    for func in funcs.values():
        func()  # warm up
    for _ in range(runs):
        for name, func in funcs.items():
            start = time.perf_counter()
            func()
            samples[name].append(time.perf_counter() - start)
    out = {}
    for name, func in funcs.items():
        with CaptureQueriesContext(connection) as queries:
            func()
        out[name] = (statistics.median(samples[name]), len(queries))
    return out


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="200 entries instead of 2,000")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    setup_django()
    from django.db import connection
    from django.db.models import Avg, Count
    from django.test import Client

    from citydiplomacy.awards.models import Score
    from citydiplomacy.awards.results import results_table
    from citydiplomacy.core.models import User

    start = time.perf_counter()
    edition = build(200 if args.quick else 2000)
    n_scores = Score.objects.filter(entry__edition=edition).count()
    print(f"data built in {time.perf_counter() - start:.1f}s on {connection.vendor}: "
          f"{edition.entries.count()} entries, {edition.jurors.count()} jurors, {n_scores} scores")  # fmt: skip
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(User.objects.get(username="bench"))

    def aggregate():
        return Score.objects.filter(entry__edition=edition).aggregate(mean=Avg("value"), n=Count("id"))

    def table():
        tables = results_table(edition)
        assert sum(len(t.rows) for t in tables) == edition.entries.count()

    def page():
        response = client.get(f"/awards/{edition.pk}/results/")
        assert response.status_code == 200

    measured = side_by_side({"aggregate": aggregate, "table": table, "page": page}, args.runs)
    base, base_q = measured["aggregate"]
    failed = False
    for name, label, target in (("table", "results table", 5), ("page", "results page (HTML)", None)):
        t, q = measured[name]
        ratio = t / base
        verdict = "" if target is None else f"(target ≤ {target}) {'ok' if ratio <= target else 'OVER'}"
        failed |= target is not None and ratio > target
        print(f"{label:22s} {t * 1000:8.1f} ms ({q} queries) / one aggregate query {base * 1000:6.1f} ms "
              f"({base_q} query) = {ratio:5.2f} {verdict}")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
