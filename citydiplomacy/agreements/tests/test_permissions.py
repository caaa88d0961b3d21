"""Who reads and who edits the registry, on the pages and through the API alike."""

import pytest

from citydiplomacy.agreements.models import Agreement

EDITORS = {"secretary", "admin"}
READERS = {"requester", "other_requester", "secretary", "member", "chair", "observer", "analyst", "admin"}


@pytest.fixture
def agreement(agreement_factory):
    return agreement_factory()


URLS = ["/agreements/", "/agreements/{pk}/", "/agreements/report/", "/agreements/commitments/", "/agreements/reminders/",
     "/memberships/", "/memberships/seats/", "/partners/organization/", "/partners/city/", "/partners/search/?q=bei",
     "/api/agreements/", "/api/commitments/", "/api/agreements-report/", "/api/memberships/", "/api/organizations/",
     "/api/registry/search/?q=bei"]  # fmt: skip


def test_every_persona_reads_the_registry(personas, client_for, agreement):
    for name, user in personas.items():
        client = client_for(user)
        for url in URLS:
            response = client.get(url.format(pk=agreement.pk))
            assert response.status_code == 200, (name, url)


def test_anonymous_reads_nothing(client, agreement):
    assert client.get("/agreements/").status_code == 302
    assert client.get("/api/agreements/").status_code in (401, 403)


def test_only_secretary_and_admin_edit_on_pages_and_api(personas, client_for, agreement, beijing):
    for name, user in personas.items():
        client = client_for(user)
        page = client.post(f"/agreements/{agreement.pk}/commitments/", {"title": f"by {name}", "side": "ours",
                                                                         "recurrence": "none"})  # fmt: skip
        api = client.post(f"/api/agreements/{agreement.pk}/commitments/", {"title": f"api {name}"},
                          content_type="application/json")  # fmt: skip
        new_org = client.post("/api/organizations/", {"name_fa": f"سازمان {name}", "name_en": f"Org {name}", "kind": "company"},
                              content_type="application/json")  # fmt: skip
        if name in EDITORS:
            assert page.status_code == 302 and api.status_code == 201 and new_org.status_code == 201, name
        else:
            assert page.status_code == 403 and api.status_code == 403 and new_org.status_code == 403, name
    titles = set(agreement.commitments.values_list("title", flat=True))
    assert titles == {"by secretary", "by admin", "api secretary", "api admin"}
    assert Agreement.objects.count() == 1


def test_personal_data_of_people_only_for_those_who_see_it(personas, client_for, secretary):
    from citydiplomacy.partners import services

    contact = services.create_partner(
        "contact", secretary, name_fa="سفیر", name_en="Ambassador", passport_number="X998877"
    )
    for name, user in personas.items():
        page = client_for(user).get(f"/partners/contact/{contact.pk}/").content.decode()
        api = client_for(user).get(f"/api/contacts/{contact.pk}/").json()
        if user.sees_personal_data:
            assert "X998877" in page and api["passport_number"] == "X998877", name
        else:
            assert "X998877" not in page and "passport_number" not in api, name
