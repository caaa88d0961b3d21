"""Bad input is a clear 4xx answer, never a 500 and never half-written data (issue 8 §1)."""

import pytest
from django.urls import reverse

from citydiplomacy.agreements import services as agreement_services
from citydiplomacy.agreements.models import Agreement
from citydiplomacy.core.models import AuditEntry
from citydiplomacy.missions.models import CommitteeSession
from citydiplomacy.partners import services as partner_services
from citydiplomacy.partners.models import City, Organization


@pytest.mark.parametrize("year", ["1", "0", "99999", "1299", "1501"])
@pytest.mark.parametrize(
    "url", ["reports:council", "reports:council_pdf", "reports:council_xlsx", "api-council-report"]
)
def test_a_council_report_outside_its_calendar_is_a_400(year, url, analyst, client_for):
    response = client_for(analyst).get(reverse(url), {"year": year})
    assert response.status_code == 400
    text = response.content.decode()
    assert "1300" in text and "1500" in text  # the message says which years a report covers


@pytest.mark.parametrize(
    "params", [{"from": "0001-01-01", "to": "0001-01-05"}, {"from": "1401-01-01", "to": "9999-12-31"}]
)
def test_a_council_period_outside_its_calendar_is_a_400(params, analyst, client_for):
    client = client_for(analyst)
    assert client.get(reverse("reports:council"), params).status_code == 400
    assert client.get(reverse("api-council-report"), params).status_code == 400
    assert client.get(reverse("reports:council_pdf"), params).status_code == 400


def test_an_unknown_huge_term_is_a_400(analyst, client_for):
    response = client_for(analyst).get(reverse("api-council-report"), {"term": "9" * 30})
    assert response.status_code == 400


def test_a_year_within_the_calendar_is_still_reported(analyst, client_for):
    assert client_for(analyst).get(reverse("api-council-report"), {"year": "1402"}).status_code == 200


@pytest.mark.parametrize("value", ["-5.45e209", "1.5", "9" * 30, "-" + "9" * 30])
def test_a_number_filter_past_the_database_range_is_a_400(value, secretary, client_for):
    response = client_for(secretary).get("/api/commitments/", {"agreement": value})
    assert response.status_code == 400
    assert "agreement" in response.json()


@pytest.mark.parametrize("value", ["9" * 30, "-1"])
def test_a_choice_filter_with_a_huge_id_is_a_400(value, secretary, client_for):
    assert client_for(secretary).get("/api/missions/", {"unit": value}).status_code == 400
    assert client_for(secretary).get("/api/commitments/", {"owner": value}).status_code == 400


@pytest.mark.parametrize("number", [-1, 0, 2**31, 2**70])
def test_a_session_number_out_of_range_is_a_400(number, secretary, client_for):
    response = client_for(secretary).post(
        "/api/sessions/", {"date": "2025-01-01", "number": number}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "number" in response.json()
    assert not CommitteeSession.objects.exists()


def test_an_agreement_party_naming_no_partner_is_a_400(secretary, client_for):
    payload = {"kind": "mou", "title_fa": "تفاهم‌نامه", "status": "draft", "parties": [{"city": None}]}
    response = client_for(secretary).post("/api/agreements/", payload, content_type="application/json")
    assert response.status_code == 400, response.content
    assert "parties" in response.json()
    assert not Agreement.objects.exists()


def test_the_service_refuses_a_party_naming_no_partner(secretary):
    from citydiplomacy.core.errors import DomainError

    with pytest.raises(DomainError):
        agreement_services.create_agreement(
            secretary, kind="mou", title_fa="تفاهم‌نامه", status="draft", parties=[{"signatory": "x"}]
        )
    assert not Agreement.objects.exists()


@pytest.fixture
def referenced_organization(secretary):
    beijing = City.objects.get(name_en="Beijing")
    organization = partner_services.create_partner(
        "organization",
        secretary,
        name_fa="سازمان",
        name_en="Beijing Transport Bureau",
        country=beijing.country,
    )
    agreement_services.create_agreement(
        secretary,
        kind="mou",
        title_fa="تفاهم‌نامه",
        title_en="Bus MoU",
        status="draft",
        parties=[organization],
    )
    return organization


def test_deleting_a_referenced_organization_is_a_409_naming_what_refers_to_it(
    referenced_organization, secretary, client_for
):
    response = client_for(secretary).delete(f"/api/organizations/{referenced_organization.pk}/")
    assert response.status_code == 409
    assert Organization.objects.filter(pk=referenced_organization.pk).exists()
    assert "party" in response.json()["detail"]  # names the kind of record that refers to it
    assert not AuditEntry.objects.filter(action="partners.organization.deleted").exists()


def test_deleting_an_unreferenced_organization_is_audited(secretary, client_for):
    organization = partner_services.create_partner("organization", secretary, name_fa="سازمان تنها")
    response = client_for(secretary).delete(f"/api/organizations/{organization.pk}/")
    assert response.status_code == 204
    assert not Organization.objects.filter(pk=organization.pk).exists()
    assert AuditEntry.objects.filter(action="partners.organization.deleted").count() == 1


def test_deleting_a_referenced_city_is_a_409(referenced_organization, secretary, client_for):
    agreement_services.create_agreement(
        secretary,
        kind="mou",
        title_fa="تفاهم‌نامه دوم",
        status="draft",
        parties=[City.objects.get(name_en="Beijing")],
    )
    beijing = City.objects.get(name_en="Beijing")
    response = client_for(secretary).delete(f"/api/cities/{beijing.pk}/")
    assert response.status_code == 409
    assert City.objects.filter(pk=beijing.pk).exists()


def test_an_address_under_the_api_that_matches_nothing_is_a_json_404(secretary, client_for):
    response = client_for(secretary).get("/api/missions/1.5e-10/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]
    assert "<html" in client_for(secretary).get("/missions/no-such-page/").content.decode()


def test_the_refusals_speak_persian(mission_factory, requester, other_unit, client_for):
    mission = mission_factory()
    response = client_for(requester, language="fa").patch(
        f"/api/missions/{mission.pk}/", {"unit": other_unit.pk}, content_type="application/json"
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "درخواست‌دهندگان فقط برای واحد خود درخواست ثبت می‌کنند."


def test_a_nul_character_in_a_slug_is_a_400(secretary, client_for):
    payload = {
        "title": "x",
        "unit": 1,
        "countries": ["C\x00N"],
        "start_date": "2030-01-01",
        "end_date": "2030-01-02",
    }
    response = client_for(secretary).post("/api/missions/", payload, content_type="application/json")
    assert response.status_code == 400
    assert "countries" in response.json()
