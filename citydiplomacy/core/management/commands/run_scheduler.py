"""`citydiplomacy run_scheduler`: the schedule (news fetching, the registry's daily reminders) as its own process.

With several web workers the schedule must not run in each of them: production sets NEWS_SCHEDULER=false for
the web processes and runs this command once (deploy/citydiplomacy-scheduler.service), beside `run_tasks --loop`,
which runs the work it queues.
"""

import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand

from citydiplomacy.news.scheduler import run_round


class Command(BaseCommand):
    help = "Queue the scheduled work (due news sources, daily reminders) every NEWS_SCHEDULER_SECONDS."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="one round, then exit")
        parser.add_argument(
            "--run-tasks",
            action="store_true",
            help="also run the queued tasks (when no run_tasks worker runs)",
        )

    def handle(self, *args, once=False, run_tasks=False, **options):
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        while True:
            run_round(run_tasks=run_tasks)
            if once or stop.wait(settings.NEWS_SCHEDULER_SECONDS):
                return
