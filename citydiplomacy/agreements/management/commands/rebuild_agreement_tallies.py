from django.core.management.base import BaseCommand
from django.utils import timezone

from citydiplomacy.agreements import tallies


class Command(BaseCommand):
    help = "Recount the report's commitment tallies from the commitments (after a bulk load or a restore)."

    def handle(self, *args, **options):
        tallies.rebuild(timezone.localdate())
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Commitment tallies rebuilt."))
