"""Background work: a task is a plain function taking primary keys, queued after commit.

Runs are rows of TaskRun. With TASKS_RUN_INLINE (the default) a queued task runs as soon as the
transaction that queued it commits; otherwise `citydiplomacy run_tasks` takes them from the table.
"""

import logging
import traceback

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import TaskRun

log = logging.getLogger(__name__)
_REGISTRY = {}


def task(func):
    """Register a function as a task under its dotted name."""
    name = f"{func.__module__}.{func.__name__}"
    _REGISTRY[name] = func
    func.task_name = name
    return func


def enqueue(func, *args):
    run = TaskRun.objects.create(name=func.task_name, args=list(args))
    if settings.TASKS_RUN_INLINE:
        transaction.on_commit(lambda: execute(run.pk))
    return run


def execute(run_pk):
    run = TaskRun.objects.get(pk=run_pk)
    func = _REGISTRY.get(run.name)
    run.status, run.started_at = TaskRun.Status.RUNNING, timezone.now()
    run.save(update_fields=["status", "started_at"])
    try:
        if func is None:
            raise LookupError(f"unknown task {run.name}")
        result = func(*run.args)
    except Exception:  # a failed task is recorded and visible, never lost
        log.exception("task %s failed", run.name)
        run.status, run.error = TaskRun.Status.FAILED, traceback.format_exc()[-4000:]
    else:
        run.status, run.result = (
            TaskRun.Status.DONE,
            result if isinstance(result, (dict, list, int, str)) else None,
        )
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "error", "result", "finished_at"])
    return run


def run_pending(limit=100):
    done = 0
    for pk in TaskRun.objects.filter(status=TaskRun.Status.QUEUED).values_list("pk", flat=True)[:limit]:
        claimed = TaskRun.objects.filter(pk=pk, status=TaskRun.Status.QUEUED).update(
            status=TaskRun.Status.RUNNING
        )
        if claimed:
            execute(pk)
            done += 1
    return done
