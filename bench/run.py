"""City Diplomacy benchmarks: every figure is a ratio measured side by side in one run.

    python bench/run.py [--rows 100000] [--db sqlite,postgres] [--repeat 5]

For each database it builds a data set of N mission requests, then prints:
  - the council report's time / one plain aggregate query over the same table   (target ≤ 5)
  - the request list page and the API list / a trivial view, with query counts (target ≤ 3)
  - importing N rows / inserting the same rows with bulk_create                 (target ≤ 3)
Each database runs in its own process (Django is configured once per process).
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/citydiplomacy_bench")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    failed = False
    for db in args.db.split(","):
        # SECURE_SSL_REDIRECT off: plain HTTP on loopback, no TLS proxy in front.
        env = dict(os.environ, PYTHONPATH=str(ROOT), DJANGO_SETTINGS_MODULE="citydiplomacy.settings", DEBUG="false",
                   SECRET_KEY="bench", ALLOWED_HOSTS="testserver", LOG_LEVEL="ERROR",
                   SECURE_SSL_REDIRECT="false")  # fmt: skip
        if db == "sqlite":
            path = Path("/tmp/citydiplomacy-bench.sqlite3")
            path.unlink(missing_ok=True)
            env["DATABASE_URL"] = f"sqlite:///{path}"
        else:
            env["DATABASE_URL"] = PG_URL
        env["DATA_DIR"] = "/tmp/citydiplomacy-bench-data"
        cmd = [
            sys.executable,
            str(ROOT / "bench" / "missions_bench.py"),
            "--rows",
            str(args.rows),
            "--repeat",
            str(args.repeat),
            "--label",
            db,
        ]
        print(f"\n=== {db} ({args.rows:,} requests) ===", flush=True)
        failed |= subprocess.call(cmd, env=env) != 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
