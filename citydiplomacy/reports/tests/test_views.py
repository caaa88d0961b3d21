"""Who reads the council report: every role but the requester, on the page, the downloads and the API."""

import json

from django.urls import reverse

from .conftest import TODAY

READERS = ["secretary", "member", "chair", "observer", "analyst", "admin"]
PERIOD = {"from": "1401-06-01", "to": "1401-12-29"}
ENDPOINTS = ["reports:council", "reports:council_pdf", "reports:council_xlsx", "api-council-report"]


def test_requester_is_refused_and_every_other_role_reads_it(personas, client_for):
    for name, user in personas.items():
        client = client_for(user)
        for endpoint in ENDPOINTS:
            expected = 403 if name in ("requester", "other_requester") else 200
            assert client.get(reverse(endpoint), PERIOD).status_code == expected, (name, endpoint)
    assert set(personas) == {"requester", "other_requester", *READERS}


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get(reverse("reports:council"))
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.get(reverse("api-council-report")).status_code in (401, 403)


def test_page_shows_figures_tables_and_chart_data(
    council_world, analyst, client_for, django_assert_max_num_queries
):
    client = client_for(analyst, language="fa")
    with django_assert_max_num_queries(16):
        response = client.get(reverse("reports:council"), PERIOD)
    page = response.content.decode()
    assert "گزارش به شورا" in page
    assert "عراق" in page and "مقایسه سال‌ها" in page
    assert 'id="council-chart-data"' in page and "chart.umd.min.js" in page
    data = json.loads(response.context["chart_data"] and json.dumps(response.context["chart_data"]))
    assert data["destinations"]["trips"][0] == 2
    assert "?from=1401-06-01&amp;to=1401-12-29" in page  # the downloads use the same period
    assert "?year=1392" in page and f"?term={council_world['terms'][0].pk}" in page


def test_page_defaults_to_the_current_jalali_year(analyst, client_for):
    response = client_for(analyst).get(reverse("reports:council"))
    assert response.status_code == 200
    assert response.context["report"]["period"]["from_jalali"].endswith("-01-01")


def test_page_explains_a_bad_date(analyst, client_for):
    response = client_for(analyst).get(reverse("reports:council"), {"from": "1401-12-30", "to": "1402-01-01"})
    assert response.status_code == 400  # the form with its message, answered as bad input
    assert "report" not in response.context
    assert response.context["form"].errors["from"]


def test_downloads_are_files_named_after_the_period(council_world, secretary, client_for):
    client = client_for(secretary)
    pdf = client.get(reverse("reports:council_pdf"), PERIOD)
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert "council-report-1401-06-01-1401-12-29.pdf" in pdf["Content-Disposition"]
    xlsx = client.get(reverse("reports:council_xlsx"), {"year": "1401"})
    assert xlsx.content.startswith(b"PK")
    assert (
        client.get(reverse("reports:council_pdf"), {"from": "1401-12-30", "to": "1402-01-01"}).status_code
        == 400
    )


def test_api_returns_the_figures_with_the_issue_key_names(council_world, chair, client_for):
    response = client_for(chair).get(reverse("api-council-report"), PERIOD)
    data = response.json()
    for key in (
        "requests_submitted",
        "approved",
        "rejected",
        "rejection_rate",
        "approved_due",
        "approved_not_realized",
        "non_realization_rate",
        "trips",
        "virtual_participations",
        "persons",
        "avg_persons_per_trip",
        "trips_per_month",
        "persons_per_month",
        "destinations",
        "previous",
        "changes",
        "by_year",
        "yearly",
        "by_term",
        "report_compliance",
    ):
        assert key in data, key
    assert data["period"]["days"] == 210
    assert data["requests_submitted"] == 12  # the date-dependent figures are covered in test_services
    iso = (
        client_for(chair)
        .get(reverse("api-council-report"), {"from": "2022-08-23", "to": "2023-03-20"})
        .json()
    )
    assert iso["period"] == data["period"]
    assert TODAY  # the page and the API count as of the real today


def test_api_rejects_a_date_that_does_not_exist(chair, client_for):
    response = client_for(chair).get(
        reverse("api-council-report"), {"from": "1401-12-30", "to": "1402-01-10"}
    )
    assert response.status_code == 400
    assert "day 30 does not exist in Esfand 1401" in response.json()["detail"]


def test_api_is_in_the_openapi_schema(admin_user, client_for):
    response = client_for(admin_user).get(reverse("api-schema"), {"format": "json"})
    schema = json.loads(response.content)
    operation = schema["paths"]["/api/reports/council/"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {"from", "to", "year", "term"}


def test_council_page_pdf_and_workbook_carry_the_note_on_undated_withdrawals(
    council_world, analyst, client_for
):
    import io

    from openpyxl import load_workbook

    from citydiplomacy.missions.imports import import_rows
    from citydiplomacy.missions.tests.test_import_rows import row

    undated = dict(decision="withdrawn", decided_on="", outcome="", outcome_on="")
    assert import_rows([row(reference="OLD-1", **undated)]).ok
    client = client_for(analyst)
    query = {"from": "1401-06-01", "to": "1401-12-29"}
    page = client.get("/reports/council/", query).content.decode()
    assert "1 withdrawn request has no date of withdrawal" in page
    book = load_workbook(io.BytesIO(client.get("/reports/council/report.xlsx", query).content))
    assert "1 withdrawn request has no date of withdrawal" in book["Notes"]["A1"].value
    assert client.get("/reports/council/report.pdf", query).status_code == 200
