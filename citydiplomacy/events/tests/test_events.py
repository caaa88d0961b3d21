import datetime as dt

import pytest

from citydiplomacy.agreements import services as agreement_services
from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.events import services
from citydiplomacy.events.models import Audience, EventSeries, Kind, Status
from citydiplomacy.partners.models import City

from .conftest import START


def test_event_serves_several_audiences_and_records_its_creation(event):
    assert sorted(event.audience_codes()) == sorted(
        [Audience.CITY_ORGANIZATIONS, Audience.CITIES_GOVERNMENTS]
    )
    assert event.country.iso2 == "IR"  # taken from the city
    assert history(event).first().action == "events.event.created"


def test_editing_audiences_replaces_them_and_audits_the_change(event, secretary):
    services.update_event(event, secretary, audiences=[Audience.CITIZENS])
    assert event.audience_codes() == [Audience.CITIZENS]
    entry = history(event).first()
    assert entry.action == "events.event.edited" and "audiences" in entry.data["changes"]


def test_an_edition_number_is_unique_within_its_series(event_factory):
    series = EventSeries.objects.create(title_fa="جایزه خشت طلایی", title_en="Golden Brick Award")
    event_factory(series=series, edition=6)
    with pytest.raises(DomainError, match="already has an edition"):
        event_factory(series=series, edition=6, start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 5, 2))


def test_end_before_start_is_refused_and_nothing_is_written(event_factory):
    from citydiplomacy.events.models import Event

    with pytest.raises(DomainError):
        event_factory(start_date=START, end_date=START - dt.timedelta(days=1))
    assert not Event.objects.exists()


def test_status_moves_only_along_allowed_transitions(event, secretary):
    services.change_status(event, secretary, status=Status.REGISTRATION_OPEN)
    services.change_status(event, secretary, status=Status.HELD)
    with pytest.raises(DomainError, match="cannot become"):
        services.change_status(event, secretary, status=Status.RUNNING)
    assert [e.action for e in history(event)][:2] == ["events.event.status_changed"] * 2


def test_postponing_sets_new_dates_keeps_the_first_one_and_moves_the_sessions(event, secretary, speaker):
    from .conftest import at

    session = services.save_session(event, secretary, title_fa="افتتاحیه", starts_at=at(START, 9),
                                     ends_at=at(START, 10), speakers=[speaker])  # fmt: skip
    new_start = START + dt.timedelta(days=30)
    services.postpone(event, secretary, start_date=new_start, end_date=new_start + dt.timedelta(days=2),
                      reason="Security")  # fmt: skip
    event.refresh_from_db()
    session.refresh_from_db()
    assert event.status == Status.POSTPONED and event.original_start_date == START
    assert event.start_date == new_start
    assert session.starts_at == at(new_start, 9)
    assert history(event).first().data["old_start"] == START.isoformat()


def test_a_postponed_event_needs_a_later_date(event, secretary):
    with pytest.raises(DomainError, match="later start date"):
        services.postpone(event, secretary, start_date=START - dt.timedelta(days=3), end_date=START)


def test_attended_event_reached_by_missions_shows_them_both_ways(
    event_factory, secretary, mission_factory, client_for
):
    xian = City.objects.filter(name_en="Xi'an").first() or City.objects.filter(country__iso2="CN").first()
    congress = event_factory(title_en="UCLG World Congress", hosted=False, city=xian,
                             start_date=dt.date(2025, 10, 10), end_date=dt.date(2025, 10, 12))  # fmt: skip
    mission = mission_factory()
    services.link_mission(congress, mission, secretary)
    page = client_for(secretary).get(f"/events/{congress.pk}/")
    assert mission.reference in page.content.decode()
    page = client_for(secretary).get(f"/missions/{mission.pk}/")
    assert "UCLG World Congress" in page.content.decode()


def test_a_hosted_event_takes_no_mission(event, secretary, mission_factory):
    with pytest.raises(DomainError, match="attends"):
        services.link_mission(event, mission_factory(), secretary)


def test_follow_up_action_of_a_visit_becomes_a_commitment(event_factory, secretary, agreement_factory):
    visit = event_factory(kind=Kind.VISIT_RECEIVED, met_with="The mayor", discussed="Metro cooperation")
    agreement = agreement_factory()
    action = services.add_follow_up(
        visit, secretary, title="Send the metro study", due_on=dt.date(2025, 7, 1)
    )
    commitment = services.action_to_commitment(action, agreement, secretary)
    assert commitment.agreement == agreement and commitment.title == "Send the metro study"
    assert list(visit.commitments.all()) == [commitment]
    with pytest.raises(DomainError, match="already"):
        services.action_to_commitment(action, agreement, secretary)
    assert agreement_services  # the agreements' own service wrote its audit entry
    assert history(agreement).filter(action="agreements.commitment.added").exists()


def test_partner_timeline_shows_the_event_and_the_visit_received(event_factory, secretary, client_for):
    beijing = City.objects.get(name_en="Beijing")
    event_factory(title_en="Sister cities meeting", kind=Kind.SISTER_CITY_MEETING, partner_cities=[beijing])
    event_factory(title_en="Beijing delegation visit", kind=Kind.VISIT_RECEIVED, partner_cities=[beijing])
    html = client_for(secretary).get(f"/partners/city/{beijing.pk}/").content.decode()
    assert "Sister cities meeting" in html and "Beijing delegation visit" in html
    assert "Visits received" in html


def test_event_list_filters_and_exports(event_factory, secretary, client_for, django_assert_max_num_queries):
    event_factory(title_en="Hosted one")
    event_factory(title_en="Attended one", hosted=False, audiences=[Audience.PRIVATE_SECTOR])
    client = client_for(secretary)
    html = client.get("/events/?hosted=0").content.decode()
    assert "Attended one" in html and "Hosted one" not in html
    html = client.get("/events/?audience=private_sector").content.decode()
    assert "Attended one" in html and "Hosted one" not in html
    response = client.get("/events/?format=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    for i in range(10):
        event_factory(title_en=f"More {i}")
    client.get("/events/")  # the session is saved on the first request
    with django_assert_max_num_queries(8):
        assert client.get("/events/").status_code == 200


def test_event_pages_by_role(event, personas, client_for):
    for name, user in personas.items():
        client = client_for(user)
        assert client.get(f"/events/{event.pk}/").status_code == 200, name
        expected = 200 if name in ("secretary", "admin") else 403
        assert client.get(f"/events/{event.pk}/edit/").status_code == expected, name
        assert client.get("/events/new/").status_code == expected, name


def test_anonymous_is_sent_to_login(event, client_for):
    assert client_for(None).get("/events/").status_code == 302


def test_create_through_the_form_in_persian_dates(secretary, client_for, tehran):
    response = client_for(secretary, "fa").post("/events/new/", {
        "title_fa": "نشست خواهرخواندگی", "kind": "sister_city_meeting", "hosted": "on", "start_date": "۱۴۰۴/۰۲/۲۳",
        "end_date": "1404/02/24", "city": tehran.pk, "audiences": ["cities_governments"], "meeting_tables": 10,
    })  # fmt: skip
    assert response.status_code == 302
    from citydiplomacy.events.models import Event

    event = Event.objects.get()
    assert event.start_date == dt.date(2025, 5, 13) and event.audience_codes() == ["cities_governments"]


def test_agreement_signed_at_the_event_shows_on_both_pages(event, secretary, agreement_factory, client_for):
    agreement = agreement_factory()
    services.link_agreement(event, agreement, secretary)
    client = client_for(secretary)
    assert agreement.reference in client.get(f"/events/{event.pk}/").content.decode()
    assert "Test Urban Event" in client.get(f"/agreements/{agreement.pk}/").content.decode()


def test_event_detail_costs_a_bounded_number_of_queries(
    event_factory, secretary, client_for, django_assert_max_num_queries, mission_factory, agreement_factory
):
    attended = event_factory(hosted=False, title_en="Attended")
    for _ in range(3):
        services.link_mission(attended, mission_factory(), secretary)
        services.link_agreement(attended, agreement_factory(), secretary)
        services.add_follow_up(attended, secretary, title="Act")
    client = client_for(secretary)
    client.get("/events/")
    with django_assert_max_num_queries(30) as first:
        assert client.get(f"/events/{attended.pk}/").status_code == 200
    for _ in range(3):
        services.link_mission(attended, mission_factory(), secretary)
        services.add_follow_up(attended, secretary, title="Act again")
    with django_assert_max_num_queries(len(first)):  # more missions and actions, no more queries
        assert client.get(f"/events/{attended.pk}/").status_code == 200


def test_a_requester_names_the_attended_event_on_the_mission_form(
    event_factory, requester, client_for, unit, china
):
    congress = event_factory(title_en="UCLG World Congress", hosted=False)
    hosted = event_factory(title_en="Hosted event")
    client = client_for(requester)
    html = client.get("/missions/new/").content.decode()
    assert "UCLG World Congress" in html and "Hosted event" not in html
    response = client.post("/missions/new/", {
        "title": "Trip to the congress", "unit": unit.pk, "purpose": "summit", "mode": "in_person",
        "countries": [china.pk], "event": congress.pk, "start_date": "2025-10-10", "end_date": "2025-10-14",
        "funding": "municipality", "currency": "IRR",
    })  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert congress.missions.get().title == "Trip to the congress"
    assert hosted.missions.count() == 0


def test_jury_members_and_exports_officers_roles(event, client_for):
    from citydiplomacy.conftest import make_user
    from citydiplomacy.core.models import Role

    jury = client_for(make_user("juror", Role.JURY))
    assert jury.get("/events/").status_code == 403
    assert jury.get(f"/events/{event.pk}/").status_code == 403
    assert jury.get("/api/events/").status_code == 403
    assert jury.get("/events/report/").status_code == 403
    exports = client_for(make_user("exports", Role.EXPORTS))
    assert exports.get(f"/events/{event.pk}/").status_code == 200
    assert exports.get(f"/events/{event.pk}/guests/").status_code == 403
