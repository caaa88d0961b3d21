import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from citydiplomacy.events import guests, report, services
from citydiplomacy.events.models import Audience, Kind


@pytest.fixture
def filled(event_factory, secretary, agreement_factory):
    hosted = event_factory(
        title_en="Tehran Urban Event", audiences=[Audience.CITY_ORGANIZATIONS, Audience.CITIZENS]
    )
    event_factory(title_en="UCLG Congress", kind=Kind.CONGRESS, hosted=False, start_date=dt.date(2025, 10, 10),
                  end_date=dt.date(2025, 10, 12), audiences=[Audience.CITY_ORGANIZATIONS])  # fmt: skip
    event_factory(title_en="Last year", start_date=dt.date(2024, 1, 1), end_date=dt.date(2024, 1, 2))
    from citydiplomacy.partners.models import City

    beijing = City.objects.get(name_en="Beijing")
    guest = guests.invite(
        hosted, secretary, guest_name="Li", city=beijing, audience=Audience.CITIES_GOVERNMENTS
    )
    guests.answer(guest, secretary, accepted=True)
    guests.issue_visa_letter(guest, secretary)
    guests.arrive(guest, secretary)
    guests.invite(hosted, secretary, guest_name="Citizen", audience=Audience.CITIZENS, foreign=False)
    services.link_agreement(hosted, agreement_factory(), secretary)
    return hosted


def test_report_counts_hosted_and_attended_by_kind_audience_and_guests(filled):
    data = report.events_report(dt.date(2025, 3, 21), dt.date(2026, 3, 20))  # the Jalali year 1404
    assert data["totals"]["events"] == 2 and data["totals"]["hosted"] == 1 and data["totals"]["attended"] == 1
    by_audience = {r["audience"]: r for r in data["by_audience"]}
    assert (
        by_audience["city_organizations"]["hosted"] == 1
        and by_audience["city_organizations"]["attended"] == 1
    )
    assert by_audience["citizens"]["hosted"] == 1 and by_audience["citizens"]["attended"] == 0
    assert data["totals"]["guests"] == {"invited": 2, "accepted": 1, "arrived": 1}
    assert {r["country"]: r["arrived"] for r in data["guests_by_country"]} == {"CN": 1, "": 0}
    assert len(data["agreements"]) == 1


def test_a_registered_section_appears_in_the_report(filled):
    report.register_section("test", "Extra", lambda s, e: {"columns": ["a"], "rows": [[1]]})
    try:
        data = report.events_report(dt.date(2025, 3, 21), dt.date(2026, 3, 20))
        assert {"key": "test", "title": "Extra", "columns": ["a"], "rows": [[1]]} in data["extra"]
        assert [extra["key"] for extra in data["extra"]] == ["awards", "test"]  # the award's own section too
    finally:
        report._SECTIONS.pop("test")


def test_report_page_pdf_excel_and_api_for_readers(filled, personas, client_for):
    for name, user in personas.items():
        client = client_for(user)
        expected = 403 if name in ("requester", "other_requester") else 200
        assert client.get("/events/report/?year=1404").status_code == expected, name
        assert client.get("/api/events-report/?year=1404").status_code == expected, name
    client = client_for(personas["observer"])
    assert "Tehran Urban Event" in client.get("/events/report/?year=1404").content.decode()
    assert client.get("/events/report.pdf?year=1404")["Content-Type"] == "application/pdf"
    book = load_workbook(io.BytesIO(client.get("/events/report.xlsx?year=1404").content))
    assert len(book.sheetnames) == 7  # six tables and the award's entries
    api = client.get("/api/events-report/?from=1404-01-01&to=1404-12-29").json()
    assert api["totals"]["hosted"] == 1
    assert client.get("/api/events-report/?year=abc").status_code == 400


def test_events_report_command_writes_json(filled, capsys):
    call_command("events_report", "--year", "1404", "--language", "en")
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["events"] == 2


def test_events_report_command_refuses_a_bad_period():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Invalid period"):
        call_command("events_report", "--from", "1404-13-40", "--to", "1404-12-01")
