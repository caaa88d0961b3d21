"""Schemathesis against the OpenAPI schema drf-spectacular serves, in-process (the WSGI app, no server).

Every operation, as the admin and as a requester, with a few generated examples each (deterministic:
derandomized, explicit phases, no deadline): no 500, and every response as the schema says (status code,
content type, body).
"""

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from rest_framework.authtoken.models import Token
from schemathesis.generation import GenerationMode

from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role

CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
]


def _world(unit, secretary, chair, requester):
    """A few records of each kind, so that generated ids sometimes find one."""
    from citydiplomacy.agreements import services as agreements
    from citydiplomacy.memberships import services as memberships
    from citydiplomacy.missions import services as missions
    from citydiplomacy.partners import services as partners
    from citydiplomacy.partners.models import City, Country

    china = Country.objects.get(iso2="CN")
    beijing = City.objects.get(name_en="Beijing")
    start = dt.date.today() + dt.timedelta(days=30)
    drafts = [
        missions.create_request(
            requester, title=f"Mission {n}", unit=unit, purpose="summit", start_date=start,
            end_date=start + dt.timedelta(days=3), countries=[china],
        )
        for n in range(3)
    ]  # fmt: skip
    submitted = missions.submit(drafts[1], requester)
    session = missions.create_session(secretary, date=start)
    missions.put_on_agenda(session, submitted, secretary)
    missions.approve(missions.submit(drafts[2], requester), chair)
    organization = partners.create_partner(
        "organization", secretary, name_fa="سازمان", kind="city_org", country=china
    )
    agreement = agreements.create_agreement(
        secretary, kind="mou", title_fa="تفاهم‌نامه", status="draft", parties=[beijing, organization]
    )
    agreements.add_commitment(agreement, secretary, title="Exchange", due_on=start)
    membership = memberships.create_membership(
        secretary, organization=organization, since=dt.date(2020, 1, 1)
    )
    memberships.record_dues(membership, secretary, year=2025, due_on=dt.date(2025, 3, 1))
    memberships.create_seat(secretary, organization=organization, title_fa="کرسی")


EXAMPLES = 5  # per operation and generation mode: the whole run stays well under two minutes on SQLite


def _existing_id(path):
    """The id of the first record of the kind the path names, so that some cases reach a real record.

    The view's queryset says the kind; views whose queryset depends on the user say it through the schema
    generator's fake view (`swagger_fake_view`), as drf-spectacular does.
    """
    from django.urls import resolve

    view = resolve(path.split("{id}")[0]).func
    viewset = view.cls(request=None, format_kwarg=None, action="list", swagger_fake_view=True)
    viewset.kwargs = {}
    return viewset.get_queryset().model.objects.order_by("pk").values_list("pk", flat=True).first()


def _fuzz(operation, mode, headers, path_parameters=None):
    """Run generated cases of one operation; the first failure found, as text, or None."""
    failures = []

    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    def run(case):
        response = case.call(headers=headers)
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except BaseExceptionGroup as exc:  # FailureGroup: keep the report, go on with the next operation
            failures.append(str(exc))
            raise

    try:
        run()
    except BaseExceptionGroup:
        return failures[0]
    except Unsatisfiable:  # nothing in this operation can be made invalid (negative mode): nothing to test
        pass
    return None


@pytest.fixture
def same_connection():
    """Requests through the WSGI app close the database connection when they end (as in production);
    the test's transaction lives on that connection, so keep it open, as Django's test client does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.slow
@pytest.mark.parametrize("role", ["admin", "requester"])
def test_api_answers_as_its_schema_says(role, db, same_connection, unit, secretary, chair):
    from django.core.wsgi import (
        get_wsgi_application,  # not citydiplomacy.wsgi: that starts the news scheduler
    )

    application = get_wsgi_application()

    if role == "admin":
        user = make_user("fuzz_admin", Role.ADMIN, is_staff=True, is_superuser=True)
        _world(unit, secretary, chair, make_user("fuzz_requester", Role.REQUESTER, unit))
    else:
        user = make_user("fuzz_requester", Role.REQUESTER, unit)
        _world(unit, secretary, chair, user)
    headers = {"Authorization": f"Token {Token.objects.create(user=user).key}"}
    # the schema is for signed-in users (it is not public unless API_DOCS_PUBLIC in development)
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application, headers=headers)
    problems = []
    for result in schema.get_all_operations():
        operation = result.ok()
        runs = [(mode, None) for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)]
        if "{id}" in operation.path:  # and once on a record that exists
            runs.append((GenerationMode.POSITIVE, {"id": _existing_id(operation.path)}))
        for mode, path_parameters in runs:
            failure = _fuzz(operation, mode, headers, path_parameters)
            if failure:
                problems.append(f"{operation.label} ({mode}, {path_parameters}): {failure}")
    assert not problems, "\n\n".join(problems)
