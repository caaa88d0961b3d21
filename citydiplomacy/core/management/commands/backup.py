"""`citydiplomacy backup FILE`: the database and the uploaded files in one tar.gz (see core/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from citydiplomacy.core.backup import BackupError, backup


class Command(BaseCommand):
    help = "Write the database (every table) and the uploaded files into one .tar.gz archive with a manifest."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive to write, e.g. citydiplomacy-2026-11-30.tar.gz")

    def handle(self, *args, file, **options):
        try:
            manifest = backup(file)
        except (BackupError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"{file}: {rows} rows of {len(manifest['counts'])} tables, {len(manifest['files'])} files"
        )
