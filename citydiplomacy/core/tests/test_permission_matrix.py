"""The permission matrix, generated: every URL the resolver knows and every operation the OpenAPI schema
publishes, against every role (see matrix.py for how an app states its expectations)."""

import pytest
from django.test import Client
from django.urls import reverse

from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role

from .matrix import ROLES, api_entries, api_operations, outcome, page_entries, url_names, world_for

PAGE_CASES = [
    pytest.param(label, name, entry, method, id=f"{name}:{method}")
    for label, name, entry in page_entries()
    for method in ("GET", "POST")
    if method in entry
]
API_CASES = [pytest.param(label, op, key, expected, id=op) for label, op, key, expected in api_entries()]


def test_every_url_has_an_entry_in_a_permission_table():
    named = {name for _label, name, _entry in page_entries()}
    missing = sorted(url_names() - named)
    assert not missing, f"URLs without an entry in any app's tests/permission_matrix.py PAGES: {missing}"
    stale = sorted(named - url_names())
    assert not stale, f"entries for URLs that no longer exist: {stale}"


def test_a_url_left_out_of_the_tables_is_named_by_the_check():
    named = {name for _label, name, _entry in page_entries()} - {"missions:report"}
    assert sorted(url_names() - named) == ["missions:report"]


def test_every_url_entry_names_a_method():
    assert all({"GET", "POST"} & set(entry) for _label, _name, entry in page_entries())


def test_every_api_operation_has_an_entry_in_a_permission_table():
    listed = {operation for _label, operation, _key, _expected in api_entries()}
    missing = sorted(api_operations() - listed)
    assert not missing, (
        f"API operations without an entry in any app's tests/permission_matrix.py API: {missing}"
    )
    stale = sorted(listed - api_operations())
    assert not stale, f"entries for operations that no longer exist: {stale}"


@pytest.fixture
def users(unit, other_unit):
    people = {
        "requester": make_user("requester", Role.REQUESTER, unit),
        "other_requester": make_user("other_requester", Role.REQUESTER, other_unit),
        "secretary": make_user("secretary", Role.SECRETARY),
        "member": make_user("member", Role.MEMBER),
        "chair": make_user("chair", Role.CHAIR),
        "observer": make_user("observer", Role.OBSERVER),
        "analyst": make_user("analyst", Role.ANALYST),
        "admin": make_user("admin", Role.ADMIN, is_staff=True, is_superuser=True),
        "jury": make_user("jury", Role.JURY),
        "exports_officer": make_user("exports_officer", Role.EXPORTS),
    }
    assert set(people) | {"anonymous"} == set(ROLES)
    return people


def _client(users, role):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    if role != "anonymous":
        client.force_login(users[role])
    return client


def _value(world, item):
    if isinstance(item, str) and item in world:
        return getattr(world[item], "pk", world[item])
    return item


def _page_url(entry, world):
    args = entry.get("args", [])
    args = args(world) if callable(args) else [_value(world, item) for item in args]
    return args


@pytest.mark.parametrize("label,name,entry,method", PAGE_CASES)
def test_page_permissions(label, name, entry, method, users):
    got = {}
    world = world_for(label, users)
    for role in ROLES:
        if method == "POST":
            world = world_for(label, users)  # an action changes state: fresh records for each role
        url = reverse(name, args=_page_url(entry, world))
        client = _client(users, role)
        response = client.get(url) if method == "GET" else client.post(url, entry.get("data", {}))
        got[role] = outcome(response)
        if response.streaming:  # a file served as a stream: read to the end, the test client then closes it
            b"".join(response.streaming_content)
    assert got == entry[method]


@pytest.mark.parametrize("label,operation,key,expected", API_CASES)
def test_api_permissions(label, operation, key, expected, users):
    method, template = operation.split(" ", 1)
    got = {}
    world = world_for(label, users)
    for role in ROLES:
        if method != "GET":
            world = world_for(label, users)
        url = template.replace("{id}", str(_value(world, key))) if key else template
        client = _client(users, role)
        if method == "GET":
            response = client.get(url)
        else:
            response = getattr(client, method.lower())(url, {}, content_type="application/json")
        got[role] = outcome(response)
    assert got == expected
