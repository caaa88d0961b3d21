"""`citydiplomacy restore FILE`: restore a backup into an empty installation (see core/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from citydiplomacy.core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup` into an EMPTY installation (run `migrate` first); "
        "refused if the installation holds records or uploaded files."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the archive written by `backup`")
        parser.add_argument(
            "--ignore-schema-difference",
            action="store_true",
            help="restore even if the backup's applied migrations differ from this installation's",
        )

    def handle(self, *args, file, ignore_schema_difference=False, **options):
        try:
            manifest = restore(file, ignore_schema_difference=ignore_schema_difference)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        self.stdout.write(f"restored {rows} rows and {len(manifest['files'])} files from {file}")
