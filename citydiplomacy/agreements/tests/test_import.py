import datetime as dt
import io

from openpyxl import Workbook

from citydiplomacy.agreements.imports import import_workbook
from citydiplomacy.agreements.models import Agreement, Commitment
from citydiplomacy.memberships.models import Membership


def workbook(agreements=(), commitments=(), memberships=()):
    book = Workbook()
    book.remove(book.active)
    for title, header, rows in (
        ("agreements", ["reference", "kind", "title_fa", "title_en", "partners", "signed_on", "valid_years", "status", "domains"], agreements),
        ("commitments", ["agreement", "title", "side", "owner", "due_on"], commitments),
        ("memberships", ["organization", "since", "annual_dues", "dues_year", "dues_due_on", "dues_paid_on"], memberships),
    ):  # fmt: skip
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_valid_workbook_imports_agreements_commitments_and_memberships(secretary, owner):
    result = import_workbook(workbook(
        agreements=[("AG-X-1", "sister_city", "خواهرخواندگی تهران و پكن", "Tehran–Beijing", "پكن", "1402/01/15", 5, "active", "culture;economy")],
        commitments=[("AG-X-1", "Cultural week", "ours", "Maryam Ahmadi", dt.date(2025, 9, 1))],
        memberships=[("UCLG", "2004-05-01", 12000, 2025, "2025-03-31", None)],
    ), secretary)  # fmt: skip
    assert result.ok, result.errors
    agreement = Agreement.objects.get(reference="AG-X-1")
    assert agreement.signed_on == dt.date(2023, 4, 4)
    assert str(agreement.parties.get().city.name_en) == "Beijing"  # Arabic kaf in پكن matched
    assert Commitment.objects.get().owner == owner
    assert Membership.objects.get().dues.get().year == 2025


def test_one_bad_row_writes_nothing_and_reports_row_and_column(secretary):
    result = import_workbook(workbook(
        agreements=[("AG-X-1", "mou", "تفاهم‌نامه", "MoU", "Beijing", "2024-01-01", 5, "active", ""),
                    ("AG-X-2", "mou", "تفاهم‌نامه دوم", "MoU 2", "Atlantis", "not a date", 5, "active", "")],
        commitments=[("AG-NOPE", "Something", "ours", "", None)],
        memberships=[("Unknown Org", None, None, None, None, None)],
    ), secretary)  # fmt: skip
    assert not result.ok
    found = {(e.sheet, e.row, e.column) for e in result.errors}
    assert found == {("agreements", 3, "partners"), ("agreements", 3, "signed_on"), ("commitments", 2, "agreement"),
                     ("memberships", 2, "organization")}  # fmt: skip
    assert Agreement.objects.count() == 0 and Membership.objects.count() == 0


def test_a_service_rule_broken_while_writing_rolls_everything_back(secretary):
    result = import_workbook(workbook(
        agreements=[("AG-X-1", "mou", "تفاهم‌نامه", "MoU", "Beijing", "2024-01-01", 5, "active", "")],
        memberships=[("UCLG", None, None, None, None, None), ("UCLG", None, None, None, None, None)],
    ), secretary)  # fmt: skip
    assert not result.ok and result.errors[0].row == 3
    assert Agreement.objects.count() == 0 and Membership.objects.count() == 0


def test_import_page_shows_row_errors(client_for, secretary):
    page = client_for(secretary).post("/agreements/import/", {"file": workbook(
        agreements=[("AG-X-1", "mou", "تفاهم‌نامه", "MoU", "Atlantis", "2024-01-01", 5, "active", "")])})  # fmt: skip
    assert page.status_code == 200
    assert "Atlantis" in page.content.decode()
