"""Benchmark of the relations registry: partner page, agreements report and search vs trivial views.

    python bench/registry/run.py [--quick] [--runs 20]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/registry/run.py

Builds the data set (10,000 partners, 20,000 agreements, 100,000 commitments; a tenth with --quick) on
an empty database given by DATABASE_URL (a fresh SQLite file by default), then times with Django's test
Client, side by side in one run (each page and its baseline requested in turn, round after round), the
median of each: the partner page and the agreements report against a trivial view (targets ≤ 3), and a
search across all names against a single indexed lookup (target ≤ 5). Prints the ratios and the query
counts. Pages are measured as they run in production, without the test framework's instrumented
template rendering.
"""

import argparse
import datetime as dt
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
        path = Path(tempfile.mkdtemp(prefix="registry-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citydiplomacy.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")  # plain HTTP, no TLS proxy in front
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # nothing leaves the machine
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(scale):
    from citydiplomacy.agreements.models import Agreement, Commitment, CommitmentStatus, Party
    from citydiplomacy.core.models import Person, Role, User
    from citydiplomacy.partners.models import City, Country, Organization, SearchName
    from citydiplomacy.partners.search import name_keys

    rng = random.Random(4)
    n_partners, n_agreements, n_commitments = 10_000 // scale, 20_000 // scale, 100_000 // scale
    if Agreement.objects.count() >= n_agreements:
        return
    countries = list(Country.objects.all())
    owners = Person.objects.bulk_create([Person(name_fa=f"مسئول {i}", name_en=f"Owner {i}", name_key=f"owner {i}")
                                         for i in range(200)])  # fmt: skip
    cities, orgs = [], []
    for i in range(n_partners):
        country = rng.choice(countries)
        if i % 2:
            cities.append(
                City(name_fa=f"شهر {i}", name_en=f"City {i}", country=country, aliases=[f"Town {i}"])
            )
        else:
            orgs.append(Organization(name_fa=f"شرکت {i}", name_en=f"Company {i}", kind="company", country=country,
                                     acronym=f"C{i}"))  # fmt: skip
    cities = City.objects.bulk_create(cities, batch_size=2000)
    orgs = Organization.objects.bulk_create(orgs, batch_size=2000)
    rows = []
    for kind, objs in (("city", cities), ("organization", orgs)):
        for o in objs:
            for key in name_keys([o.name_fa, o.name_en, *o.aliases, getattr(o, "acronym", "")]):
                rows.append(SearchName(key=key, kind=kind, object_id=o.pk, label=o.name_fa))
    today = dt.date.today()
    agreements = []
    for i in range(n_agreements):
        signed = today - dt.timedelta(days=rng.randint(0, 3650))
        agreements.append(Agreement(
            reference=f"AG-B-{i:06d}", kind=rng.choice(["mou", "sister_city", "contract"]), title_fa=f"تفاهم‌نامه {i}",
            title_en=f"Agreement {i}", signed_on=signed, expires_on=signed + dt.timedelta(days=1825),
            status=rng.choice(["active", "signed", "draft", "terminated"]),
        ))  # fmt: skip
    agreements = Agreement.objects.bulk_create(agreements, batch_size=2000)
    for a in agreements:
        rows.append(SearchName(key=f"agreement {a.pk}", kind="agreement", object_id=a.pk, label=a.reference))
        rows.append(SearchName(key=a.reference.lower(), kind="agreement", object_id=a.pk, label=a.reference))
    SearchName.objects.bulk_create(rows, batch_size=5000)
    parties = []
    for a in agreements:
        partner = rng.choice(cities) if rng.random() < 0.5 else rng.choice(orgs)
        if isinstance(partner, City):
            parties.append(Party(agreement=a, city=partner, country_id=partner.country_id))
        else:
            parties.append(Party(agreement=a, organization=partner, country_id=partner.country_id))
    Party.objects.bulk_create(parties, batch_size=5000)
    statuses = [
        CommitmentStatus.OPEN,
        CommitmentStatus.IN_PROGRESS,
        CommitmentStatus.DELIVERED,
        CommitmentStatus.DELIVERED,
    ]
    commitments = [
        Commitment(agreement=rng.choice(agreements), title=f"Promise {i}", owner=rng.choice(owners),
                   due_on=today + dt.timedelta(days=rng.randint(-400, 400)), status=rng.choice(statuses))
        for i in range(n_commitments)
    ]  # fmt: skip
    Commitment.objects.bulk_create(commitments, batch_size=5000)
    User.objects.create_user("bench", password="bench-pass", role=Role.SECRETARY)
    from django.core.management import call_command

    call_command("rebuild_agreement_tallies", verbosity=0)  # the rows were bulk-loaded past the services
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def timed(client, urls, runs):
    """Median time and query count of each URL, the URLs requested in turn, round after round (a passing
    disturbance of the machine falls on all of them alike)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    samples = {url: [] for url in urls}
    for url in urls:
        client.get(url)  # warm up
    for _ in range(runs):
        for url in urls:
            start = time.perf_counter()
            response = client.get(url)
            samples[url].append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
    result = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        result[url] = (statistics.median(samples[url]), len(queries))
    return result


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

    start = time.perf_counter()
    build(10 if args.quick else 1)
    print(f"data built in {time.perf_counter() - start:.1f}s on {connection.vendor}")
    from citydiplomacy.agreements.models import Agreement, Commitment, Party
    from citydiplomacy.core.models import User
    from citydiplomacy.partners.models import City, Organization

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(User.objects.get(username="bench"))
    busiest = (
        Party.objects.filter(city__isnull=False)
        .values("city")
        .order_by()
        .annotate(n=__import__("django").db.models.Count("pk"))
        .order_by("-n")[0]["city"]
    )
    print(f"partners {City.objects.count() + Organization.objects.count()}, agreements {Agreement.objects.count()}, "
          f"commitments {Commitment.objects.count()}")  # fmt: skip
    trivial = "/about/"  # a login-required page rendering the base template, as in the missions benchmark
    pairs = [
        ("partner page", f"/partners/city/{busiest}/", trivial, 3),
        ("agreements report", "/agreements/report/", trivial, 3),
        ("search all names", "/api/registry/search/?q=company%2012", f"/api/cities/{busiest}/", 5),
    ]
    failed = False
    for name, url, base, target in pairs:
        measured = timed(client, [url, base], args.runs)
        (t, q), (tb, qb) = measured[url], measured[base]
        ratio = t / tb
        failed |= ratio > target
        print(f"{name:20s} {t * 1000:8.1f} ms ({q} queries) / {tb * 1000:6.1f} ms ({qb} queries) = {ratio:5.2f} "
              f"(target ≤ {target}) {'ok' if ratio <= target else 'OVER'}")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
