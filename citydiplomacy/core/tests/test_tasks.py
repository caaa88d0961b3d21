"""Background tasks: queued after commit, run at once by default or by the worker command, and recorded."""

from django.core.management import call_command

from citydiplomacy.core.models import TaskRun
from citydiplomacy.core.tasks import enqueue, task

CALLS = []


@task
def remember(value):
    CALLS.append(value)
    return {"seen": value}


@task
def explode():
    raise RuntimeError("boom")


def test_a_queued_task_waits_for_the_worker_when_not_inline(db, settings):
    settings.TASKS_RUN_INLINE = False
    CALLS.clear()
    run = enqueue(remember, 7)
    assert TaskRun.objects.get(pk=run.pk).status == "queued" and CALLS == []
    call_command("run_tasks")
    run.refresh_from_db()
    assert (run.status, run.result, CALLS) == ("done", {"seen": 7}, [7])


def test_a_failing_task_is_recorded_with_its_error(db, settings):
    settings.TASKS_RUN_INLINE = False
    run = enqueue(explode)
    call_command("run_tasks")
    run.refresh_from_db()
    assert run.status == "failed" and "boom" in run.error


def test_the_tasks_page_shows_runs_to_the_secretary_only(db, settings, secretary, requester, client_for):
    settings.TASKS_RUN_INLINE = False
    enqueue(remember, 1)
    assert "remember" in client_for(secretary).get("/tasks/").content.decode()
    assert client_for(requester).get("/tasks/").status_code == 403
