import pytest
from django.core.management import call_command

from citydiplomacy.events.demo import seed_events_demo
from citydiplomacy.events.models import Event, Invitation, Meeting

pytestmark = pytest.mark.django_db


def test_demo_events_with_the_xian_congress_reached_by_the_demo_missions(capsys):
    call_command("seed_demo")
    main = Event.objects.get(title_en="Tehran Urban Event 2025")
    assert main.sessions.count() == 6 and len(main.audience_codes()) == 4
    assert Invitation.objects.filter(event=main, status="arrived").exists()
    xian = Event.objects.get(title_en="UCLG World Congress, Xi'an")
    assert not xian.hosted and xian.missions.filter(cities__name_en="Xi'an").exists()
    assert Meeting.objects.filter(held=True).exists()
    assert Event.objects.filter(kind="visit_received").exists()
    count = Event.objects.count()
    assert seed_events_demo() is False and Event.objects.count() == count
