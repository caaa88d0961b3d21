"""The admin site changes nothing behind the services' backs (issue 8 §4): records with a workflow are
read-only there, and reference data edited there is audited."""

import pytest
from django.contrib import admin
from django.urls import reverse
from rest_framework.authtoken.models import Token

from citydiplomacy.core.admin import AuditedAdminMixin, ReadOnlyAdminMixin
from citydiplomacy.core.models import AuditEntry, Unit
from citydiplomacy.missions import services
from citydiplomacy.missions.models import CommitteeSession, Decision, PostTripReport


def test_every_model_admin_is_read_only_or_audited():
    loose = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if not isinstance(model_admin, ReadOnlyAdminMixin | AuditedAdminMixin)
    ]
    assert loose == [], f"admin classes that change records without an audit entry: {loose}"


def test_inlines_of_read_only_admins_are_read_only():
    for model_admin in admin.site._registry.values():
        if isinstance(model_admin, ReadOnlyAdminMixin):
            for inline in model_admin.inlines:
                assert issubclass(inline, ReadOnlyAdminMixin), inline


@pytest.fixture
def decided_session(mission_factory, requester, secretary, chair):
    mission = services.submit(mission_factory(), requester)
    session = services.create_session(secretary, date=mission.start_date)
    services.put_on_agenda(session, mission, secretary)
    services.approve(mission, chair)
    return session


@pytest.mark.parametrize("model", [CommitteeSession, Decision])
def test_the_admin_cannot_change_or_delete_committee_records(model, decided_session, admin_user, client_for):
    client = client_for(admin_user)
    obj = model.objects.first()
    info = (model._meta.app_label, model._meta.model_name)
    change_url = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
    assert client.get(change_url).status_code == 200  # shown, read-only
    before = AuditEntry.objects.count()
    response = client.post(
        change_url, {"number": 999, "date": "2030-01-01", "kind": "rejected", "held": "on"}
    )
    assert response.status_code == 403
    assert (
        client.post(reverse("admin:{}_{}_delete".format(*info), args=[obj.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert client.get(reverse("admin:{}_{}_add".format(*info))).status_code == 403
    obj.refresh_from_db()
    assert AuditEntry.objects.count() == before
    if model is CommitteeSession:
        assert obj.number != 999 and not obj.held
    else:
        assert obj.kind == "approved"


def test_the_admin_cannot_add_a_post_trip_report(admin_user, client_for):
    client = client_for(admin_user)
    assert client.get(reverse("admin:missions_posttripreport_add")).status_code == 403
    assert client.get(reverse("admin:missions_posttripreport_changelist")).status_code == 200
    assert not PostTripReport.objects.exists()


def test_reference_data_edited_in_the_admin_is_audited(admin_user, client_for):
    client = client_for(admin_user)
    response = client.post(reverse("admin:core_unit_add"), {"name_fa": "واحد تازه", "name_en": "New unit"})
    assert response.status_code == 302
    unit = Unit.objects.get(name_en="New unit")
    entry = AuditEntry.objects.get(action="admin.core.unit.added")
    assert entry.actor == admin_user and entry.object_id == str(unit.pk)
    client.post(
        reverse("admin:core_unit_change", args=[unit.pk]), {"name_fa": "واحد تازه", "name_en": "Renamed unit"}
    )
    assert AuditEntry.objects.get(action="admin.core.unit.changed").data == {"fields": ["name_en"]}
    client.post(reverse("admin:core_unit_delete", args=[unit.pk]), {"post": "yes"})
    assert not Unit.objects.filter(pk=unit.pk).exists()
    assert AuditEntry.objects.filter(action="admin.core.unit.deleted", object_id=str(unit.pk)).count() == 1


def test_an_api_token_made_in_the_admin_is_audited(admin_user, requester, client_for):
    response = client_for(admin_user).post(reverse("admin:authtoken_tokenproxy_add"), {"user": requester.pk})
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="admin.authtoken.tokenproxy.added")
    assert entry.actor == admin_user
    key = Token.objects.get(user=requester).key
    assert entry.object_id == str(requester.pk)  # filed under its user: the key is not written down
    assert key not in f"{entry.object_id} {entry.object_repr} {entry.data}"
