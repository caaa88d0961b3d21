"""Background work of the news app: plain functions of primary keys, run by core.tasks."""

from citydiplomacy.core.tasks import task

from .models import Source


@task
def fetch_source_task(source_pk):
    from .services import fetch_source

    source = Source.objects.filter(pk=source_pk).first()
    if source is None:
        return {"skipped": "source deleted"}
    run = fetch_source(source)
    return {"run": run.pk, "status": run.status, "new_articles": run.new_articles}


@task
def fetch_due_sources():
    """Queue a fetch for every active source whose interval has passed."""
    from django.utils import timezone

    from citydiplomacy.core.tasks import enqueue

    now = timezone.now()
    queued = 0
    for source in Source.objects.filter(active=True):
        if source.is_due(now):
            # Claim it so a second scheduler (another process) does not queue it too.
            claimed = Source.objects.filter(pk=source.pk, last_fetched_at=source.last_fetched_at).update(
                last_fetched_at=now
            )
            if claimed:
                enqueue(fetch_source_task, source.pk)
                queued += 1
    return {"queued": queued}
