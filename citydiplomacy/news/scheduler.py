"""The schedule without an extra server: a daemon thread in the web process queues due work every minute.

Each round queues the news sources whose interval has passed and, once a day, the registry's reminders.

Started by the WSGI application and by `runserver` (never by tests or other commands); set
NEWS_SCHEDULER=false to turn it off when a separate `citydiplomacy run_tasks --loop` worker runs instead.
In production (several gunicorn workers, see deploy/) the schedule is its own process, `citydiplomacy
run_scheduler`, and the queue is run by `run_tasks --loop`: the web processes run neither.
"""

import logging
import threading

from django.conf import settings

log = logging.getLogger(__name__)
_started = threading.Event()


def run_round(*, run_tasks=True):
    """One round of the schedule: queue the due work and (unless a separate worker runs the queue) run it."""
    from django.db import close_old_connections

    from citydiplomacy.core.tasks import enqueue, run_pending

    from .tasks import fetch_due_sources

    try:
        close_old_connections()
        enqueue(fetch_due_sources)
        _queue_daily(enqueue)
        if run_tasks:
            run_pending()
    except Exception:  # the schedule must survive a failed round; the failure is logged
        log.exception("news scheduler round failed")
    finally:
        close_old_connections()


def _loop(stop):
    while not stop.wait(settings.NEWS_SCHEDULER_SECONDS):
        run_round()


def _queue_daily(enqueue):
    """The registry's daily run (expiries and reminders), once a day whatever the number of processes."""
    from django.utils import timezone

    from citydiplomacy.agreements.tasks import send_reminders
    from citydiplomacy.core.models import TaskRun

    today = timezone.localdate()
    if not TaskRun.objects.filter(name=send_reminders.task_name, created_at__date=today).exists():
        enqueue(send_reminders)


def start():
    if not settings.NEWS_SCHEDULER or _started.is_set():
        return None
    _started.set()
    stop = threading.Event()
    thread = threading.Thread(target=_loop, args=(stop,), name="news-scheduler", daemon=True)
    thread.start()
    return stop
