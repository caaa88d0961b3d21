import pytest

from citydiplomacy.events.models import Audience, Invitation, InvitationStatus, Session

from .conftest import START, at


def test_event_api_lists_with_bounded_queries_and_writes_only_for_the_secretary(
    event_factory, personas, client_for, django_assert_max_num_queries
):
    for i in range(6):
        event_factory(title_en=f"E{i}")
    for name, user in personas.items():
        client = client_for(user)
        client.get("/api/events/")
        with django_assert_max_num_queries(12):
            response = client.get("/api/events/")
        assert response.status_code == 200, name
        assert len(response.json()["results"]) >= 6  # and those the secretary made above
        created = client.post("/api/events/", {"title_fa": "تازه", "kind": "panel", "start_date": "2025-05-01",
                                               "end_date": "2025-05-01", "audiences": ["citizens"]},
                              content_type="application/json")  # fmt: skip
        assert created.status_code == (201 if name in ("secretary", "admin") else 403), name


def test_api_refuses_a_session_outside_the_dates_and_a_double_booked_room(event, secretary, client_for):
    client = client_for(secretary)
    ok = client.post("/api/event-sessions/", {"event": event.pk, "title_fa": "افتتاحیه", "starts_at": at(START, 9).isoformat(),
                                               "ends_at": at(START, 10).isoformat(), "room": "A"},
                     content_type="application/json")  # fmt: skip
    assert ok.status_code == 201, ok.content
    clash = client.post("/api/event-sessions/", {"event": event.pk, "title_fa": "پنل", "starts_at": at(START, 9).isoformat(),
                                                  "ends_at": at(START, 10).isoformat(), "room": "A"},
                        content_type="application/json")  # fmt: skip
    assert clash.status_code == 400 and "افتتاحیه" in clash.json()["detail"]
    late = event.end_date.replace(day=event.end_date.day + 1)
    outside = client.post("/api/event-sessions/", {"event": event.pk, "title_fa": "دیر", "starts_at": at(late, 9).isoformat(),
                                                    "ends_at": at(late, 10).isoformat()}, content_type="application/json")  # fmt: skip
    assert outside.status_code == 400
    assert Session.objects.count() == 1


def test_status_and_postpone_actions(event, secretary, client_for):
    client = client_for(secretary)
    assert client.post(f"/api/events/{event.pk}/status/", {"status": "held"}).json()["status"] == "held"
    response = client.post(
        f"/api/events/{event.pk}/postpone/", {"start_date": "2026-01-01", "end_date": "2026-01-02"}
    )
    assert response.status_code == 400


def test_an_unknown_status_is_refused_with_400_and_changes_nothing(event, secretary, client_for):
    response = client_for(secretary).post(f"/api/events/{event.pk}/status/", {"status": "q"})
    assert response.status_code == 400
    event.refresh_from_db()
    assert event.status == "planned"


def test_the_audiences_written_are_read_back(secretary, client_for):
    client = client_for(secretary)
    created = client.post("/api/events/", {"title_fa": "تازه", "kind": "panel", "start_date": "2025-05-01",
                                           "end_date": "2025-05-01", "audiences": ["citizens"]},
                          content_type="application/json")  # fmt: skip
    assert created.json()["audiences"] == ["citizens"]
    assert client.get(f"/api/events/{created.json()['id']}/").json()["audiences"] == ["citizens"]


def test_invitations_api_only_for_the_secretary_and_steps_follow_the_rules(event, personas, client_for):
    for name, user in personas.items():
        expected = 200 if name in ("secretary", "admin") else 403
        assert client_for(user).get("/api/event-invitations/").status_code == expected, name
    client = client_for(personas["secretary"])
    created = client.post("/api/event-invitations/", {"event": event.pk, "guest_name": "Guest", "audience": Audience.CITIZENS,
                                                      "foreign": False}, content_type="application/json")  # fmt: skip
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    assert client.post(f"/api/event-invitations/{pk}/step/", {"step": "arrive"}).status_code == 400
    assert (
        client.post(f"/api/event-invitations/{pk}/step/", {"step": "accept"}).json()["status"] == "accepted"
    )
    assert client.post(f"/api/event-invitations/{pk}/step/", {"step": "arrive"}).json()["status"] == "arrived"
    assert Invitation.objects.get(pk=pk).status == InvitationStatus.ARRIVED


@pytest.mark.parametrize("url", ["/api/event-exhibitors/", "/api/event-meeting-requests/", "/api/event-meetings/",
                                 "/api/event-sessions/"])  # fmt: skip
def test_exhibition_and_programme_api_read_by_all_but_requesters_write_nothing(url, personas, client_for):
    for name, user in personas.items():
        assert client_for(user).get(url).status_code == 200, (name, url)
    assert client_for(personas["requester"]).post(url, {}).status_code == 403


def _fill(event, secretary, n):
    import datetime as dt

    from citydiplomacy.events import b2b, guests, services
    from citydiplomacy.partners.models import Contact, Organization

    start = len(event.sessions.all())
    for i in range(start, start + n):
        person = Contact.objects.create(name_fa=f"ف{i}", name_en=f"P{i}")
        org = Organization.objects.create(name_fa=f"ش{i}", name_en=f"C{i}", kind="startup")
        services.save_session(event, secretary, title_fa=f"نشست {i}", starts_at=at(START, 8) + dt.timedelta(minutes=10 * i),
                              ends_at=at(START, 8) + dt.timedelta(minutes=10 * i + 5), speakers=[person], chairs=[person])  # fmt: skip
        guests.invite(event, secretary, guest_name=f"G{i}", audience=Audience.CITIZENS, foreign=False)
        exhibitor = b2b.add_exhibitor(event, secretary, organization=org, kind="startup")
        request = b2b.request_meeting(event, secretary, participant=person, exhibitor=exhibitor)
        b2b.answer_request(request, secretary, accepted=True)
    if not event.meeting_slots.exists():
        b2b.add_slots(event, secretary, day=START, start=dt.time(14), end=dt.time(16), minutes=20)
    b2b.schedule_meetings(event, secretary)


@pytest.mark.parametrize("url", ["/api/event-sessions/", "/api/event-invitations/", "/api/event-exhibitors/",
                                 "/api/event-meeting-requests/", "/api/event-meetings/", "/events/{pk}/guests/"])  # fmt: skip
def test_lists_cost_the_same_queries_whatever_their_length(
    url, event, secretary, client_for, django_assert_max_num_queries
):
    client = client_for(secretary)
    url = url.format(pk=event.pk)
    _fill(event, secretary, 2)
    client.get(url)
    with django_assert_max_num_queries(50) as few:
        assert client.get(url).status_code == 200
    _fill(event, secretary, 6)
    with django_assert_max_num_queries(len(few)):
        assert client.get(url).status_code == 200
