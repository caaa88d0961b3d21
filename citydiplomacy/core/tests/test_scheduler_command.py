"""The schedule as its own process: one round queues the due sources and the day's reminders, runs nothing."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from citydiplomacy.core.models import TaskRun
from citydiplomacy.news.models import Source


@pytest.mark.django_db(transaction=True)  # a round closes stale connections, as its own process must
def test_one_round_queues_the_due_work_for_the_worker(settings):
    settings.TASKS_RUN_INLINE = False
    Source.objects.create(
        name="due",
        url="https://news.example.org/feed",
        last_fetched_at=timezone.now() - dt.timedelta(hours=2),
    )
    call_command("run_scheduler", "--once")
    queued = sorted(TaskRun.objects.values_list("name", "status"))
    assert [status for _, status in queued] == [TaskRun.Status.QUEUED] * len(queued)
    names = [name for name, _ in queued]
    assert any("fetch_due_sources" in n for n in names) and any("send_reminders" in n for n in names)
    call_command("run_scheduler", "--once")  # the daily run is queued once a day
    assert sum("send_reminders" in n for n in TaskRun.objects.values_list("name", flat=True)) == 1
