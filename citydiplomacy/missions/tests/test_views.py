"""Pages and API lists: what a user sees, with a query count that does not grow with the rows."""

import datetime as dt

import pytest
from django.urls import reverse

from citydiplomacy.core.models import Person
from citydiplomacy.missions import services
from citydiplomacy.partners.models import Country


@pytest.fixture
def many(mission_factory, requester, unit):
    def make(n):
        countries = list(Country.objects.filter(iso2__in=["CN", "TR", "IQ"]))
        for i in range(n):
            people = [Person.objects.create(name_fa=f"مسافر {i}-{j}", unit=unit) for j in range(2)]
            mission = mission_factory(title=f"Trip {i}", countries=countries[: 1 + i % 3], travellers=people)
            if i % 2:
                services.submit(mission, requester)

    return make


@pytest.mark.parametrize("url", ["/missions/", "/api/missions/", "/", "/missions/sessions/"])
def test_list_query_count_does_not_grow_with_rows(
    url, many, secretary, client_for, django_assert_max_num_queries
):
    client = client_for(secretary)
    many(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    many(25)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200


def test_list_filters_by_status_and_search(many, secretary, client_for):
    many(4)
    client = client_for(secretary)
    page = client.get("/missions/", {"status": "submitted"}).content.decode()
    assert "Trip 1" in page and "Trip 3" in page and "Trip 0" not in page
    api = client.get("/api/missions/", {"q": "Trip 2"}).json()
    assert [row["title"] for row in api["results"]] == ["Trip 2"]


def test_list_filter_reads_jalali_dates(mission_factory, secretary, client_for):
    mission_factory(title="Autumn", start_date=dt.date(2025, 10, 16))
    mission_factory(title="Spring", start_date=dt.date(2025, 4, 1))
    page = client_for(secretary, "fa").get("/missions/", {"start_from": "۱۴۰۴/۰۷/۰۱"}).content.decode()
    assert "Autumn" in page and "Spring" not in page


def test_create_form_takes_jalali_dates_in_persian(requester, client_for, china, traveller):
    client = client_for(requester, "fa")
    response = client.post(
        reverse("missions:create"),
        {
            "title": "هفته فرهنگی تهران و مسکو", "purpose": "cultural_week", "mode": "in_person",
            "countries": [china.pk], "start_date": "۱۴۰۴/۰۷/۲۲", "end_date": "۱۴۰۴/۰۷/۲۸",
            "travellers": [traveller.pk], "funding": "host", "currency": "EUR",
        },
    )  # fmt: skip
    assert response.status_code == 302
    from citydiplomacy.missions.models import MissionRequest

    mission = MissionRequest.objects.get(title="هفته فرهنگی تهران و مسکو")
    assert (mission.start_date, mission.end_date, mission.unit) == (
        dt.date(2025, 10, 14),
        dt.date(2025, 10, 20),
        requester.unit,
    )


def test_create_form_shows_a_clear_error_for_an_impossible_date(requester, client_for, china):
    client = client_for(requester, "en")
    response = client.post(
        reverse("missions:create"),
        {
            "title": "x",
            "countries": [china.pk],
            "start_date": "1401-12-30",
            "end_date": "1402-01-02",
            "purpose": "other",
            "mode": "in_person",
            "funding": "host",
        },
    )
    assert response.status_code == 200
    assert "Enter a date such as" in response.content.decode()


def test_detail_page_shows_the_history_with_who_and_what(mission_factory, requester, chair, client_for):
    mission = services.submit(mission_factory(), requester)
    services.reject(mission, chair, reason="Budget")
    page = client_for(requester).get(reverse("missions:detail", args=[mission.pk])).content.decode()
    assert "missions.request.rejected" in page and "Budget" in page and "Chair" in page


def test_a_refused_action_shows_the_reason_not_an_error_page(mission_factory, requester, chair, client_for):
    mission = mission_factory()
    response = client_for(chair).post(reverse("missions:approve", args=[mission.pk]), follow=True)
    assert response.status_code == 200
    assert "cannot be approved" in response.content.decode()


def test_unknown_pages_show_a_friendly_page(client_for, requester, settings):
    settings.DEBUG = False
    response = client_for(requester).get("/missions/999999/")
    assert response.status_code == 404
    assert "This page does not exist." in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_openapi_schema_lists_the_mission_actions(client_for, secretary):
    schema = (
        client_for(secretary)
        .get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
        .content.decode()
    )
    for path in ["/api/missions/{id}/approve/", "/api/missions/{id}/realize/", "/api/sessions/"]:
        assert path in schema


def test_api_docs_page_uses_only_local_assets(client_for, secretary):
    page = client_for(secretary).get("/api/docs/").content.decode()
    assert "cdn" not in page.lower() and "/static/drf_spectacular_sidecar/" in page


def test_api_realize_and_report(mission_factory, requester, chair, client_for, traveller):
    start = dt.date.today() - dt.timedelta(days=10)
    mission = services.submit(
        mission_factory(start_date=start, end_date=start + dt.timedelta(days=3)), requester
    )
    client = client_for(chair)
    assert (
        client.post(f"/api/missions/{mission.pk}/approve/", {}, content_type="application/json").json()[
            "status"
        ]
        == "approved"
    )
    client = client_for(requester)
    data = client.post(
        f"/api/missions/{mission.pk}/realize/",
        {
            "actual_start_date": start.isoformat(),
            "actual_end_date": (start + dt.timedelta(days=2)).isoformat(),
            "actual_travellers": [traveller.pk],
        },
        content_type="application/json",
    ).json()
    assert data["status"] == "realized" and data["persons_count"] == 1
    response = client.post(
        f"/api/missions/{mission.pk}/report/", {"results": "ok"}, content_type="application/json"
    )
    assert response.status_code == 200
    bad = client.post(f"/api/missions/{mission.pk}/cancel/", {"reason": "x"}, content_type="application/json")
    assert bad.status_code == 400 and "cannot be cancelled" in bad.json()["detail"]


def test_list_filters_by_country_and_search_request_after_request(
    mission_factory, secretary, client_for, china
):
    from citydiplomacy.partners.models import Country

    japan = Country.objects.get(iso2="JP")
    mission_factory(title="Xi'an congress", countries=[china])
    mission_factory(title="Tokyo forum", countries=[japan])
    client = client_for(secretary)
    for _ in range(2):  # each request gets its own filters, bound to its own filter set
        page = client.get("/missions/", {"country": "ژاپن"}).content.decode()
        assert "Tokyo forum" in page and "Xi&#x27;an congress" not in page
        page = client.get("/missions/", {"country": "CN", "q": "congress"}).content.decode()
        assert "Xi&#x27;an congress" in page and "Tokyo forum" not in page
        assert [r["title"] for r in client.get("/api/missions/", {"q": "forum"}).json()["results"]] == [
            "Tokyo forum"
        ]
