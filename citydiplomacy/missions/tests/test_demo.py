from collections import Counter

import pytest
from django.core.management import call_command

from citydiplomacy.core.models import AuditEntry, User
from citydiplomacy.lib.jalali import jalali_year_of
from citydiplomacy.missions.models import CommitteeSession, MissionRequest, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(capsys):
    call_command("seed_demo")
    return capsys.readouterr().out


def test_demo_tells_the_story_of_1396_to_1404(seeded):
    missions = list(MissionRequest.objects.all())
    assert 300 <= len(missions) <= 600
    years = Counter(jalali_year_of(m.start_date) for m in missions)
    assert min(years) == 1396 and {1396, 1400, 1404} <= set(years)
    assert years[1399] < years[1398] / 2  # the COVID dip
    rejected = sum(m.status == Status.REJECTED for m in missions) / len(missions)
    assert 0.24 <= rejected <= 0.32
    virtual_1401 = [m for m in missions if m.is_virtual and m.status == Status.REALIZED
                    and m.start_date.isoformat() >= "2022-08-23" and jalali_year_of(m.start_date) == 1401]  # fmt: skip
    assert len(virtual_1401) >= 13
    assert MissionRequest.objects.filter(cities__name_en="Xi'an", status=Status.REALIZED).exists()
    assert MissionRequest.objects.filter(cities__name_en="Suzhou").exists()
    from citydiplomacy.reports.models import ManagementTerm

    assert ManagementTerm.objects.count() >= 3


def test_every_dashboard_has_something_to_show(seeded):
    assert MissionRequest.objects.filter(status=Status.SUBMITTED).exists()
    assert MissionRequest.objects.filter(status=Status.SENT_BACK).exists()
    assert MissionRequest.objects.closure_overdue().exists()
    assert MissionRequest.objects.report_overdue().exists()
    assert CommitteeSession.objects.filter(held=False).exists()
    assert CommitteeSession.objects.filter(decisions__isnull=False).exists()


def test_demo_prints_the_logins_of_every_role(seeded):
    for username in (
        "requester",
        "requester2",
        "secretary",
        "member",
        "chair",
        "observer",
        "analyst",
        "admin",
    ):
        assert username in seeded
        assert User.objects.get(username=username).check_password("demo1234")
    assert "demo1234" in seeded
    assert User.objects.get(username="admin").is_superuser


def test_running_twice_creates_nothing_new(seeded, capsys):
    counts = (MissionRequest.objects.count(), CommitteeSession.objects.count(), AuditEntry.objects.count())
    call_command("seed_demo")
    assert "0 requests created" in capsys.readouterr().out
    assert (
        MissionRequest.objects.count(),
        CommitteeSession.objects.count(),
        AuditEntry.objects.count(),
    ) == counts
