import datetime as dt

from django.core import mail

from citydiplomacy.agreements import services
from citydiplomacy.agreements.models import Reminder
from citydiplomacy.agreements.reminders import due_reminders, send_due_reminders, threshold
from citydiplomacy.memberships import services as membership_services
from citydiplomacy.partners.models import Organization


def test_thresholds_are_30_7_and_0_days():
    day = dt.date(2025, 6, 1)
    assert threshold(day, day + dt.timedelta(days=31)) is None
    assert threshold(day, day + dt.timedelta(days=30)) == 30
    assert threshold(day, day + dt.timedelta(days=8)) == 30
    assert threshold(day, day + dt.timedelta(days=7)) == 7
    assert threshold(day, day) == 0
    assert threshold(day, day - dt.timedelta(days=1)) is None


def test_commitment_is_reminded_at_30_7_and_0_days_once_each(agreement_factory, secretary, owner, today):
    secretary.email = "secretary@example.org"
    secretary.save()
    due = today + dt.timedelta(days=30)
    services.add_commitment(
        agreement_factory(expires_on=dt.date(2030, 1, 1)),
        secretary,
        title="Cultural week",
        owner=owner,
        due_on=due,
    )
    sent_on = []
    for offset in range(0, 32):
        day = today + dt.timedelta(days=offset)
        if send_due_reminders(day):
            sent_on.append((due - day).days)
    assert sent_on == [30, 7, 0]
    assert Reminder.objects.filter(kind="commitment").count() == 3
    assert len(mail.outbox) == 3
    assert mail.outbox[0].to == ["secretary@example.org"]


def test_a_missed_run_sends_only_the_latest_threshold(agreement_factory, secretary, today):
    services.add_commitment(
        agreement_factory(), secretary, title="Report", due_on=today + dt.timedelta(days=5)
    )
    assert [r.days_before for r in due_reminders(today)] == [7]


def test_no_reminders_for_an_expired_agreement(agreement_factory, secretary, today):
    agreement = agreement_factory(
        signed_on=dt.date(2020, 1, 1), valid_years=None, expires_on=today - dt.timedelta(days=1)
    )
    services.add_commitment(agreement, secretary, title="Forgotten", due_on=today + dt.timedelta(days=7))
    assert due_reminders(today) == []


def test_agreement_expiry_is_reminded(agreement_factory, today):
    agreement_factory(
        signed_on=dt.date(2020, 1, 1), valid_years=None, expires_on=today + dt.timedelta(days=7)
    )
    reminders = due_reminders(today)
    assert [(r.kind, r.days_before) for r in reminders] == [("expiry", 7)]


def test_membership_dues_renewal_term_end_and_election_are_reminded(secretary, owner, today):
    org = Organization.objects.get(acronym="UCLG")
    membership = membership_services.create_membership(
        secretary, organization=org, renewal_on=today + dt.timedelta(days=30)
    )
    membership_services.record_dues(membership, secretary, year=2025, due_on=today + dt.timedelta(days=7))
    seat = membership_services.create_seat(
        secretary, organization=org, title_fa="نایب‌رئیس", next_election_on=today
    )
    membership_services.start_term(
        seat, secretary, holder=owner, start_on=dt.date(2022, 1, 1), end_on=today + dt.timedelta(days=20)
    )
    kinds = sorted((r.kind, r.days_before) for r in due_reminders(today))
    assert kinds == [("dues", 7), ("election", 0), ("renewal", 30), ("term_end", 30)]
    assert send_due_reminders(today) == 4
    assert due_reminders(today) == []


def test_reminders_page_shows_the_pending_and_the_sent(client_for, secretary, agreement_factory, today):
    from django.utils import timezone

    real_today = timezone.localdate()
    services.add_commitment(agreement_factory(expires_on=real_today + dt.timedelta(days=400)), secretary, title="Visible soon",
                            due_on=real_today + dt.timedelta(days=7))  # fmt: skip
    page = client_for(secretary).get("/agreements/reminders/")
    assert "Visible soon" in page.content.decode()
