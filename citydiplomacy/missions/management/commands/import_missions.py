"""`citydiplomacy import-missions FILE [--dry-run] [--update]`: import the history of mission requests."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from citydiplomacy.core.models import User
from citydiplomacy.missions.imports import import_file


class Command(BaseCommand):
    help = "Import mission requests from an .xlsx or .csv file (see the template on the import page)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the .xlsx or .csv file")
        parser.add_argument("--dry-run", action="store_true", help="check every row and write nothing")
        parser.add_argument("--update", action="store_true", help="replace requests whose data changed")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="import the valid rows even if others fail"
        )
        parser.add_argument("--user", help="username recorded as the importer in the audit trail")
        parser.add_argument("--language", default="en", choices=["en", "fa"], help="language of the messages")

    def handle(self, *args, **options):
        user = None
        if options["user"]:
            user = User.objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"unknown user {options['user']!r}")
        with translation.override(options["language"]):
            try:
                result = import_file(
                    options["file"],
                    user=user,
                    dry_run=options["dry_run"],
                    update=options["update"],
                    skip_invalid=options["skip_invalid"],
                )
            except FileNotFoundError:
                raise CommandError(f"no such file: {options['file']}") from None
            for error in result.errors:
                self.stderr.write(str(error))
        prefix = "dry run: " if result.dry_run else ""
        summary = (
            f"{prefix}{result.total} rows, {result.created} created, {result.updated} updated, "
            f"{result.unchanged} unchanged, {len(result.errors)} errors"
        )
        if result.errors:
            if result.written:
                self.stdout.write(summary)
            raise CommandError(
                f"{len(result.errors)} errors; nothing written" if not result.written else summary
            )
        self.stdout.write(self.style.SUCCESS(summary))
