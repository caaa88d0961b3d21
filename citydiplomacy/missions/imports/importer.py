"""Importing the history of mission requests: an explicit ordered list of small steps.

    read → load look-ups → check every row → plan against the database → write

Each step takes the `ImportJob` and fills its part; only `write` touches the database, in one
transaction, and only when no row failed (or when asked to skip the failed rows).
"""

from dataclasses import dataclass, field

from django.db import IntegrityError
from django.utils.translation import gettext as _

from .columns import column_for_header
from .plan import plan_rows
from .reader import ImportFileError, RawRow, RowError, iter_file
from .validate import Lookups, validate_rows
from .write import write_plan


@dataclass
class ImportResult:
    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    new_units: int = 0
    new_people: int = 0
    new_cities: int = 0
    file_error: bool = False  # the file as a whole could not be read (its errors say why)

    @property
    def ok(self):
        return not self.errors


@dataclass
class ImportJob:
    raw_rows: object  # an iterable of RawRow, read once (a file is streamed through the checks)
    user: object = None
    dry_run: bool = False
    update: bool = False
    skip_invalid: bool = False
    source: str = ""
    lookups: Lookups | None = None
    rows: list = field(default_factory=list)
    plan: object = None
    result: ImportResult = field(default_factory=ImportResult)

    @property
    def must_stop(self):
        return bool(self.result.errors) and not self.skip_invalid


def load_lookups(job):
    job.lookups = Lookups.load()


def check_rows(job):
    def counted(rows):
        for raw in rows:
            job.result.total += 1
            yield raw

    job.rows, errors = validate_rows(counted(job.raw_rows), job.lookups)
    job.result.errors.extend(errors)


def plan(job):
    job.plan, errors = plan_rows(job.rows, update=job.update)
    job.result.errors.extend(errors)
    failed = {e.row for e in errors}
    if failed:
        job.plan.create = [r for r in job.plan.create if r.number not in failed]
    result = job.result
    result.created, result.unchanged = len(job.plan.create), len(job.plan.unchanged)
    result.updated = len(job.plan.update)


def write(job):
    if job.dry_run or not (job.plan.create or job.plan.update):
        return
    try:
        made = write_plan(job.plan, user=job.user, source=job.source)
    except IntegrityError:
        job.result.errors.append(
            RowError(1, "reference", _("another import stored some of these references meanwhile; try again"))
        )
        job.result.created = job.result.updated = 0
        return
    job.result.written = True
    job.result.new_units, job.result.new_people, job.result.new_cities = (
        made["units"],
        made["people"],
        made["cities"],
    )


STEPS = (load_lookups, check_rows, plan, write)


def _raw_rows(rows):
    """RawRow objects as given, or plain dicts keyed by column names (English or Persian) numbered from 2."""
    names = {}
    for number, row in enumerate(rows, start=2):
        if isinstance(row, RawRow):
            yield row
            continue
        values = {}
        for header, value in row.items():
            if header not in names:
                names[header] = column_for_header(header)
            if names[header]:
                values[names[header]] = "" if value is None else value
        yield RawRow(number, values)


def import_rows(rows, *, user=None, dry_run=False, update=False, skip_invalid=False, source=""):
    """Check and import rows (dicts or `RawRow`s); nothing is written if any row fails, unless skip_invalid."""
    job = ImportJob(
        raw_rows=_raw_rows(rows), user=user, dry_run=dry_run, update=update, skip_invalid=skip_invalid,
        source=source,
    )  # fmt: skip
    job.result.dry_run = dry_run
    for step in STEPS:
        if step is write and job.must_stop:
            job.result.created = job.result.updated = 0
            break
        step(job)
    job.result.errors.sort(key=lambda e: (e.row, e.column))
    return job.result


def import_file(source, *, name=None, **options):
    """Read an .xlsx or .csv file (a path or an open binary file) as a stream and import its rows.

    A file that cannot be read, or breaks a limit while it is read, gives a result with `file_error` set
    and nothing written (the checks run before the write step)."""
    label = str(name or getattr(source, "name", None) or source)
    try:
        return import_rows(iter_file(source, name=name), source=label.rsplit("/", 1)[-1], **options)
    except ImportFileError as exc:
        return ImportResult(errors=exc.errors, dry_run=options.get("dry_run", False), file_error=True)
