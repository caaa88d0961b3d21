"""Which reminders are due today, and sending them once each by e-mail (shown in the app too).

A thing due on a date is reminded at 30, 7 and 0 days before it. If a run is missed, the next run sends
only the latest threshold reached, never the earlier ones. Nothing is reminded after its due date, and
nothing about an agreement that is no longer in force (expired, terminated, historical).
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from citydiplomacy.core.models import Role, User
from citydiplomacy.lib.jalali import format_jalali
from citydiplomacy.memberships.models import Dues, Membership, Obligation, Seat, SeatTerm

from .models import IN_FORCE, Agreement, Commitment, Reminder

THRESHOLDS = (0, 7, 30)
HORIZON = max(THRESHOLDS)
# Other apps' things due on a date: functions (start, end, today) yielding the same tuples as `_candidates`.
EXTRA_CANDIDATES = []


def register_candidates(func):
    if func not in EXTRA_CANDIDATES:
        EXTRA_CANDIDATES.append(func)


@dataclass(frozen=True)
class DueReminder:
    kind: str
    target: str
    due_on: dt.date
    days_before: int
    subject: str
    url: str
    owner_email: str = ""


def threshold(today, due_on):
    """The latest threshold reached on `today` for something due on `due_on`, or None."""
    days = (due_on - today).days
    if days < 0 or days > HORIZON:
        return None
    return min(t for t in THRESHOLDS if t >= days)


def _window(today):
    return today, today + dt.timedelta(days=HORIZON)


def _date(day):
    return format_jalali(day)


def _candidates(today):
    start, end = _window(today)
    in_force = Q(agreement__status__in=IN_FORCE) & (
        Q(agreement__expires_on__isnull=True) | Q(agreement__expires_on__gte=today)
    )
    commitments = (
        Commitment.objects.open()
        .filter(in_force, due_on__range=(start, end))
        .select_related("agreement", "owner__user")
    )
    for c in commitments:
        email = c.owner.user.email if c.owner and c.owner.user else ""
        yield ("commitment", f"commitment:{c.pk}", c.due_on,
               _("Commitment “{title}” of {agreement} is due on {date}").format(title=c.title, agreement=c.agreement.reference, date=_date(c.due_on)),
               reverse("agreements:detail", args=[c.agreement_id]), email)  # fmt: skip
    for a in Agreement.objects.filter(status__in=IN_FORCE, expires_on__range=(start, end)):
        yield ("expiry", f"agreement:{a.pk}", a.expires_on,
               _("{agreement} expires on {date}").format(agreement=a, date=_date(a.expires_on)),
               reverse("agreements:detail", args=[a.pk]), "")  # fmt: skip
    active = Q(membership__ended_on__isnull=True) | Q(membership__ended_on__gt=today)
    for d in Dues.objects.filter(active, paid_on__isnull=True, due_on__range=(start, end)).select_related(
        "membership__organization"
    ):
        yield ("dues", f"dues:{d.pk}", d.due_on,
               _("The dues of {year} to {organization} are due on {date}").format(year=d.year, organization=d.membership.organization, date=_date(d.due_on)),
               reverse("memberships:detail", args=[d.membership_id]), "")  # fmt: skip
    for m in Membership.objects.filter(ended_on__isnull=True, renewal_on__range=(start, end)).select_related(
        "organization"
    ):
        yield ("renewal", f"membership:{m.pk}", m.renewal_on,
               _("The membership of {organization} is to be renewed on {date}").format(organization=m.organization, date=_date(m.renewal_on)),
               reverse("memberships:detail", args=[m.pk]), "")  # fmt: skip
    for o in Obligation.objects.filter(done_on__isnull=True, due_on__range=(start, end)).select_related(
        "membership__organization"
    ):
        yield ("obligation", f"obligation:{o.pk}", o.due_on,
               _("{title} ({organization}) is due on {date}").format(title=o.title, organization=o.membership.organization, date=_date(o.due_on)),
               reverse("memberships:detail", args=[o.membership_id]), "")  # fmt: skip
    for t in SeatTerm.objects.filter(end_on__range=(start, end)).select_related(
        "seat__organization", "holder__user"
    ):
        email = t.holder.user.email if t.holder and t.holder.user else ""
        yield ("term_end", f"term:{t.pk}", t.end_on,
               _("The term of {holder} as {seat} ends on {date}").format(holder=t.holder_name, seat=t.seat, date=_date(t.end_on)),
               reverse("memberships:seat_detail", args=[t.seat_id]), email)  # fmt: skip
    for s in Seat.objects.filter(next_election_on__range=(start, end)).select_related("organization"):
        yield ("election", f"seat:{s.pk}", s.next_election_on,
               _("Election for {seat} on {date}").format(seat=s, date=_date(s.next_election_on)),
               reverse("memberships:seat_detail", args=[s.pk]), "")  # fmt: skip
    for func in EXTRA_CANDIDATES:
        yield from func(start, end, today)


def due_reminders(today):
    """The reminders to send on `today` that were not sent yet."""
    found = []
    for kind, target, due_on, subject, url, email in _candidates(today):
        days = threshold(today, due_on)
        if days is not None:
            found.append(DueReminder(kind, target, due_on, days, str(subject), url, email))
    if not found:
        return []
    sent = set(
        Reminder.objects.filter(target__in=[r.target for r in found]).values_list(
            "target", "due_on", "days_before"
        )
    )
    return [r for r in found if (r.target, r.due_on, r.days_before) not in sent]


def editor_emails():
    return list(
        User.objects.filter(Q(role__in=[Role.SECRETARY, Role.ADMIN]) | Q(is_superuser=True), is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def send_due_reminders(today=None):
    """Send each due reminder once by e-mail and record it; returns the number sent."""
    today = today or timezone.localdate()
    with override(settings.LANGUAGE_CODE):
        pending = due_reminders(today)
        editors = editor_emails()
        sent = 0
        for r in pending:
            recipients = sorted({*editors, *([r.owner_email] if r.owner_email else [])})
            try:
                with transaction.atomic():
                    Reminder.objects.create(
                        kind=r.kind, target=r.target, due_on=r.due_on, days_before=r.days_before,
                        subject=r.subject[:300], url=r.url, recipients=", ".join(recipients),
                    )  # fmt: skip
            except IntegrityError:  # another run sent it meanwhile
                continue
            if recipients:
                body = _("{subject}\n\nDays left: {days}\n{url}").format(
                    subject=r.subject, days=r.days_before, url=r.url
                )
                send_mail(r.subject, body, None, recipients, fail_silently=True)
            sent += 1
    return sent
