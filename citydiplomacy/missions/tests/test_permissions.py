"""The permission matrix: every mission page and API endpoint against every role.

Expected codes: 200 shown, 302 done (redirect after an action), 403 refused, 404 hidden (a record of
another unit is not revealed to exist).
"""

import pytest
from django.urls import reverse

from citydiplomacy.missions import services

ROLES = ["requester", "other_requester", "secretary", "member", "chair", "observer", "analyst", "admin"]


def matrix(**codes):
    """matrix(requester=200, ...) with `default` for the roles not named."""
    default = codes.pop("default", None)
    return [codes.get(role, default) for role in ROLES]


@pytest.fixture
def make_world(personas, mission_factory, secretary, requester):
    def make():
        draft = mission_factory(title="Draft")
        submitted = services.submit(mission_factory(title="Submitted"), requester)
        session = services.create_session(secretary, date=submitted.start_date)
        services.put_on_agenda(session, submitted, secretary)
        return {"draft": draft, "submitted": submitted, "session": session}

    return make


@pytest.fixture
def world(make_world):
    return make_world()


PAGES = [
    # (name, args from world, method, expected per role in ROLES order)
    ("core:home", None, "get", matrix(default=200)),
    ("missions:list", None, "get", matrix(default=200, analyst=403)),
    (
        "missions:create",
        None,
        "get",
        matrix(default=403, requester=200, other_requester=200, secretary=200, admin=200),
    ),
    ("missions:detail", "draft", "get", matrix(default=200, other_requester=404, analyst=404)),
    (
        "missions:edit",
        "draft",
        "get",
        matrix(default=403, requester=200, secretary=200, admin=200, other_requester=404, analyst=404),
    ),
    (
        "missions:realize",
        "draft",
        "get",
        matrix(default=403, requester=200, secretary=200, admin=200, other_requester=404, analyst=404),
    ),
    (
        "missions:submit",
        "draft",
        "post",
        matrix(default=403, requester=302, secretary=302, admin=302, other_requester=404, analyst=404),
    ),
    (
        "missions:withdraw",
        "draft",
        "post",
        matrix(default=403, requester=302, secretary=302, admin=302, other_requester=404, analyst=404),
    ),
    (
        "missions:approve",
        "submitted",
        "post",
        matrix(default=403, chair=302, admin=302, other_requester=404, analyst=404),
    ),
    (
        "missions:reject",
        "submitted",
        "post",
        matrix(default=403, chair=302, admin=302, other_requester=404, analyst=404),
    ),
    (
        "missions:send_back",
        "submitted",
        "post",
        matrix(default=403, chair=302, admin=302, other_requester=404, analyst=404),
    ),
    (
        "missions:cancel",
        "submitted",
        "post",
        matrix(default=403, requester=302, secretary=302, admin=302, other_requester=404, analyst=404),
    ),
    (
        "missions:session_list",
        None,
        "get",
        matrix(default=200, requester=403, other_requester=403, analyst=403),
    ),
    ("missions:session_create", None, "get", matrix(default=403, secretary=200, admin=200)),
    (
        "missions:session_detail",
        "session",
        "get",
        matrix(default=200, requester=403, other_requester=403, analyst=403),
    ),
]


@pytest.mark.parametrize("name,target,method,expected", PAGES, ids=[p[0] + ":" + p[2] for p in PAGES])
def test_page_permissions(name, target, method, expected, world, make_world, personas, client_for):
    got = []
    for role in ROLES:
        objects = (
            make_world() if method == "post" else world
        )  # an action changes state: fresh records per role
        url = reverse(name, args=[objects[target].pk] if target else [])
        client = client_for(personas[role])
        response = getattr(client, method)(url, {"reason": "because"} if method == "post" else None)
        got.append(response.status_code)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, expected, strict=True))


def test_anonymous_visitors_are_sent_to_log_in(world, client_for):
    response = client_for(None).get(reverse("missions:list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


API = [
    ("/api/missions/", "get", matrix(default=200, analyst=403)),
    ("/api/missions/{draft}/", "get", matrix(default=200, other_requester=404, analyst=403)),
    (
        "/api/missions/{draft}/submit/",
        "post",
        matrix(default=403, requester=200, secretary=200, admin=200, other_requester=404),
    ),
    (
        "/api/missions/{submitted}/approve/",
        "post",
        matrix(default=403, chair=200, admin=200, other_requester=404),
    ),
    (
        "/api/missions/{submitted}/reject/",
        "post",
        matrix(default=403, chair=200, admin=200, other_requester=404),
    ),
    ("/api/sessions/", "get", matrix(default=200, requester=403, other_requester=403, analyst=403)),
    ("/api/sessions/{session}/", "get", matrix(default=200, requester=403, other_requester=403, analyst=403)),
    ("/api/units/", "get", matrix(default=200)),
    ("/api/people/", "get", matrix(default=200, analyst=403)),
]


@pytest.mark.parametrize("template,method,expected", API, ids=[a[0] + ":" + a[1] for a in API])
def test_api_permissions(template, method, expected, world, make_world, personas, client_for):
    got = []
    for role in ROLES:
        objects = make_world() if method == "post" else world
        url = template.format(**{k: v.pk for k, v in objects.items()})
        client = client_for(personas[role])
        response = (
            getattr(client, method)(url, {"reason": "because"}, content_type="application/json")
            if method == "post"
            else client.get(url)
        )
        got.append(response.status_code)
    assert dict(zip(ROLES, got, strict=True)) == dict(zip(ROLES, expected, strict=True))


def test_api_needs_authentication(world, client_for):
    assert client_for(None).get("/api/missions/").status_code in (401, 403)


def test_token_authentication_works(world, requester, client_for):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=requester)
    response = client_for(None).get("/api/missions/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200
    assert {row["title"] for row in response.json()["results"]} == {"Draft", "Submitted"}


def test_requesters_see_only_their_units_requests_in_lists(world, client_for, other_requester, requester):
    assert client_for(other_requester).get("/api/missions/").json()["count"] == 0
    assert client_for(requester).get("/api/missions/").json()["count"] == 2
    page = client_for(other_requester).get(reverse("missions:list")).content.decode()
    assert world["submitted"].reference not in page
    assert (
        world["submitted"].reference in client_for(requester).get(reverse("missions:list")).content.decode()
    )


@pytest.mark.parametrize(
    "role,shown",
    [("secretary", True), ("admin", True), ("chair", False), ("observer", False), ("requester", False)],
)
def test_personal_data_is_shown_only_to_the_secretary_and_admin(
    role, shown, world, personas, client_for, traveller
):
    client = client_for(personas[role])
    page = client.get(reverse("missions:detail", args=[world["draft"].pk])).content.decode()
    assert ("P1234567" in page) is shown
    people = client.get("/api/people/").json()["results"]
    assert any(p.get("passport_number") == "P1234567" for p in people) is shown


def test_observer_changes_nothing_through_the_api(world, observer, client_for):
    client = client_for(observer)
    assert client.post("/api/missions/", {"title": "x"}, content_type="application/json").status_code == 403
    assert client.post("/api/people/", {"name_fa": "x"}, content_type="application/json").status_code == 403
    assert (
        client.post("/api/sessions/", {"date": "2025-01-01"}, content_type="application/json").status_code
        == 403
    )


def test_requester_cannot_create_for_another_unit(world, requester, other_unit, client_for, china):
    payload = {
        "title": "x",
        "unit": other_unit.pk,
        "countries": ["CN"],
        "start_date": "2030-01-01",
        "end_date": "2030-01-02",
    }
    assert (
        client_for(requester).post("/api/missions/", payload, content_type="application/json").status_code
        == 403
    )
    payload["unit"] = requester.unit_id
    response = client_for(requester).post("/api/missions/", payload, content_type="application/json")
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "draft"


def test_admin_site_is_for_administrators_only(world, personas, client_for):
    assert client_for(personas["admin"]).get("/admin/missions/missionrequest/").status_code == 200
    assert client_for(personas["secretary"]).get("/admin/missions/missionrequest/").status_code == 302
