"""Backup and restore, for real: an installation is populated (the demo seed, several apps, uploaded files),
backed up, restored into a fresh empty installation, and every table and every file is compared."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

ADD_FILES = """
from django.core.files.base import ContentFile
from citydiplomacy.agreements.models import Agreement, Commitment
from citydiplomacy.missions.models import Attachment, MissionRequest
missions = list(MissionRequest.objects.order_by("pk")[:3])
for i, mission in enumerate(missions):
    Attachment.objects.create(mission=mission, kind="invitation", title=f"دعوت‌نامه {i}",
                              file=ContentFile(bytes(range(256)) * (i + 1), name=f"دعوت-{i}.pdf"))
agreement = Agreement.objects.order_by("pk").first()
agreement.file.save("signed.pdf", ContentFile(b"%PDF-1.4 signed" + b"\\x00\\xff" * 100))
commitment = Commitment.objects.order_by("pk").first()
commitment.evidence_file.save("evidence.txt", ContentFile("شواهد".encode()))
"""


class Installation:
    """One installation: its own data directory (uploads) and database."""

    def __init__(self, root, database_url):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.database_url = database_url

    @property
    def media(self):
        return self.root / "media"

    def env(self):
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
        environment.update(DATA_DIR=str(self.root), DATABASE_URL=self.database_url, TASKS_RUN_INLINE="true")
        environment.update(NEWS_SCHEDULER="false", DEBUG="true")
        return environment

    def manage(self, *args, check=True):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def tables(self):
        """{table: sorted rows as text} of every table of the database."""
        if self.database_url.startswith("sqlite"):
            db = sqlite3.connect(self.database_url.removeprefix("sqlite:///"))
            names = [
                r[0]
                for r in db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            result = {name: sorted(map(repr, db.execute(f'SELECT * FROM "{name}"'))) for name in names}
            db.close()
            return result
        import psycopg

        with psycopg.connect(self.database_url) as db:
            names = [
                r[0]
                for r in db.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                )
            ]
            return {name: sorted(map(repr, db.execute(f'SELECT * FROM "{name}"'))) for name in names}

    def files(self):
        if not self.media.exists():
            return {}
        return {
            p.relative_to(self.media).as_posix(): p.read_bytes() for p in self.media.rglob("*") if p.is_file()
        }


def _postgres_url(name):
    from django.conf import settings

    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


@pytest.fixture
def installations(tmp_path):
    """make(name) → a migrated installation, copied from one migrated template (migrate runs once)."""
    from django.db import connection

    made = []
    if connection.vendor == "sqlite":
        template = Installation(tmp_path / "template", f"sqlite:///{tmp_path / 'template.sqlite3'}")
        template.manage("migrate", "-v0")

        def make(name):
            shutil.copyfile(tmp_path / "template.sqlite3", tmp_path / f"{name}.sqlite3")
            return Installation(tmp_path / name, f"sqlite:///{tmp_path / f'{name}.sqlite3'}")

        yield make
        return
    import psycopg

    prefix = f"cd_backup_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(_postgres_url("postgres"), autocommit=True)
    admin.execute(f'CREATE DATABASE "{prefix}_template"')
    made.append(f"{prefix}_template")
    Installation(tmp_path / "template", _postgres_url(f"{prefix}_template")).manage("migrate", "-v0")

    def make(name):
        admin.execute(f'CREATE DATABASE "{prefix}_{name}" TEMPLATE "{prefix}_template"')
        made.append(f"{prefix}_{name}")
        return Installation(tmp_path / name, _postgres_url(f"{prefix}_{name}"))

    yield make
    for name in made:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


@pytest.mark.slow
@pytest.mark.django_db
def test_a_backup_restored_into_an_empty_installation_is_identical(installations, tmp_path):
    source = installations("source")
    source.manage("seed_demo")
    source.manage("shell", "-c", ADD_FILES)
    archive = tmp_path / "backup.tar.gz"
    source.manage("backup", str(archive))
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "database.json"} <= set(names)
    assert sum(name.startswith("media/") for name in names) == 5

    target = installations("target")
    result = target.manage("restore", str(archive))
    assert "restored" in result.stdout

    before, after = source.tables(), target.tables()
    assert sorted(before) == sorted(after)
    populated = [t for t in before if before[t]]
    assert {"core_user", "missions_missionrequest", "agreements_agreement", "news_article"} <= set(populated)
    for table in before:
        assert len(after[table]) == len(before[table]), table
        assert after[table] == before[table], table
    assert source.files() == target.files() and len(target.files()) == 5

    # The restored installation goes on: new records get fresh ids (sequences were reset).
    target.manage(
        "shell",
        "-c",
        "from citydiplomacy.core.models import Unit; Unit.objects.create(name_fa='x', name_en='x')",
    )

    # A second restore is refused with a clear message, and changes nothing.
    again = target.manage("restore", str(archive), check=False)
    assert again.returncode != 0 and "نصب خالی" in again.stderr  # "into an empty installation only" (Persian)
    assert "Traceback" not in again.stderr


@pytest.mark.slow
@pytest.mark.django_db
def test_a_damaged_or_hostile_archive_is_refused_before_the_database_is_touched(installations, tmp_path):
    import io
    import json

    target = installations("target")
    fresh = target.tables()
    manifest = {"format": "citydiplomacy-backup", "version": 1, "migrations": [], "counts": {},
                "database": {"sha256": "0" * 64}, "files": []}  # fmt: skip
    hostile = tmp_path / "hostile.tar.gz"
    with tarfile.open(hostile, "w:gz") as tar:
        for name, data in (("manifest.json", json.dumps(manifest).encode()), ("../escape.txt", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    result = target.manage("restore", str(hostile), "--ignore-schema-difference", check=False)
    assert result.returncode != 0 and "مدخل ناامن" in result.stderr  # "an unsafe entry"
    assert not (tmp_path / "escape.txt").exists() and not (target.root / "escape.txt").exists()

    garbage = tmp_path / "garbage.tar.gz"
    garbage.write_bytes(b"not an archive")
    result = target.manage("restore", str(garbage), check=False)
    assert result.returncode != 0 and "خوانده نمی‌شود" in result.stderr and "Traceback" not in result.stderr
    assert target.tables() == fresh
