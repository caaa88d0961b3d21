import datetime as dt

import pytest

from citydiplomacy.core.errors import DomainError
from citydiplomacy.memberships import services
from citydiplomacy.memberships.models import Membership, MembershipStatus
from citydiplomacy.partners.models import Organization

TODAY = dt.date(2025, 6, 1)


@pytest.fixture
def membership(secretary):
    return services.create_membership(
        secretary, organization=Organization.objects.get(acronym="UCLG"), grace_days=90
    )


def _status(m, today=TODAY):
    m = Membership.objects.get(pk=m.pk)
    by_query = next(
        s for s in MembershipStatus if Membership.objects.in_status(s, today).filter(pk=m.pk).exists()
    )
    assert by_query == m.current_status(today)
    return m.current_status(today)


def test_paid_dues_keep_the_membership_active(membership, secretary):
    dues = services.record_dues(membership, secretary, year=2025, due_on=dt.date(2025, 3, 31))
    services.pay_dues(dues, secretary, paid_on=dt.date(2025, 3, 20))
    assert _status(membership) == MembershipStatus.ACTIVE


def test_unpaid_dues_after_their_date_put_it_in_grace_then_lapse_it(membership, secretary):
    services.record_dues(membership, secretary, year=2025, due_on=dt.date(2025, 5, 1))
    assert _status(membership, dt.date(2025, 5, 1)) == MembershipStatus.ACTIVE
    assert _status(membership, dt.date(2025, 5, 2)) == MembershipStatus.GRACE
    assert _status(membership, dt.date(2025, 7, 30)) == MembershipStatus.GRACE
    assert _status(membership, dt.date(2025, 7, 31)) == MembershipStatus.LAPSED


def test_paying_late_dues_restores_the_membership(membership, secretary):
    dues = services.record_dues(membership, secretary, year=2024, due_on=dt.date(2024, 3, 31))
    assert _status(membership) == MembershipStatus.LAPSED
    services.pay_dues(dues, secretary, paid_on=TODAY)
    assert _status(membership) == MembershipStatus.ACTIVE


def test_longer_grace_recomputes_the_dues(membership, secretary):
    services.record_dues(membership, secretary, year=2025, due_on=dt.date(2025, 1, 1))
    assert _status(membership) == MembershipStatus.LAPSED
    services.update_membership(membership, secretary, grace_days=365)
    assert _status(membership) == MembershipStatus.GRACE


def test_ended_membership_and_a_second_membership(membership, secretary):
    services.end_membership(membership, secretary, ended_on=dt.date(2025, 1, 1), reason="Council decision")
    assert _status(membership) == MembershipStatus.ENDED
    with pytest.raises(DomainError):
        services.pay_dues(
            services.record_dues(membership, secretary, year=2025, due_on=TODAY, paid_on=TODAY),
            secretary,
            paid_on=TODAY,
        )


def test_dues_are_recorded_once_per_year(membership, secretary):
    services.record_dues(membership, secretary, year=2025, due_on=TODAY)
    with pytest.raises(DomainError):
        services.record_dues(membership, secretary, year=2025, due_on=TODAY)


def test_membership_list_filters_and_exports(
    client_for, observer, membership, secretary, django_assert_max_num_queries
):
    services.record_dues(membership, secretary, year=2020, due_on=dt.date(2020, 1, 1))
    client = client_for(observer)
    with django_assert_max_num_queries(8):
        page = client.get("/memberships/", {"status": "lapsed"}).content.decode()
    assert "UCLG" in page
    assert (
        "UCLG" not in client.get("/memberships/", {"status": "active"}).content.decode().split("<tbody>")[1]
    )
    assert client.get("/memberships/", {"format": "xlsx"})["Content-Type"].startswith("application/vnd")
