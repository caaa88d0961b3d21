"""citydiplomacy rebuild_exports_tallies: recount the board's and the report's tallies from the leads."""

from django.core.management.base import BaseCommand

from citydiplomacy.exports.tallies import rebuild


class Command(BaseCommand):
    help = "Recount the exports pipeline's tallies (after a bulk load or a change made outside the app)."

    def handle(self, *args, **options):
        rebuild()
        self.stdout.write("exports tallies rebuilt")
