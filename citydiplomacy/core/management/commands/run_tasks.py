"""`citydiplomacy run_tasks [--loop]`: run queued background tasks (when TASKS_RUN_INLINE is off)."""

import time

from django.core.management.base import BaseCommand

from citydiplomacy.core.tasks import run_pending


class Command(BaseCommand):
    help = "Run the queued background tasks once, or keep running them with --loop."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep polling the queue")
        parser.add_argument("--interval", type=float, default=5.0, help="seconds between polls with --loop")

    def handle(self, *args, loop=False, interval=5.0, **options):
        while True:
            done = run_pending()
            if done or not loop:
                self.stdout.write(f"{done} tasks run")
            if not loop:
                return
            time.sleep(interval)
