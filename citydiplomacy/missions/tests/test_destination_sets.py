"""Each request's stored destination sets follow its links on every path that changes them: the council
report counts trips per destination from these sets, so a stale set would be a wrong figure."""

import pytest

from citydiplomacy.missions import services
from citydiplomacy.missions.destinations import id_set, stored_sets
from citydiplomacy.missions.imports import import_rows
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.partners.models import City, Country

from .test_import_rows import row

pytestmark = pytest.mark.django_db


def sets_of(mission):
    mission = MissionRequest.objects.get(pk=mission.pk)
    return mission.country_set, mission.city_set


def links_of(mission):
    return stored_sets([mission.pk])[mission.pk]


@pytest.fixture
def places(db):
    japan = Country.objects.get(iso2="JP")
    turkey = Country.objects.get(iso2="TR")
    tokyo = City.objects.get_or_create(name_en="Tokyo", country=japan, defaults={"name_fa": "توکیو"})[0]
    return japan, turkey, tokyo


def test_sets_follow_creation_and_edits(mission_factory, requester, china, places):
    japan, turkey, tokyo = places
    mission = mission_factory(countries=[china, japan], cities=[tokyo])
    assert sets_of(mission) == (id_set([china.pk, japan.pk]), str(tokyo.pk))
    services.update_request(mission, requester, countries=[turkey], cities=[])
    assert sets_of(mission) == (str(turkey.pk), "")


def test_sets_follow_changes_from_the_country_side_and_deletions(mission_factory, china, places):
    japan, turkey, tokyo = places
    first, second = mission_factory(), mission_factory()
    japan.missions.add(first, second)
    assert sets_of(first) == sets_of(second) == (id_set([china.pk, japan.pk]), "")
    japan.missions.remove(second)
    assert sets_of(second) == (str(china.pk), "")
    china.missions.clear()
    assert sets_of(first) == (str(japan.pk), "")
    assert sets_of(second) == ("", "")
    tokyo.missions.add(first)
    tokyo.delete()
    japan.delete()
    assert sets_of(first) == ("", "")


def test_a_stale_instance_saved_later_does_not_bring_back_old_sets(mission_factory, china, places):
    japan, _turkey, _tokyo = places
    mission = mission_factory()
    stale = MissionRequest.objects.get(pk=mission.pk)
    mission.countries.add(japan)
    stale.title = "Renamed"
    stale.save()
    assert sets_of(mission) == (id_set([china.pk, japan.pk]), "")
    stale.save(update_fields=["title"])
    assert sets_of(mission) == links_of(mission)


def test_import_writes_the_sets_with_the_links_and_reimport_keeps_them():
    import_rows([row(countries="China; Japan", cities="Beijing")])
    mission = MissionRequest.objects.get(reference="MR-1401-00001")
    assert sets_of(mission) == links_of(mission)
    assert len(mission.country_set.split(",")) == 2 and mission.city_set
    result = import_rows([row(countries="Turkey", cities="")], update=True)
    assert not result.errors
    assert sets_of(mission) == links_of(mission) == (str(Country.objects.get(iso2="TR").pk), "")
