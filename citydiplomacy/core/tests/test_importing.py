"""The guarded reader of import files: bombs, limits, encodings and wrong kinds are clear errors, not 500s."""

import io
import subprocess
import sys
import textwrap
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook

from citydiplomacy.core.importing import ImportFileError, open_spreadsheet


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def rows_of(data, name):
    with open_spreadsheet(io.BytesIO(data), name=name) as book:
        return list(book.rows())


def xlsx(rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def bomb_xlsx(inflated_bytes):
    """A valid-looking workbook whose one sheet inflates to `inflated_bytes` (one huge inline string)."""
    template = io.BytesIO(xlsx([["x"]]))
    out = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                member.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                             b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')  # fmt: skip
                chunk = b"A" * (1024 * 1024)
                for _ in range(inflated_bytes // len(chunk)):
                    member.write(chunk)
                member.write(b"</t></is></c></row></sheetData></worksheet>")
    return out.getvalue()


def test_csv_in_every_usual_encoding_gives_the_same_rows():
    text = "reference,unit\nMR-1,تهران\n"
    expected = [("reference", "unit"), ("MR-1", "تهران")]
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256"):
        assert rows_of(text.encode(encoding), "h.csv") == expected, encoding


def test_binary_named_csv_is_an_encoding_error_not_missing_columns():
    with pytest.raises(ImportFileError, match="not text"):
        rows_of(b"\x00\x01\x02\x03\xff\xfe\x00\x00\x13" * 50, "h.csv")


def test_text_named_xlsx_is_refused_by_content():
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        rows_of(b"reference,unit\n", "h.xlsx")
    with pytest.raises(ImportFileError, match="Excel 97-2003"):
        rows_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xlsx")
    with pytest.raises(ImportFileError, match="is an Excel workbook"):
        rows_of(xlsx([["a"]]), "h.csv")
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        rows_of(b"PK\x03\x04" + b"\x00" * 100, "broken.xlsx")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_row_limit_names_the_setting(settings, kind):
    settings.IMPORT_MAX_ROWS = 3
    rows = [["reference"], *([f"R-{i}"] for i in range(3))]
    data = xlsx(rows) if kind == "xlsx" else "\n".join(r[0] for r in rows).encode()
    assert len(rows_of(data, f"h.{kind}")) == 4
    more = [*rows, ["R-3"]]
    data = xlsx(more) if kind == "xlsx" else "\n".join(r[0] for r in more).encode()
    with pytest.raises(ImportFileError, match=r"more than 3 rows \(IMPORT_MAX_ROWS\)"):
        rows_of(data, f"h.{kind}")


def test_csv_over_the_size_limit_is_refused(settings):
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 100
    with pytest.raises(ImportFileError, match="IMPORT_MAX_UNCOMPRESSED_BYTES"):
        rows_of(b"reference\n" + b"R\n" * 100, "h.csv")


def test_zip_bomb_is_refused_by_size_and_by_ratio(settings):
    data = bomb_xlsx(8 * 1024 * 1024)
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 4 * 1024 * 1024
    with pytest.raises(
        ImportFileError, match=r"inflate to more than 4 MB.*\(setting IMPORT_MAX_UNCOMPRESSED_BYTES\)"
    ):
        rows_of(data, "bomb.xlsx")
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
    with pytest.raises(
        ImportFileError, match=r"compressed more than 200 times.*\(setting IMPORT_MAX_COMPRESSION_RATIO\)"
    ):
        rows_of(data, "bomb.xlsx")


def test_a_huge_table_of_texts_is_refused(settings):
    """openpyxl keeps every shared string in memory: that part may use a quarter of the limit."""
    strings = "".join(f"<si><t>text {i}</t></si>" for i in range(20_000)).encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx([["a"]]))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        + strings + b"</sst>")  # fmt: skip
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 1_000_000
    with pytest.raises(ImportFileError, match="table of texts"):
        rows_of(out.getvalue(), "texts.xlsx")
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 4_000_000
    assert rows_of(out.getvalue(), "texts.xlsx") == [("a",)]


def test_zip_bomb_dry_run_stays_small_in_memory(tmp_path):
    """The reported bomb, scaled down: a small .xlsx inflating to 400 MB is refused in a fresh process
    whose peak memory stays far below what inflating it would take."""
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb_xlsx(400 * 1024 * 1024))
    assert path.stat().st_size < 2 * 1024 * 1024
    script = textwrap.dedent(
        f"""
        import django
        django.setup()
        from citydiplomacy.missions.imports.reader import read_file, ImportFileError
        try:
            read_file({str(path)!r})
            print("READ")
        except ImportFileError as exc:
            print("REFUSED", exc)
        # VmHWM, not ru_maxrss: the latter keeps the peak of the forked test process across exec
        peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
        print("PEAK_KB", int(peak.split()[1]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env={"DJANGO_SETTINGS_MODULE": "citydiplomacy.settings", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert "REFUSED" in done.stdout, done.stdout + done.stderr
    peak_kb = int(done.stdout.split("PEAK_KB")[1])
    assert peak_kb < 250 * 1024, peak_kb


def test_import_page_answers_400_with_the_reason_for_an_unreadable_file(client_for, secretary):
    client = client_for(secretary)
    response = client.post(reverse("missions:import"), {"file": SimpleUploadedFile("h.xlsx", b"not a zip")})
    assert response.status_code == 400
    assert "not an Excel workbook" in response.content.decode()
    response = client.post(
        reverse("missions:import"), {"file": SimpleUploadedFile("h.csv", b"\x00\x01\x13" * 9)}
    )
    assert response.status_code == 400 and "not text" in response.content.decode()
    response = client.post(reverse("agreements:import"), {"file": SimpleUploadedFile("a.xlsx", b"<html>")})
    assert response.status_code == 400 and "not an Excel workbook" in response.content.decode()


def test_utf16_csv_upload_is_read(client_for, secretary):
    from citydiplomacy.missions.imports.columns import COLUMNS

    text = ",".join(COLUMNS) + "\n"
    response = client_for(secretary).post(
        reverse("missions:import"),
        {"file": SimpleUploadedFile("h.csv", text.encode("utf-16")), "dry_run": "on"},
    )
    assert response.status_code == 200
    assert "is required but missing" not in response.content.decode()
