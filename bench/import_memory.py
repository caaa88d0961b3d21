"""Peak memory of importing a large mission history file, and of refusing a zip bomb.

    python bench/import_memory.py [--rows 100000] [--bomb-mb 1500]

Builds an .xlsx and a .csv of N rows (bench/missions_bench.py's realistic rows) and a small .xlsx that
inflates to --bomb-mb megabytes, then runs `manage.py import_missions` on each in a fresh process (a fresh
SQLite database, migrated first) and prints the process's peak resident memory (ru_maxrss of the child).
Target: a 100,000-row file imports in under 500 MB; the bomb is refused in well under that.
"""

import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
LIMIT_MB = 500


def write_files(rows, directory):
    from openpyxl import Workbook

    from citydiplomacy.missions.imports.columns import COLUMNS

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    xlsx = directory / "history.xlsx"
    book.save(xlsx)
    path = directory / "history.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows([row[c] for c in COLUMNS] for row in rows)
    return xlsx, path


def write_bomb(directory, megabytes):
    """A workbook whose one sheet inflates to `megabytes` MB (the reported attack, 3.7 MB → 1.5 GB)."""
    from openpyxl import Workbook

    template = io.BytesIO()
    Workbook().save(template)
    path = directory / "bomb.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open(info.filename, "w", force_zip64=True) as member:
                member.write(
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                row = b'<row><c t="inlineStr"><is><t>' + b"A" * 1000 + b"</t></is></c></row>"
                for _ in range(megabytes * 1024 * 1024 // len(row)):
                    member.write(row)
                member.write(b"</sheetData></worksheet>")
    return path


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--bomb-mb", type=int, default=1500)
    parser.add_argument(
        "--cases", default="bomb,xlsx-dry,csv-dry,xlsx,csv", help="which runs, comma-separated"
    )
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="citydiplomacy-import-bench-"))
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="citydiplomacy.settings", DEBUG="false", SECRET_KEY="bench",
               LOG_LEVEL="ERROR", DATA_DIR=str(directory), NEWS_SCHEDULER="false")  # fmt: skip
    os.environ.update(env)
    import django

    django.setup()
    from missions_bench import build_rows

    xlsx, csv_path = write_files(build_rows(args.rows), directory)
    bomb = write_bomb(directory, args.bomb_mb)
    print(f"files: {xlsx.stat().st_size / 1e6:.1f} MB .xlsx, {csv_path.stat().st_size / 1e6:.1f} MB .csv, "
          f"bomb {bomb.stat().st_size / 1e6:.1f} MB inflating to {args.bomb_mb} MB")  # fmt: skip
    failed = False
    cases = {
        "bomb": ("bomb, dry run", bomb, ["--dry-run"]),
        "xlsx-dry": (f"{args.rows:,} rows .xlsx, dry run", xlsx, ["--dry-run"]),
        "csv-dry": (f"{args.rows:,} rows .csv, dry run", csv_path, ["--dry-run"]),
        "xlsx": (f"{args.rows:,} rows .xlsx, import", xlsx, []),
        "csv": (f"{args.rows:,} rows .csv, import", csv_path, []),
    }
    for label, path, options in (cases[name] for name in args.cases.split(",")):
        database = directory / f"db-{len(label)}-{time.monotonic_ns()}.sqlite3"
        case_env = dict(env, DATABASE_URL=f"sqlite:///{database}")
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=case_env, check=True
        )
        # A fresh measuring process per case: ru_maxrss of the children is the peak of all children so far.
        script = (
            "import resource, subprocess, sys;"
            "done = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
            "print(done.returncode); print(done.stdout[-300:]); print(done.stderr[-300:])"
        )
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", script, sys.executable, "manage.py", "import_missions", str(path), *options],
            cwd=ROOT, env=case_env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        seconds = time.perf_counter() - start
        peak_kb, returncode, *output = done.stdout.split("\n", 2)
        peak_mb = int(peak_kb) / 1024
        expected_ok = "bomb" not in label
        ok = peak_mb < LIMIT_MB and (int(returncode) == 0) == expected_ok
        failed |= not ok
        summary = " ".join(" ".join(output).split())[:160]
        print(
            f"{'ok ' if ok else 'BAD'} {label:32} peak {peak_mb:6.0f} MB  {seconds:6.1f}s  {summary}",
            flush=True,
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
