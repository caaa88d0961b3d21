"""`citydiplomacy seed_demo [--reset]`: demo data that tells the office's story on first run."""

from django.core.management.base import BaseCommand
from django.utils import translation

from citydiplomacy.core.models import Role
from citydiplomacy.missions.demo import PASSWORD, seed


class Command(BaseCommand):
    help = "Create demo units, people, users, committee sessions and mission requests (1396–1404)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="delete the demo requests and sessions first"
        )

    def handle(self, *args, **options):
        from citydiplomacy.agreements.demo import seed_registry_demo
        from citydiplomacy.awards.demo import seed as seed_awards
        from citydiplomacy.events.demo import seed_events_demo
        from citydiplomacy.exports.demo import seed_exports_demo
        from citydiplomacy.news.demo import seed as seed_news

        with translation.override("en"):
            report = seed(reset_first=options["reset"])
            news = seed_news()
            seed_registry_demo()
            seed_events_demo()
            seed_exports_demo()
            jury = seed_awards()
        self.stdout.write(
            f"{report.created_requests} requests created, {report.total_requests} demo requests in all, "
            f"{report.sessions} committee sessions, {news['articles']} news articles."
        )
        self.stdout.write("")
        self.stdout.write(f"{'username':<12} {'role':<22} password")
        for username, role, password in report.users:
            self.stdout.write(f"{username:<12} {role!s:<22} {password}")
        for username in jury:
            self.stdout.write(f"{username:<12} {Role.JURY.label!s:<22} {PASSWORD}")
