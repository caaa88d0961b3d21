import datetime as dt
from decimal import Decimal

import pytest

from citydiplomacy.core.models import AuditEntry, Person, Unit
from citydiplomacy.missions.imports import import_rows
from citydiplomacy.missions.models import Decision, MissionRequest, Status
from citydiplomacy.partners.models import City

pytestmark = pytest.mark.django_db


def row(**overrides):
    base = {
        "reference": "MR-1401-00001",
        "unit": "مرکز ارتباطات و امور بین‌الملل",
        "title": "UCLG World Congress",
        "purpose": "summit",
        "mode": "in_person",
        "countries": "China",
        "cities": "Beijing",
        "start_date": "1401-06-15",
        "end_date": "1401-06-19",
        "travellers": "علی رضایی; مریم احمدی",
        "submitted_on": "1401-05-20",
        "decision": "approved",
        "decided_on": "1401-05-30",
        "outcome": "realized",
        "outcome_on": "1401-06-19",
        "funding": "host",
        "estimated_cost": "1200",
        "currency": "USD",
    }
    base.update(overrides)
    return base


def errors_of(result):
    return [(e.row, e.column) for e in result.errors]


def test_realized_row_becomes_a_realized_request_with_its_decision_and_travellers():
    result = import_rows([row()])
    assert result.ok and result.created == 1
    mission = MissionRequest.objects.get(reference="MR-1401-00001")
    assert mission.status == Status.REALIZED
    assert mission.start_date == dt.date(2022, 9, 6)
    assert mission.actual_start_date == mission.start_date and mission.actual_end_date == mission.end_date
    assert mission.persons_count == 2
    assert mission.submitted_on == dt.date(2022, 8, 11)
    assert mission.closed_on == dt.date(2022, 9, 10)
    assert mission.estimated_cost == Decimal("1200.00") and mission.currency == "USD"
    assert list(mission.countries.values_list("iso2", flat=True)) == ["CN"]
    assert list(mission.cities.values_list("name_en", flat=True)) == ["Beijing"]
    assert sorted(mission.travellers.values_list("name_fa", flat=True)) == ["علی رضایی", "مریم احمدی"]
    decision = mission.decisions.get()
    assert (decision.kind, decision.date) == (Decision.Kind.APPROVED, dt.date(2022, 8, 21))
    assert (
        AuditEntry.objects.filter(action="missions.request.imported", object_id=str(mission.pk)).count() == 1
    )
    assert AuditEntry.objects.filter(action="missions.import.completed").count() == 1


@pytest.mark.parametrize(
    ("decision", "outcome", "status", "decisions"),
    [
        ("pending", "", Status.SUBMITTED, []),
        ("approved", "", Status.APPROVED, ["approved"]),
        ("approved", "cancelled", Status.CANCELLED, ["approved"]),
        ("rejected", "", Status.REJECTED, ["rejected"]),
        ("withdrawn", "", Status.WITHDRAWN, ["withdrawn"]),
    ],
)
def test_status_follows_decision_and_outcome(decision, outcome, status, decisions):
    decided_on = "" if decision == "pending" else "1401-05-30"
    result = import_rows([row(decision=decision, outcome=outcome, outcome_on="", decided_on=decided_on)])
    assert result.ok, result.errors
    mission = MissionRequest.objects.get()
    assert mission.status == status
    assert list(mission.decisions.values_list("kind", flat=True)) == decisions


def test_missing_outcome_date_defaults_to_the_end_date():
    import_rows([row(outcome_on="")])
    assert MissionRequest.objects.get().closed_on == dt.date(2022, 9, 10)


def test_new_units_people_and_cities_are_created_once_and_known_ones_reused(unit, traveller):
    rows = [
        row(reference="A-1", unit=unit.name_fa, travellers="علی رضایی; Sara Karimi", cities="Xi'an; Lanzhou"),
        row(reference="A-2", unit="واحد تازه", travellers="Sara Karimi", cities="lanzhou"),
        row(reference="A-3", unit="واحد تازه", travellers="", cities=""),
    ]
    result = import_rows(rows)
    assert result.ok, result.errors
    assert Unit.objects.filter(name_fa="واحد تازه").count() == 1
    assert Person.objects.filter(name_fa="Sara Karimi").count() == 1
    assert Person.objects.filter(name_fa="علی رضایی").count() == 1
    assert City.objects.filter(name_en="Lanzhou", country__iso2="CN").count() == 1
    first = MissionRequest.objects.get(reference="A-1")
    assert first.unit == unit
    assert traveller in first.travellers.all()


def test_arabic_letter_forms_and_digits_match_the_existing_unit(unit):
    arabic_name = unit.name_fa.replace("ی", "ي").replace("ک", "ك")
    result = import_rows([row(unit=arabic_name, start_date="١٤٠١/٠٦/١٥", end_date="۱۴۰۱/۰۶/۱۹")])
    assert result.ok, result.errors
    mission = MissionRequest.objects.get()
    assert mission.unit == unit and mission.start_date == dt.date(2022, 9, 6)
    assert Unit.objects.count() == 1


def test_countries_by_persian_name_iso_code_and_english_name():
    result = import_rows([row(countries="چین; ES; Turkey; امارات", cities="")])
    assert result.ok, result.errors
    codes = set(MissionRequest.objects.get().countries.values_list("iso2", flat=True))
    assert codes == {"CN", "ES", "TR", "AE"}


def test_persian_headers_and_persian_choice_words_are_accepted():
    persian = {
        "کد": "MR-1", "واحد": "معاونت شهرسازی", "عنوان": "هفته فرهنگی تهران", "هدف": "هفته فرهنگی",
        "نوع حضور": "حضوری", "کشورها": "ترکیه", "شهرها": "استانبول", "تاریخ شروع": "۱۴۰۲/۰۲/۱۰",
        "تاریخ پایان": "۱۴۰۲/۰۲/۱۴", "مسافران": "", "تاریخ ارسال": "۱۴۰۲/۰۱/۲۰", "تصمیم": "تأیید",
        "تاریخ تصمیم": "۱۴۰۲/۰۱/۲۸", "نتیجه": "انجام شد", "تاریخ نتیجه": "", "منبع تأمین هزینه": "میزبان",
        "هزینه برآوردی": "۲٬۵۰۰", "ارز": "یورو",
    }  # fmt: skip
    result = import_rows([persian])
    assert result.ok, result.errors
    mission = MissionRequest.objects.get()
    assert (mission.purpose, mission.mode, mission.funding) == ("cultural_week", "in_person", "host")
    assert mission.status == Status.REALIZED and mission.estimated_cost == Decimal("2500.00")
    assert mission.currency == "EUR"


def test_reimporting_the_same_rows_changes_nothing():
    rows = [row(reference="R-1"), row(reference="R-2", decision="rejected", outcome="", outcome_on="")]
    assert import_rows(rows).created == 2
    audit_before = AuditEntry.objects.count()
    updated_at = list(MissionRequest.objects.order_by("pk").values_list("updated_at", flat=True))
    again = import_rows(rows)
    assert again.ok and (again.created, again.unchanged, again.updated) == (0, 2, 0)
    assert not again.written
    assert AuditEntry.objects.count() == audit_before
    assert list(MissionRequest.objects.order_by("pk").values_list("updated_at", flat=True)) == updated_at
    assert Decision.objects.count() == 2


def test_changed_row_under_a_known_reference_is_an_error_unless_updating():
    import_rows([row()])
    changed = row(title="Another title", decision="rejected", outcome="", outcome_on="")
    result = import_rows([changed])
    assert errors_of(result) == [(2, "reference")]
    assert MissionRequest.objects.get().title == "UCLG World Congress"
    result = import_rows([changed], update=True)
    assert result.ok and result.updated == 1
    mission = MissionRequest.objects.get()
    assert (mission.title, mission.status) == ("Another title", Status.REJECTED)
    assert list(mission.decisions.values_list("kind", flat=True)) == ["rejected"]
    assert import_rows([changed]).unchanged == 1


def test_one_bad_row_among_good_ones_writes_nothing():
    rows = [row(reference="G-1"), row(reference="G-2", end_date="1401-06-01"), row(reference="G-3")]
    result = import_rows(rows)
    assert errors_of(result) == [(3, "end_date")]
    assert result.created == 0 and not result.written
    assert not MissionRequest.objects.exists()
    assert not Unit.objects.exists() and not Person.objects.exists()
    assert not AuditEntry.objects.exists()


def test_skip_invalid_writes_the_good_rows_only():
    rows = [row(reference="G-1"), row(reference="G-2", end_date="1401-06-01")]
    result = import_rows(rows, skip_invalid=True)
    assert result.created == 1 and len(result.errors) == 1
    assert list(MissionRequest.objects.values_list("reference", flat=True)) == ["G-1"]


def test_dry_run_writes_nothing_but_counts():
    result = import_rows([row(reference="D-1"), row(reference="D-2")], dry_run=True)
    assert result.ok and result.created == 2 and not result.written
    assert not MissionRequest.objects.exists() and not Unit.objects.exists()


def test_withdrawal_without_its_date_is_imported_with_the_date_unknown():
    """Old spreadsheets often lack the day a request was withdrawn: the history must still import."""
    result = import_rows([row(decision="withdrawn", decided_on="", outcome="", outcome_on="")])
    assert result.ok, result.errors
    mission = MissionRequest.objects.get()
    assert mission.status == Status.WITHDRAWN
    decision = mission.decisions.get()
    assert decision.kind == Decision.Kind.WITHDRAWN and decision.date is None
    again = import_rows([row(decision="withdrawn", decided_on="", outcome="", outcome_on="")])
    assert again.ok and again.unchanged == 1


@pytest.mark.parametrize("decision", ["approved", "rejected"])
def test_approval_and_rejection_still_need_their_date(decision):
    result = import_rows([row(decision=decision, decided_on="", outcome="", outcome_on="")])
    assert errors_of(result) == [(2, "decided_on")]
