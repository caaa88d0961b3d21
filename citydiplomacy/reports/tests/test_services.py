"""The council report's figures on the hand-counted world of conftest.py."""

import datetime as dt

import pytest
from django.db import connection

from citydiplomacy.lib.jalali import InvalidDate, parse_date
from citydiplomacy.missions import services as missions
from citydiplomacy.reports.periods import Period, parse_period, previous_period, year_period
from citydiplomacy.reports.services import council_report, period_from_params

from .conftest import TODAY, J

# Shahrivar (31) + Mehr, Aban, Azar, Dey, Bahman (5 × 30) + Esfand 1401 (29) = 210 days; 210 / 30.436875 months.
MONTHS = 210 / 30.436875


@pytest.fixture
def report(council_world):
    return council_report(J("1401-06-01"), J("1401-12-29"), today=TODAY)


def test_period_is_described_in_both_calendars(report):
    assert report["period"] == {
        "from": "2022-08-23",
        "to": "2023-03-20",
        "from_jalali": "1401-06-01",
        "to_jalali": "1401-12-29",
        "days": 210,
        "months": round(MONTHS, 4),
    }


def test_requests_and_decisions_are_counted_by_their_own_dates(report):
    # Submitted in the period: R1–R11 and R15 (on its last day) = 12; R12–R14 were submitted before, R16 never.
    assert report["requests_submitted"] == 12
    # Approvals dated in the period: R1, R2, R3, R4, R9, R10, R11 and R14 (submitted before, approved 1401-06-02).
    assert report["approved"] == 8
    assert report["rejected"] == 2  # R5, R6 (R13 was rejected in 1401-02)
    assert report["sent_back"] == 1  # R7
    assert report["withdrawn"] == 1  # R8
    assert report["rejection_rate"] == 0.2  # 2 / (8 + 2)


def test_approved_missions_due_and_not_realized(report):
    # Planned end in the period and before today: R1, R2, R3, R4, R9, R10 = 6 (R11 and R14 end in 1402).
    assert report["approved_due"] == 6
    assert report["approved_not_realized"] == 2  # R9 cancelled, R10 never closed
    assert report["non_realization_rate"] == round(2 / 6, 4)


def test_trips_persons_and_monthly_figures(report):
    # In person, realized, starting in the period: R1, R2, R3, R14; R4 took place by video.
    assert report["trips"] == 4
    assert report["virtual_participations"] == 1
    assert report["persons"] == 14  # 4 + 3 + 5 + 2 (R4's two participants are not travellers)
    assert report["avg_persons_per_trip"] == 3.5  # 14 / 4
    assert report["trips_per_month"] == round(4 / MONTHS, 4) == 0.5797
    assert report["persons_per_month"] == round(14 / MONTHS, 4) == 2.0291
    assert report["mayor_trips"] == 1  # R3


def test_breakdowns_count_trips_per_destination_purpose_funding_and_unit(report, unit, other_unit):
    assert {row["iso2"]: (row["trips"], row["persons"]) for row in report["destinations"]} == {
        "IQ": (2, 9),  # R1 (4 persons) and R3 (5), which also went to Turkey
        "TR": (1, 5),
        "ES": (1, 3),
        "RU": (1, 2),
    }
    assert report["destinations"][0]["name_fa"] == "عراق"
    assert {row["name_en"]: row["trips"] for row in report["cities"]} == {"Baghdad": 2, "Madrid": 1}
    assert {row["code"]: row["trips"] for row in report["purposes"]} == {
        "summit": 1,
        "exhibition": 1,
        "mayor_official": 1,
        "training": 1,
    }
    assert {row["code"]: row["trips"] for row in report["funding"]} == {
        "municipality": 2,
        "host": 1,
        "international_organization": 1,
    }
    assert {row["id"]: (row["trips"], row["persons"]) for row in report["units"]} == {
        unit.pk: (2, 9),  # R1, R3
        other_unit.pk: (2, 5),  # R2, R14
    }


def test_report_compliance_counts_reports_due_in_the_period(report):
    # Due 15 days after the actual end: R1 (1401-07-29, on time), R2 (1401-08-21, late), R3 (1401-09-21,
    # missing), R4 (1401-09-04, on time); R14's report falls due in 1402, R12's in 1401-04.
    assert report["report_compliance"] == {
        "due": 4,
        "submitted": 3,
        "on_time": 2,
        "rate": 0.75,
        "on_time_rate": 0.5,
    }


def test_previous_period_of_equal_length_and_the_changes(report):
    previous = report["previous"]
    assert (previous["period"]["from_jalali"], previous["period"]["to_jalali"]) == (
        "1400-11-05",
        "1401-05-31",
    )
    assert previous["period"]["days"] == 210
    # R12, R13, R14 submitted; R12 approved, R13 rejected; R12 (6 persons, Iraq) travelled, report missing.
    assert (previous["requests_submitted"], previous["approved"], previous["rejected"]) == (3, 1, 1)
    assert previous["rejection_rate"] == 0.5
    assert (
        previous["approved_due"],
        previous["approved_not_realized"],
        previous["non_realization_rate"],
    ) == (1, 0, 0.0)
    assert (previous["trips"], previous["persons"], previous["avg_persons_per_trip"]) == (1, 6, 6.0)
    assert previous["report_compliance"]["due"] == 1 and previous["report_compliance"]["rate"] == 0.0
    assert [(row["iso2"], row["trips"]) for row in previous["destinations"]] == [("IQ", 1)]
    assert report["changes"]["trips"] == {"absolute": 3, "relative": 3.0}  # 4 − 1, (4 − 1) / 1
    assert report["changes"]["requests_submitted"] == {"absolute": 9, "relative": 3.0}  # 12 − 3
    assert report["changes"]["rejection_rate"] == {"absolute": -0.3, "relative": None}  # 0.2 − 0.5
    assert report["changes"]["sent_back"] == {"absolute": 1, "relative": None}  # nothing to divide by


def test_figures_per_jalali_year(report):
    (year,) = report["by_year"]
    assert year["year"] == 1401 and year["period"]["days"] == 365
    # The whole of 1401: every request but the draft R16 was submitted (15); R12 adds a 5th trip of 6 persons.
    assert (year["requests_submitted"], year["approved"], year["rejected"]) == (15, 9, 3)
    assert (year["trips"], year["persons"], year["avg_persons_per_trip"]) == (5, 20, 4.0)  # 20 / 5
    yearly = {entry["year"]: entry for entry in report["yearly"]}
    assert min(yearly) == 1392 and max(yearly) == 1402
    assert yearly[1401]["trips"] == 5
    assert yearly[1400]["trips"] == 0 and yearly[1400]["avg_persons_per_trip"] is None


def test_figures_per_management_term(report):
    fifth, sixth = report["by_term"]
    assert fifth["term"]["name_fa"] == "دوره پنجم مدیریت شهری"
    assert fifth["trips"] == 0 and fifth["avg_persons_per_trip"] is None and fifth["rejection_rate"] is None
    # The sixth term (from 1400-05-15) holds all of it: 5 trips, 20 persons, 3 of 12 decisions rejections.
    assert (sixth["trips"], sixth["persons"], sixth["avg_persons_per_trip"]) == (5, 20, 4.0)
    assert sixth["rejection_rate"] == 0.25  # 3 / (9 + 3)


def test_rates_are_null_when_nothing_to_divide_by(db):
    report = council_report(J("1401-06-01"), J("1401-12-29"), today=TODAY)
    for key in ("rejection_rate", "non_realization_rate", "avg_persons_per_trip"):
        assert report[key] is None
    assert report["trips_per_month"] == 0.0
    assert report["report_compliance"]["rate"] is None
    assert report["changes"]["trips"] == {"absolute": 0, "relative": None}
    assert report["destinations"] == []


def test_missions_not_yet_ended_are_not_due(council_world):
    # Seen from 1401-08-01, R2 (ends 1401-08-05), R3, R4, R9 and R10 have not ended yet: only R1 is due.
    report = council_report(J("1401-06-01"), J("1401-12-29"), today=J("1401-08-01"))
    assert report["approved_due"] == 1
    assert report["non_realization_rate"] == 0.0


def test_query_count_does_not_grow_with_the_data(
    council_world, mission_factory, requester, chair, django_assert_num_queries
):
    start, end = J("1401-06-01"), J("1401-12-29")
    # The terms, 2 bucketed series (requests, decisions), 1 query for every breakdown, 1 for their names.
    with django_assert_num_queries(5):
        council_report(start, end, today=TODAY)
    for day in range(5):
        mission = mission_factory(start_date=J("1401-07-01") + dt.timedelta(days=day))
        missions.submit(mission, requester, on=J("1401-06-20"))
        missions.approve(mission, chair, on=J("1401-06-25"))
    with django_assert_num_queries(5):
        report = council_report(start, end, today=TODAY)
    assert report["requests_submitted"] == 17


def test_previous_period_has_the_same_length():
    period = Period(dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert previous_period(period) == Period(dt.date(2024, 1, 30), dt.date(2024, 2, 29))


def test_jalali_leap_years():
    # 1403 is a leap year: Esfand has 30 days; 1401's Esfand has 29.
    assert year_period(1403).days == 366
    assert parse_period("1403-12-01", "1403-12-30").end == dt.date(2025, 3, 20)
    with pytest.raises(InvalidDate, match="to: day 30 does not exist in Esfand 1401"):
        parse_period("1401-12-01", "1401-12-30")


def test_period_from_parameters(council_world):
    assert period_from_params({"year": "۱۴۰۱"}) == year_period(1401)
    term = council_world["terms"][0]
    assert period_from_params({"term": str(term.pk)}) == Period(term.start_date, term.end_date)
    assert period_from_params({"from": "2022-08-23", "to": "1401-12-29"}) == Period(
        dt.date(2022, 8, 23), parse_date("1401-12-29")
    )
    assert period_from_params({}, today=J("1402-03-11")) == Period(J("1402-01-01"), J("1402-03-11"))
    for bad in (
        {"term": "999"},
        {"year": "x"},
        {"from": "1401-06-01"},
        {"from": "1401-13-01", "to": "1401-12-01"},
    ):
        with pytest.raises(InvalidDate):
            period_from_params(bad)
    with pytest.raises(InvalidDate, match="before it starts"):
        period_from_params({"from": "1401-12-01", "to": "1401-06-01"})


@pytest.mark.django_db(transaction=True)
def test_report_is_the_same_with_its_scans_side_by_side(seeded, council_world, settings):
    """Outside a transaction on PostgreSQL the two scans run at the same time on two connections; the
    report must not differ from the one computed one query after the other."""
    from citydiplomacy.reports.side_by_side import can_run_side_by_side

    start, end = J("1401-01-01"), J("1401-12-29")
    settings.REPORT_QUERIES_SIDE_BY_SIDE = True
    assert can_run_side_by_side() == (connection.vendor == "postgresql")
    together = council_report(start, end, today=TODAY)
    settings.REPORT_QUERIES_SIDE_BY_SIDE = False
    assert not can_run_side_by_side()
    assert council_report(start, end, today=TODAY) == together
    assert together["trips"] == 5 and together["destinations"][0]["iso2"] == "IQ"  # R1, R2, R3, R12, R14


def test_withdrawals_without_a_date_are_in_no_period_and_the_notes_count_them(council_world):
    from django.utils import translation

    from citydiplomacy.missions.imports import import_rows
    from citydiplomacy.missions.tests.test_import_rows import row

    start, end = J("1401-06-01"), J("1401-12-29")
    before = council_report(start, end, today=TODAY)
    assert before["undated_withdrawals"] == 0 and before["notes"] == []
    undated = dict(decision="withdrawn", decided_on="", outcome="", outcome_on="", submitted_on="1401-09-01")
    assert import_rows([row(reference="OLD-1", **undated), row(reference="OLD-2", **undated)]).ok
    with translation.override("en"):
        report = council_report(start, end, today=TODAY)
    assert report["withdrawn"] == before["withdrawn"] == 1  # R8 only: the undated ones have no period
    assert report["undated_withdrawals"] == 2
    assert report["notes"] == [
        "2 withdrawn requests have no date of withdrawal (imported from history); they are counted in no period."
    ]
    with translation.override("fa"):
        assert "۲" in council_report(start, end, today=TODAY)["notes"][0]
