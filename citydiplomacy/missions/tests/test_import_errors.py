import pytest
from django.utils import translation

from citydiplomacy.missions.imports import import_rows
from citydiplomacy.missions.models import MissionRequest

from .test_import_rows import row

pytestmark = pytest.mark.django_db


def only_error(rows, **options):
    with translation.override("en"):
        result = import_rows(rows, **options)
    assert len(result.errors) == 1, result.errors
    assert not MissionRequest.objects.exists()
    return result.errors[0]


@pytest.mark.parametrize(
    ("overrides", "column", "words"),
    [
        ({"start_date": "1401-12-30", "end_date": "1402-01-05"}, "start_date", "Esfand 1401"),
        ({"end_date": "1401-06-10"}, "end_date", "before the start"),
        ({"start_date": "soon"}, "start_date", "not a valid date"),
        ({"countries": "China; Atlantis"}, "countries", "Atlantis"),
        ({"countries": ""}, "countries", "at least one"),
        ({"purpose": "holiday"}, "purpose", "summit, exhibition, site_visit"),
        ({"mode": "hybrid"}, "mode", "in_person, virtual"),
        ({"decision": "maybe"}, "decision", "approved, rejected, withdrawn, pending"),
        ({"outcome": "postponed"}, "outcome", "realized, cancelled"),
        ({"funding": "lottery"}, "funding", "international_organization"),
        ({"decision": "rejected"}, "outcome", "needs an approved request"),
        ({"decided_on": "1401-05-01"}, "decided_on", "before the request was submitted"),
        ({"decided_on": ""}, "decided_on", "required when the decision is approved"),
        ({"decision": "pending", "outcome": "", "outcome_on": ""}, "decided_on", "pending request"),
        ({"outcome_on": "1401-06-01"}, "outcome_on", "before it starts"),
        ({"outcome": "", "outcome_on": "1401-06-19"}, "outcome_on", "no outcome"),
        ({"estimated_cost": "-5"}, "estimated_cost", "negative"),
        ({"estimated_cost": "a lot"}, "estimated_cost", "not a number"),
        ({"currency": "XYZ"}, "currency", "ISO 4217"),
        ({"title": ""}, "title", "required"),
        ({"unit": ""}, "unit", "required"),
        ({"submitted_on": ""}, "submitted_on", "required"),
        ({"countries": "China; Japan", "cities": "Lanzhou"}, "cities", "several countries"),
    ],
)
def test_each_rule_names_the_row_the_column_and_the_problem(overrides, column, words):
    error = only_error([row(reference="OK-1"), row(**overrides)])
    assert (error.row, error.column) == (3, column)
    assert words in error.message
    with translation.override("en"):
        assert str(error).startswith(f"row 3, column {column}: ")


def test_duplicate_reference_in_the_file_names_the_first_row():
    error = only_error([row(), row(title="other")])
    assert (error.row, error.column) == (3, "reference")
    assert "row 2" in error.message


def test_realized_trip_that_has_not_started_is_an_error():
    error = only_error([row(start_date="1499-01-01", end_date="1499-01-05", outcome_on="1499-01-05",
                            submitted_on="1498-01-01", decided_on="1498-02-01")])  # fmt: skip
    assert (error.row, error.column) == (2, "outcome")


def test_every_failing_row_is_reported_not_only_the_first():
    with translation.override("en"):
        result = import_rows(
            [row(reference="X-1", end_date="1401-06-01"), row(reference="X-2", currency="??")]
        )
    assert [(e.row, e.column) for e in result.errors] == [(2, "end_date"), (3, "currency")]


def test_errors_speak_persian_when_persian_is_active():
    with translation.override("fa"):
        result = import_rows([row(end_date="1401-06-01")])
    assert "تاریخ پایان" in result.errors[0].message or "پیش از" in result.errors[0].message


def test_a_file_of_bad_rows_lists_a_bounded_number_of_problems():
    from django.utils import translation

    from citydiplomacy.missions.imports.reader import RawRow
    from citydiplomacy.missions.imports.validate import Lookups, validate_rows

    rows = [RawRow(n, {"reference": f"X-{n}"}) for n in range(2, 40)]
    with translation.override("en"):
        valid, errors = validate_rows(rows, Lookups.load(), max_errors=10)
    assert valid == [] and len(errors) == 11
    assert errors[-1].message.split()[0].isdigit() and "not listed" in errors[-1].message
    _all_valid, every = validate_rows(rows, Lookups.load(), max_errors=100_000)
    assert int(errors[-1].message.split()[0]) == len(every) - 10
