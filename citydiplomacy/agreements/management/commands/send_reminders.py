import datetime as dt

from django.core.management.base import BaseCommand

from citydiplomacy.agreements.tasks import send_reminders


class Command(BaseCommand):
    help = "Expire agreements past their date and send the reminders due today (30, 7 and 0 days before)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--today", type=dt.date.fromisoformat, help="Run as if on this date (YYYY-MM-DD)."
        )

    def handle(self, *args, today=None, **options):
        result = send_reminders(today.isoformat() if today else None)
        self.stdout.write(f"expired {result['expired']}, reminders sent {result['sent']}")
