"""Reading .xlsx and .csv files, the upload page, the template and the command."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from citydiplomacy.missions.imports import import_file, read_file
from citydiplomacy.missions.imports.columns import COLUMNS
from citydiplomacy.missions.models import MissionRequest

from .test_import_rows import row

pytestmark = pytest.mark.django_db


def xlsx_bytes(rows, headers=COLUMNS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(headers))
    for values in rows:
        sheet.append([values.get(c, "") for c in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, encoding="utf-8-sig"):
    lines = [",".join(COLUMNS)]
    for values in rows:
        lines.append(",".join(f'"{values.get(c, "")}"' for c in COLUMNS))
    return ("\n".join(lines) + "\n").encode(encoding)


def test_xlsx_and_csv_give_the_same_rows(tmp_path):
    rows = [row(reference="F-1"), row(reference="F-2")]
    xlsx, csv = tmp_path / "h.xlsx", tmp_path / "h.csv"
    xlsx.write_bytes(xlsx_bytes(rows))
    csv.write_bytes(csv_bytes(rows))
    from_xlsx, from_csv = read_file(xlsx), read_file(csv)
    assert [r.number for r in from_xlsx] == [2, 3]
    assert [r.values for r in from_xlsx] == [r.values for r in from_csv]
    assert import_file(csv).created == 2
    assert import_file(xlsx).unchanged == 2


def test_plain_utf8_csv_without_bom_is_read(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_bytes(csv_bytes([row()], encoding="utf-8"))
    assert import_file(path).created == 1


def test_persian_headers_in_an_xlsx_file(tmp_path):
    persian = ["کد", "واحد", "عنوان", "هدف", "نوع حضور", "کشورها", "شهرها", "تاریخ شروع", "تاریخ پایان",
               "مسافران", "تاریخ ارسال", "تصمیم", "تاریخ تصمیم", "نتیجه", "تاریخ نتیجه", "منبع تأمین هزینه",
               "هزینه برآوردی", "ارز"]  # fmt: skip
    path = tmp_path / "fa.xlsx"
    path.write_bytes(xlsx_bytes([row()], headers=persian))
    result = import_file(path)
    assert result.ok and result.created == 1


def test_unknown_and_missing_columns_are_reported_in_row_one(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("reference,unit,title,colour\nA,B,C,red\n", encoding="utf-8")
    result = import_file(path)
    columns = {e.column for e in result.errors}
    assert {e.row for e in result.errors} == {1}
    assert {"colour", "countries", "start_date", "end_date", "decision"} <= columns


def test_a_file_of_another_kind_is_refused(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF")
    assert import_file(path).errors[0].row == 1


# The upload page


def test_secretary_sees_the_page_and_requester_is_refused(client_for, secretary, requester):
    assert client_for(secretary).get(reverse("missions:import")).status_code == 200
    assert client_for(requester).get(reverse("missions:import")).status_code == 403
    assert client_for(requester).get(reverse("missions:import_template")).status_code == 403


def test_upload_with_errors_shows_the_table_and_writes_nothing(client_for, secretary):
    upload = SimpleUploadedFile(
        "h.xlsx", xlsx_bytes([row(reference="U-1"), row(reference="U-2", currency="ZZZ")])
    )
    response = client_for(secretary).post(reverse("missions:import"), {"file": upload})
    content = response.content.decode()
    assert response.status_code == 200
    assert 'id="import-errors"' in content and "ZZZ" in content and "<td>3</td>" in content
    assert not MissionRequest.objects.exists()


def test_upload_in_persian_shows_persian_digits(client_for, secretary):
    upload = SimpleUploadedFile("h.csv", csv_bytes([row(end_date="1401-06-01")]))
    response = client_for(secretary, language="fa").post(reverse("missions:import"), {"file": upload})
    assert "<td>۲</td>" in response.content.decode()


def test_dry_run_upload_summarizes_and_writes_nothing(client_for, secretary):
    upload = SimpleUploadedFile("h.csv", csv_bytes([row()]))
    response = client_for(secretary).post(reverse("missions:import"), {"file": upload, "dry_run": "on"})
    assert "Dry run" in response.content.decode()
    assert not MissionRequest.objects.exists()


def test_upload_creates_the_requests_and_says_how_many(client_for, secretary):
    upload = SimpleUploadedFile("h.csv", csv_bytes([row(reference="W-1"), row(reference="W-2")]))
    response = client_for(secretary).post(reverse("missions:import"), {"file": upload})
    assert 'id="import-summary"' in response.content.decode()
    assert MissionRequest.objects.count() == 2
    assert set(MissionRequest.objects.values_list("created_by", flat=True)) == {secretary.pk}


def test_template_opens_with_the_machine_headers_and_a_guide(client_for, admin_user, tmp_path):
    response = client_for(admin_user).get(reverse("missions:import_template"))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.max_row == 2
    assert len(workbook.worksheets) == 2
    path = tmp_path / "template.xlsx"
    path.write_bytes(response.content)
    assert import_file(path, dry_run=True).ok


# The command


def test_command_prints_each_error_and_fails(tmp_path, capsys):
    path = tmp_path / "h.csv"
    path.write_bytes(csv_bytes([row(reference="C-1"), row(reference="C-2", end_date="1401-06-01")]))
    with pytest.raises(CommandError):
        call_command("import_missions", str(path))
    err = capsys.readouterr().err
    assert "row 3, column end_date: the end date is before the start date" in err
    assert not MissionRequest.objects.exists()


def test_command_dry_run_writes_nothing_then_import_writes(tmp_path, capsys):
    path = tmp_path / "h.csv"
    path.write_bytes(csv_bytes([row()]))
    call_command("import_missions", str(path), "--dry-run")
    assert "dry run: 1 rows, 1 created" in capsys.readouterr().out
    assert not MissionRequest.objects.exists()
    call_command("import_missions", str(path))
    call_command("import_missions", str(path))
    assert "0 created, 0 updated, 1 unchanged" in capsys.readouterr().out
    assert MissionRequest.objects.count() == 1


def test_console_alias_maps_to_the_command():
    from citydiplomacy.cli import ALIASES

    assert ALIASES["import-missions"] == "import_missions"


def test_console_command_exits_non_zero_on_errors(tmp_path, capsys):
    from citydiplomacy.cli import main

    path = tmp_path / "h.csv"
    path.write_bytes(csv_bytes([row(countries="Atlantis")]))
    with pytest.raises(SystemExit) as exit_info:
        main(["citydiplomacy", "import-missions", str(path)])
    assert exit_info.value.code == 1
    assert "row 2, column countries: unknown country: Atlantis" in capsys.readouterr().err
