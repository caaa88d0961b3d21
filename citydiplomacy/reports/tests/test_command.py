"""citydiplomacy council-report: JSON on stdout, PDF and Excel files, clear errors for bad dates."""

import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from citydiplomacy.reports.terms import TEHRAN_TERMS, ensure_default_terms


def run(*args):
    out = io.StringIO()
    call_command("council_report", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_json_on_stdout_uses_the_issue_key_names(council_world):
    data = json.loads(run("--from", "1401-06-01", "--to", "1401-12-29", "--today", "1402-03-11"))
    assert data["trips"] == 4 and data["persons"] == 14 and data["rejection_rate"] == 0.2
    assert {"destinations", "previous", "changes", "by_year", "by_term", "yearly"} <= set(data)
    assert data["destinations"][0]["name_fa"] == "عراق"


def test_year_and_term_conveniences(council_world):
    assert json.loads(run("--year", "1401", "--today", "1402-03-11"))["trips"] == 5
    sixth = council_world["terms"][1]
    assert json.loads(run("--term", str(sixth.pk), "--today", "1402-03-11"))["persons"] == 20


@pytest.mark.parametrize("fmt, magic", [("pdf", b"%PDF"), ("xlsx", b"PK")])
def test_files_are_written_to_the_output(council_world, tmp_path, fmt, magic):
    target = tmp_path / f"report.{fmt}"
    run("--from", "1401-06-01", "--to", "1401-12-29", "--format", fmt, "--output", str(target))
    assert target.read_bytes().startswith(magic)


def test_a_date_that_does_not_exist_is_named(db):
    with pytest.raises(CommandError, match="to: day 30 does not exist in Esfand 1401"):
        run("--from", "1401-06-01", "--to", "1401-12-30")
    with pytest.raises(CommandError, match="from: 'yesterday' is not a date"):
        run("--from", "yesterday", "--to", "1401-12-29")


def test_leap_esfand_30_is_accepted(db):
    data = json.loads(run("--from", "1403-12-01", "--to", "1403-12-30"))
    assert data["period"] == {
        "from": "2025-02-19",
        "to": "2025-03-20",
        "from_jalali": "1403-12-01",
        "to_jalali": "1403-12-30",
        "days": 30,
        "months": round(30 / 30.436875, 4),
    }


def test_console_name_with_a_hyphen_reaches_the_command():
    # The console script maps `council-report` to Django's `council_report`; --help needs no database.
    result = subprocess.run(
        [sys.executable, "-m", "citydiplomacy", "council-report", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "--format" in result.stdout


def test_default_terms_are_created_once(db):
    assert ensure_default_terms() == len(TEHRAN_TERMS)
    assert ensure_default_terms() == 0
