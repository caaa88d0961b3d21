"""The shared base of the period-report commands: the period read once, a bad one refused by name."""

import datetime as dt
import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from citydiplomacy.reports.commands import PeriodReportCommand


class DaysCommand(PeriodReportCommand):
    """A smallest report: the days of the period (dates, so the JSON encoder is the shared one)."""

    def report(self, period):
        return {"from": period.start, "to": period.end, "days": period.days}

    def pdf(self, report, language):
        return b"%PDF-" + language.encode()

    def xlsx(self, report, language):
        return b"PK" + language.encode()

    def filename(self, report, period, fmt):
        return f"days-{period.start}.{fmt}"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(DaysCommand(), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_jalali_year_becomes_its_gregorian_bounds():
    out, _ = run("--year", "۱۴۰۴")
    assert json.loads(out) == {"from": "2025-03-21", "to": "2026-03-20", "days": 365}


def test_from_and_to_accept_jalali_and_iso():
    out, _ = run("--from", "1404-01-01", "--to", "2025-03-30")
    assert json.loads(out)["days"] == 10


@pytest.mark.parametrize(
    "args, message",
    [
        (("--year", "abc"), "Invalid period: year: 'abc' is not a Jalali year from 1300 to 1500"),
        (("--from", "1404-01-01"), "Invalid period: give both from and to"),
        (("--from", "1404-13-01", "--to", "1404-12-01"), "Invalid period: from: month 13 does not exist"),
        (("--from", "1404-12-01", "--to", "1404-01-01"), "Invalid period: the period ends"),
    ],
)
def test_a_bad_period_is_refused_by_name(args, message):
    with pytest.raises(CommandError, match=message):
        run(*args)


def test_an_unknown_term_is_refused(db):
    with pytest.raises(CommandError, match="Invalid period: term: '999' is not a configured management term"):
        run("--term", "999")


def test_a_file_is_written_under_the_commands_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out, _ = run("--year", "1404", "--format", "xlsx", "--language", "en")
    assert out == f"Wrote days-{dt.date(2025, 3, 21)}.xlsx\n"
    assert (tmp_path / "days-2025-03-21.xlsx").read_bytes() == b"PKen"


def test_an_unwritable_output_is_a_clear_error(tmp_path):
    target = tmp_path / "missing-folder" / "r.pdf"
    with pytest.raises(CommandError, match=f"Cannot write {target}: No such file or directory"):
        run("--year", "1404", "--format", "pdf", "--output", str(target))


@pytest.mark.parametrize("name", ["council-report", "events-report", "exports-report"])
def test_each_command_refuses_a_bad_period_without_a_traceback(name):
    result = subprocess.run(
        [sys.executable, "-m", "citydiplomacy", name, "--from", "1404-13-40", "--to", "1404-12-01"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "CommandError: Invalid period: from: month 13 does not exist"
    assert result.stdout == ""
