from django.core.management.base import BaseCommand

from citydiplomacy.agreements.demo import seed_registry_demo


class Command(BaseCommand):
    help = (
        "Add Tehran's real memberships, seats and agreements (with commitments, a representative, a roadmap)."
    )

    def handle(self, *args, **options):
        created = seed_registry_demo()
        self.stdout.write("registry demo seeded" if created else "registry demo already present")
