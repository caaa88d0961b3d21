"""What each role sees on the dashboard (issue 8 §6): one test per role, on the page's content."""

import datetime as dt

import pytest
from django.urls import reverse

from citydiplomacy.agreements import services as agreements
from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role
from citydiplomacy.missions import services
from citydiplomacy.partners.models import City

COMMITTEE_QUEUE = "The committee's queue"
MY_UNIT = "My unit's requests"
RECENT = "Recently changed requests"
REPORT_LINK = "Open the council report"
OVERDUE_COMMITMENTS = "Overdue commitments"


@pytest.fixture
def board(mission_factory, requester, secretary):
    draft = mission_factory(title="Draft to Beijing")
    submitted = services.submit(mission_factory(title="Submitted to Shanghai"), requester)
    session = services.create_session(secretary, date=dt.date.today() + dt.timedelta(days=7))
    services.put_on_agenda(session, submitted, secretary)
    agreement = agreements.create_agreement(
        secretary,
        kind="mou",
        title_fa="تفاهم‌نامه",
        title_en="MoU",
        status="active",
        signed_on=dt.date.today() - dt.timedelta(days=400),
        parties=[City.objects.get(name_en="Beijing")],
    )
    agreements.add_commitment(
        agreement, secretary, title="Send the bus experts", due_on=dt.date.today() - dt.timedelta(days=5)
    )
    return {"draft": draft, "submitted": submitted, "session": session}


def dashboard(user, client_for):
    response = client_for(user).get(reverse("core:home"))
    assert response.status_code == 200
    return response.content.decode()


def assert_committee_view(page, board):
    assert COMMITTEE_QUEUE in page and RECENT in page
    assert "Submitted to Shanghai" in page and "Draft to Beijing" in page
    assert reverse("missions:session_detail", args=[board["session"].pk]) in page  # the next session
    assert OVERDUE_COMMITMENTS in page and "Send the bus experts" in page


def assert_no_requests(page):
    assert "Submitted to Shanghai" not in page and "Draft to Beijing" not in page
    assert COMMITTEE_QUEUE not in page


def test_requester_sees_their_units_requests_and_no_queue(board, requester, client_for):
    page = dashboard(requester, client_for)
    assert MY_UNIT in page and "Draft to Beijing" in page and "Submitted to Shanghai" in page
    assert COMMITTEE_QUEUE not in page and REPORT_LINK not in page


def test_requester_of_another_unit_sees_none_of_these_requests(board, other_requester, client_for):
    page = dashboard(other_requester, client_for)
    assert MY_UNIT in page
    assert_no_requests(page)


def test_secretary_sees_the_queue_and_the_next_session(board, secretary, client_for):
    assert_committee_view(dashboard(secretary, client_for), board)


def test_member_sees_the_queue_and_the_next_session(board, member, client_for):
    assert_committee_view(dashboard(member, client_for), board)


def test_chair_sees_the_queue_and_the_next_session(board, chair, client_for):
    assert_committee_view(dashboard(chair, client_for), board)


def test_observer_sees_the_queue_and_the_next_session(board, observer, client_for):
    assert_committee_view(dashboard(observer, client_for), board)


def test_admin_sees_the_queue_and_the_next_session(board, admin_user, client_for):
    assert_committee_view(dashboard(admin_user, client_for), board)


def test_analyst_sees_the_report_link_and_no_request(board, analyst, client_for):
    page = dashboard(analyst, client_for)
    assert REPORT_LINK in page
    assert_no_requests(page)
    assert MY_UNIT not in page and RECENT not in page


@pytest.mark.parametrize("role", [Role.JURY, Role.EXPORTS])
def test_jury_and_exports_officer_see_no_request(role, board, client_for):
    page = dashboard(make_user(f"user_{role}", role), client_for)
    assert_no_requests(page)
    assert REPORT_LINK not in page


def test_anonymous_visitors_are_sent_to_log_in(client_for):
    response = client_for(None).get(reverse("core:home"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
