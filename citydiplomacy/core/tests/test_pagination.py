"""Lists count their rows up to a cap; past it they say "more than ..." and still page through every row."""

import pytest

from citydiplomacy.core.models import Unit
from citydiplomacy.core.pagination import CappedPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture
def units(db):
    Unit.objects.bulk_create([Unit(name_fa=f"واحد {i:02d}", name_key=f"u{i:02d}") for i in range(7)])
    return Unit.objects.filter(name_key__startswith="u").order_by("name_key")


def names(page):
    return [u.name_key for u in page.object_list]


def test_under_the_cap_the_count_is_exact(units):
    paginator = CappedPaginator(units, 3, cap=10)
    assert paginator.count == 7 and paginator.count_is_exact and paginator.num_pages == 3
    assert names(paginator.get_page(3)) == ["u06"] and not paginator.get_page(3).has_next()
    assert names(paginator.get_page(99)) == ["u06"]  # past the end: the last page


def test_past_the_cap_every_row_is_still_reachable(units):
    paginator = CappedPaginator(units, 3, cap=4)
    assert paginator.count == 4 and not paginator.count_is_exact
    seen, number = [], 1
    while True:
        page = paginator.page(number)
        seen += names(page)
        if not page.has_next():
            break
        number += 1
    assert seen == [f"u{i:02d}" for i in range(7)]
    assert names(paginator.get_page(99)) == ["u00", "u01", "u02"]  # nothing there: back to the first page
    assert names(paginator.get_page("x")) == ["u00", "u01", "u02"]


def test_the_list_and_the_api_say_when_the_count_stopped(settings, mission_factory, secretary, client_for):
    settings.LIST_COUNT_CAP = 2
    for _ in range(3):
        mission_factory()
    client = client_for(secretary)
    page = client.get("/missions/").content.decode()
    assert "more than 2 requests" in page
    body = client.get("/api/missions/").json()
    assert body["count"] == 2 and body["count_is_exact"] is False and len(body["results"]) == 3
    settings.LIST_COUNT_CAP = 10
    assert "(3 requests)" in client.get("/missions/").content.decode()
    assert client.get("/api/missions/").json()["count_is_exact"] is True


def test_the_list_reads_its_rows_and_count_together_and_handles_any_page(
    settings, mission_factory, secretary, client_for
):
    settings.LIST_COUNT_CAP = 1000
    first = mission_factory(title="Oldest trip")
    for _ in range(2):
        mission_factory()
    client = client_for(secretary)
    page = client.get("/missions/?page=99").content.decode()  # past the end: the last page
    assert "Oldest trip" in page and "(3 requests)" in page
    assert "Oldest trip" in client.get("/missions/?page=x").content.decode()
    assert first.reference in client.get("/api/missions/").content.decode()


def test_filter_bar_shows_a_new_unit_at_once_and_in_the_readers_language(secretary, client_for):
    client = client_for(secretary)
    assert "Protocol Department" not in client.get("/missions/").content.decode()
    Unit.objects.create(name_fa="اداره تشریفات", name_en="Protocol Department", name_key="protocol")
    assert "Protocol Department" in client.get("/missions/").content.decode()
    persian = client_for(secretary, language="fa").get("/missions/").content.decode()
    assert "اداره تشریفات" in persian and "Protocol Department" not in persian
