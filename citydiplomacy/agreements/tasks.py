"""Background work of the registry: the daily run that expires agreements and sends reminders."""

import datetime as dt

from citydiplomacy.core.tasks import task


@task
def send_reminders(today=None):
    from . import services
    from .reminders import send_due_reminders

    day = dt.date.fromisoformat(today) if today else None
    from django.utils import timezone

    day = day or timezone.localdate()
    expired = services.expire_agreements(day)
    return {"expired": expired, "sent": send_due_reminders(day)}
