"""Backup and restore of a whole installation: the database and the uploaded files in one tar.gz.

The archive holds
  manifest.json   format, version, when, the database it came from, the applied migrations, the row count of
                  every table and the size and SHA-256 of every file;
  database.json   Django's `dumpdata` of every model (with primary keys), portable between SQLite and PostgreSQL;
  media/...       the files under MEDIA_ROOT.

A restore goes into an EMPTY installation only (migrated, with no records beyond those the migrations themselves
create, and no uploaded files): it replaces those reference rows with the backup's, loads every row in one
transaction, checks the row counts against the manifest, and then writes the files, each checked against its
hash. Nothing is half-written: a bad archive is refused before the database is touched.
"""

import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers import json as json_serializer
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils.translation import gettext as _

FORMAT = "citydiplomacy-backup"
VERSION = 1
# Models a fresh `migrate` fills (content types, permissions, the seeded reference data): an installation
# holding only these is empty.
FILLED_BY_MIGRATE = {
    "contenttypes.contenttype",
    "auth.permission",
    "partners.country",
    "partners.city",
    "partners.organization",
    "partners.searchname",
    "agreements.domain",
}


class BackupError(Exception):
    """A clear, translated reason why a backup or restore was refused."""


def _models():
    return [m for m in apps.get_models(include_auto_created=True) if m._meta.managed and not m._meta.proxy]


def table_counts():
    return {m._meta.label_lower: m._base_manager.count() for m in _models()}


def applied_migrations():
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _media_root():
    return Path(settings.MEDIA_ROOT)


def media_files():
    root = _media_root()
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a backup keeps them to the microsecond."""

    def default(self, o):
        if isinstance(o, dt.datetime | dt.time):
            return o.isoformat()
        return super().default(o)


class _RowSerializer(json_serializer.Serializer):
    """Django's JSON fixture serializer, with each many-to-many link written as its own row (its table is
    dumped like any other), so the links keep their ids too."""

    def handle_m2m_field(self, obj, field):
        pass


def _dump(path):
    """Every row of every table (many-to-many link tables included), primary keys kept, as a Django JSON fixture
    with full-precision times."""

    def rows():
        for model in _models():
            yield from model._base_manager.order_by(model._meta.pk.name).iterator(chunk_size=2000)

    with open(path, "w", encoding="utf-8") as handle:
        _RowSerializer().serialize(rows(), stream=handle, cls=FullPrecisionEncoder)


def backup(path):
    """Write the archive to path (atomically: a temporary file renamed at the end). Returns the manifest."""
    path = Path(path)
    root = _media_root()
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "database.json"
        with transaction.atomic():  # one consistent view of the database (a snapshot on PostgreSQL)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            counts = table_counts()
            migrations = applied_migrations()
            _dump(dump)
        files = [
            {"path": p.relative_to(root).as_posix(), "size": p.stat().st_size, "sha256": _sha256(p)}
            for p in media_files()
        ]
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "database_vendor": connection.vendor,
            "migrations": migrations,
            "counts": counts,
            "database": {"name": "database.json", "sha256": _sha256(dump), "size": dump.stat().st_size},
            "files": files,
        }
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(dt.datetime.now().timestamp())
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname="database.json", recursive=False)
            for entry in files:
                archive.add(root / entry["path"], arcname=f"media/{entry['path']}", recursive=False)
        os.replace(partial, path)
    return manifest


def _safe_member_name(name):
    """A file path inside the archive that stays inside the target directory, or None."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or not pure.parts:
        return None
    return pure


def _read_manifest(archive):
    try:
        member = archive.getmember("manifest.json")
        manifest = json.loads(archive.extractfile(member).read().decode("utf-8"))
    except (KeyError, ValueError, AttributeError) as exc:
        raise BackupError(_("This file is not a City Diplomacy backup (no readable manifest).")) from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise BackupError(_("This file is not a City Diplomacy backup of a version this installation reads."))
    return manifest


def emptiness_problems():
    """What makes this installation not empty: tables with records and uploaded files ([] if empty)."""
    problems = [
        f"{label}: {count}"
        for label, count in table_counts().items()
        if count and label not in FILLED_BY_MIGRATE
    ]
    files = media_files()
    if files:
        problems.append(f"{_media_root()}: {len(files)} files")
    return problems


def restore(path, *, ignore_schema_difference=False):
    """Restore the archive at path into this (empty) installation. Returns the manifest."""
    path = Path(path)
    try:
        archive = tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(_("The backup file cannot be read: {error}").format(error=exc)) from exc
    with archive, tempfile.TemporaryDirectory() as tmp:
        manifest = _read_manifest(archive)
        problems = emptiness_problems()
        if problems:
            raise BackupError(
                _("A backup is restored into an empty installation only; this one holds: {what}").format(
                    what="; ".join(problems[:10])
                )
            )
        here = applied_migrations()
        if manifest["migrations"] != here and not ignore_schema_difference:
            missing = sorted(set(manifest["migrations"]) - set(here))
            extra = sorted(set(here) - set(manifest["migrations"]))
            raise BackupError(
                _(
                    "The backup was made with another version of the database schema (only in the backup: "
                    "{missing}; only here: {extra}). Install the version it was made with, or migrate to it."
                ).format(missing=", ".join(missing) or "-", extra=", ".join(extra) or "-")
            )
        # Unpack and check everything before touching the database.
        staged = Path(tmp)
        expected = {f["path"]: f for f in manifest["files"]}
        found = set()
        dump = staged / "database.json"
        for member in archive:
            name = _safe_member_name(member.name)
            if member.name == "manifest.json":
                continue
            if name is None or not (member.isfile() or member.isdir()):
                raise BackupError(_("The backup holds an unsafe entry: {name}").format(name=member.name))
            if member.isdir():
                continue
            if member.name == "database.json":
                target = dump
            elif name.parts[0] == "media" and len(name.parts) > 1:
                relative = PurePosixPath(*name.parts[1:]).as_posix()
                if relative not in expected:
                    raise BackupError(_("The backup holds an unlisted file: {name}").format(name=member.name))
                found.add(relative)
                target = staged / "media" / relative
            else:
                raise BackupError(_("The backup holds an unexpected entry: {name}").format(name=member.name))
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
        if not dump.exists() or _sha256(dump) != manifest["database"]["sha256"]:
            raise BackupError(_("The backup's database file is missing or damaged."))
        damaged = [
            p for p in expected if p not in found or _sha256(staged / "media" / p) != expected[p]["sha256"]
        ]
        if damaged:
            raise BackupError(
                _("Files of the backup are missing or damaged: {names}").format(names=", ".join(damaged[:10]))
            )
        _load_database(dump, manifest)
        _place_files(staged / "media", list(expected))
    return manifest


@transaction.atomic
def _load_database(dump, manifest):
    # The rows migrate created are replaced by the backup's own (same tables, the backup's primary keys).
    tables = [m._meta.db_table for m in _models()]
    tables = [t for t in connection.introspection.django_table_names(only_existing=True) if t in tables]
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=True)
    connection.ops.execute_sql_flush(statements)
    call_command("loaddata", str(dump), verbosity=0)  # resets the sequences after loading
    counts = table_counts()
    wrong = {
        label: (n, counts.get(label)) for label, n in manifest["counts"].items() if counts.get(label) != n
    }
    if wrong:
        raise BackupError(
            _("The restored row counts differ from the backup's: {tables}").format(
                tables=", ".join(f"{k} {v[1]} ≠ {v[0]}" for k, v in list(wrong.items())[:10])
            )
        )


def _place_files(staged, names):
    root = _media_root()
    for name in names:
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(staged / name, target)
