import datetime as dt

import pytest

from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import Person
from citydiplomacy.lib.jalali import jalali_to_gregorian
from citydiplomacy.memberships import services
from citydiplomacy.partners.models import Organization


@pytest.fixture
def seat(secretary):
    return services.create_seat(secretary, organization=Organization.objects.get(acronym="UCLG"),
                                title_fa="نایب‌رئیس غرب آسیا", title_en="Vice-President for West Asia")  # fmt: skip


def test_role_history_answers_who_held_the_seat_in_1398(seat, secretary):
    first = Person.objects.create(name_fa="شهردار پیشین", name_en="Former mayor")
    second = Person.objects.create(name_fa="شهردار", name_en="Mayor")
    services.start_term(seat, secretary, holder=first, start_on=dt.date(2017, 9, 1))
    services.start_term(seat, secretary, holder=second, start_on=dt.date(2021, 8, 20))
    assert services.who_held(seat, jalali_to_gregorian(1398, 6, 1)).holder == first
    assert services.who_held(seat, dt.date(2021, 8, 19)).holder == first
    assert services.who_held(seat, dt.date(2021, 8, 20)).holder == second
    assert services.who_held(seat, dt.date(2016, 1, 1)) is None
    assert seat.terms.get(holder=first).end_on == dt.date(2021, 8, 19)


def test_a_term_cannot_start_before_a_recorded_later_term(seat, secretary):
    services.start_term(seat, secretary, holder_label="City of Tehran", start_on=dt.date(2021, 1, 1))
    with pytest.raises(DomainError):
        services.start_term(seat, secretary, holder_label="Someone", start_on=dt.date(2020, 1, 1))


def test_seat_list_shows_the_holder_on_a_jalali_day(client_for, observer, seat, secretary):
    services.start_term(seat, secretary, holder_label="Former mayor", start_on=dt.date(2017, 9, 1))
    services.start_term(seat, secretary, holder_label="Current mayor", start_on=dt.date(2021, 8, 20))
    page = (
        client_for(observer, language="fa")
        .get("/memberships/seats/", {"held_on": "1398/06/01"})
        .content.decode()
    )
    assert "Former mayor" in page and "Current mayor" not in page


def test_api_answers_who_held_a_seat(client_for, observer, seat, secretary):
    services.start_term(seat, secretary, holder_label="Former mayor", start_on=dt.date(2017, 9, 1))
    data = client_for(observer).get(f"/api/seats/{seat.pk}/held-on/", {"date": "2019-08-23"}).json()
    assert data["holder_label"] == "Former mayor"
