"""The events report shows the award's entries of the period by country and category."""

import datetime as dt

from django.utils import timezone, translation

from citydiplomacy.awards.models import Entry
from citydiplomacy.awards.reports import events_report_section
from citydiplomacy.events.report import events_report


def test_confirmed_entries_of_the_period_counted_by_country_and_category(db):
    from citydiplomacy.awards import demo

    demo.seed()
    today = timezone.localdate()
    confirmed = Entry.objects.filter(email_confirmed_at__isnull=False)
    Entry.objects.update(submitted_at=timezone.now())
    expected = confirmed.count()
    with translation.override("en"):
        section = events_report_section(today - dt.timedelta(days=1), today)
        assert section["columns"] == ["edition", "country", "category", "entries"]
        assert sum(row[3] for row in section["rows"]) == expected > 0
        report = events_report(today - dt.timedelta(days=1), today)
        assert any(extra["key"] == "awards" and extra["rows"] for extra in report["extra"])
    long_ago = today - dt.timedelta(days=4000)
    assert events_report_section(long_ago, long_ago + dt.timedelta(days=5))["rows"] == []
