"""The exports report on a small pipeline whose figures are worked out by hand."""

import datetime as dt
from decimal import Decimal

import pytest

from citydiplomacy.exports import services
from citydiplomacy.exports.models import Stage
from citydiplomacy.exports.report import exports_report
from citydiplomacy.lib.jalali import jalali_year_of


@pytest.fixture
def pipeline(lead_factory, officer, with_proposal, reason, app_offering, hotline, iraq):
    """Probabilities: inquiry 10%, proposal 50% (set here), negotiation 75% (the default).

    - A: inquiry, 1,000 USD, hotline            → weighted 100
    - B: proposal, 2,000 USD, hotline + app     → weighted 1,000
    - C: negotiation, 4,000 USD, app            → weighted 3,000
    - D: won (then delivery), 10,000 USD        → not in the open pipeline
    - E: lost (no budget)
    Open pipeline 7,000; weighted 4,100. Win rate: 1 won / (1 won + 1 lost) = 0.5.
    By offering (a lead counts in full for each): hotline 1,000 + 2,000 = 3,000 (weighted 1,100);
    app 2,000 + 4,000 = 6,000 (weighted 4,000).
    """
    services.set_probability(officer, stage=Stage.PROPOSAL, probability=50)
    a = lead_factory(title="A", value=Decimal(1000))
    b = lead_factory(title="B", value=Decimal(2000), offerings=[hotline, app_offering])
    services.move(b, officer, Stage.PROPOSAL)
    c = lead_factory(title="C", value=Decimal(4000), offerings=[app_offering])
    services.move(c, officer, Stage.NEGOTIATION)
    d = with_proposal(lead_factory(title="D", value=Decimal(10000)))
    services.move(d, officer, Stage.WON)
    services.move(d, officer, Stage.DELIVERY)
    e = lead_factory(title="E", value=Decimal(500))
    services.move(e, officer, Stage.LOST, lost_reason=reason)
    return a, b, c, d, e


def _report():
    today = dt.date.today()
    return exports_report(today - dt.timedelta(days=30), today)


def test_weighted_pipeline_by_stage(pipeline):
    report = _report()
    rows = {r["stage"]: r for r in report["pipeline"]}
    assert (rows["inquiry"]["value"], rows["inquiry"]["weighted"]) == (Decimal("1000.00"), Decimal("100.00"))
    assert (rows["proposal"]["value"], rows["proposal"]["weighted"]) == (
        Decimal("2000.00"),
        Decimal("1000.00"),
    )
    assert (rows["negotiation"]["value"], rows["negotiation"]["weighted"]) == (
        Decimal("4000.00"),
        Decimal("3000.00"),
    )
    assert rows["presentation"]["leads"] == 0
    assert report["pipeline_total"] == Decimal("7000.00")
    assert report["pipeline_weighted"] == Decimal("4100.00")


def test_pipeline_by_country_and_offering(pipeline, hotline, app_offering):
    report = _report()
    assert [(r["country"], r["leads"], r["value"], r["weighted"]) for r in report["by_country"]] == [
        (str(pipeline[0].country), 3, Decimal("7000.00"), Decimal("4100.00"))
    ]
    by_offering = {r["offering_id"]: (r["value"], r["weighted"]) for r in report["by_offering"]}
    assert by_offering == {
        hotline.pk: (Decimal("3000.00"), Decimal("1100.00")),
        app_offering.pk: (Decimal("6000.00"), Decimal("4000.00")),
    }


def test_win_rate_losses_and_exports_delivered(pipeline, reason):
    report = _report()
    outcomes = report["outcomes"]
    assert (outcomes["won"], outcomes["lost"], outcomes["win_rate"]) == (1, 1, 0.5)
    assert outcomes["won_value"] == Decimal("10000.00")
    assert outcomes["loss_reasons"] == [{"reason": str(reason), "leads": 1}]
    assert report["delivered_per_year"] == [
        {"year": jalali_year_of(dt.date.today()), "contracts": 1, "value": Decimal("10000.00")}
    ]


def test_average_days_per_stage(lead_factory, officer):
    lead = lead_factory()
    start = lead.stage_since
    services.move(lead, officer, Stage.PRESENTATION, now=start + dt.timedelta(days=2))
    services.move(lead, officer, Stage.PROPOSAL, now=start + dt.timedelta(days=6))
    other = lead_factory()
    services.move(other, officer, Stage.PRESENTATION, now=other.stage_since + dt.timedelta(days=4))
    today = dt.date.today()
    report = exports_report(today - dt.timedelta(days=30), today + dt.timedelta(days=30))
    days = {r["stage"]: (r["moves"], r["average_days"]) for r in report["days_per_stage"]}
    assert days == {"inquiry": (2, 3.0), "presentation": (1, 4.0)}


def test_outcomes_outside_the_period_are_not_counted(pipeline):
    long_ago = dt.date.today() - dt.timedelta(days=400)
    report = exports_report(long_ago, long_ago + dt.timedelta(days=10))
    assert (report["outcomes"]["won"], report["outcomes"]["lost"], report["outcomes"]["win_rate"]) == (
        0,
        0,
        None,
    )
    assert report["pipeline_total"] == Decimal("7000.00")  # the open pipeline is today's


def test_exports_report_command_writes_json_and_pdf(pipeline, tmp_path):
    import io
    import json

    from django.core.management import call_command

    out = io.StringIO()
    call_command("exports_report", "--format", "json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["pipeline_total"] == "7000.00" and data["outcomes"]["won"] == 1
    target = tmp_path / "report.pdf"
    call_command(
        "exports_report", "--format", "pdf", "--language", "en", "--output", str(target), stdout=io.StringIO()
    )
    assert target.read_bytes().startswith(b"%PDF")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Invalid period"):
        call_command("exports_report", "--from", "1404-13-40", "--to", "x", stdout=io.StringIO())


@pytest.mark.django_db
def test_exports_delivered_per_jalali_year_and_term_equal_a_day_by_day_count():
    """The per-year and per-term sums the database makes equal the same sums counted day by day, over a period
    that spans two Jalali years and two terms, with days outside the period and outside every term."""
    import random

    from citydiplomacy.exports.models import DayTally
    from citydiplomacy.lib.jalali import jalali_to_gregorian
    from citydiplomacy.reports.models import ManagementTerm

    rng = random.Random(7)
    terms = [
        ManagementTerm.objects.create(name_fa="دوره اول", start_date=jalali_to_gregorian(1400, 6, 1), end_date=jalali_to_gregorian(1403, 5, 31)),
        ManagementTerm.objects.create(name_fa="دوره دوم", start_date=jalali_to_gregorian(1403, 6, 1), end_date=jalali_to_gregorian(1407, 5, 31)),
    ]  # fmt: skip
    first = jalali_to_gregorian(1402, 1, 1)
    for _n in range(60):
        day = first + dt.timedelta(days=rng.randint(0, 900))
        DayTally.objects.update_or_create(
            kind=DayTally.Kind.DELIVERED, day=day, stage="", reason=0,
            defaults={"count": rng.randint(1, 3), "amount": Decimal(rng.randint(1, 10**6)) / 100},
        )  # fmt: skip
    start, end = jalali_to_gregorian(1402, 7, 1), jalali_to_gregorian(1403, 9, 30)
    per_year, per_term = {}, {}
    for row in DayTally.objects.filter(kind=DayTally.Kind.DELIVERED, day__range=(start, end)):
        year = per_year.setdefault(jalali_year_of(row.day), [0, Decimal(0)])
        year[0], year[1] = year[0] + row.count, year[1] + row.amount
        for term in terms:
            if term.start_date <= row.day <= term.end_date:
                t = per_term.setdefault(str(term), [0, Decimal(0)])
                t[0], t[1] = t[0] + row.count, t[1] + row.amount
    report = exports_report(start, end)
    assert [(r["year"], r["contracts"], r["value"]) for r in report["delivered_per_year"]] == [
        (y, n, v) for y, (n, v) in sorted(per_year.items())
    ]
    assert [(r["term"], r["contracts"], r["value"]) for r in report["delivered_per_term"]] == [
        (str(t), *per_term[str(t)]) for t in terms if str(t) in per_term
    ]
    assert {r["year"] for r in report["delivered_per_year"]} == {1402, 1403}
    assert len(report["delivered_per_term"]) == 2


def test_a_stage_without_leads_shows_the_probability_the_office_set(officer):
    services.set_probability(officer, stage=Stage.NEGOTIATION, probability=60)
    rows = {r["stage"]: r for r in _report()["pipeline"]}
    assert rows["negotiation"]["probability"] == 60 and rows["negotiation"]["leads"] == 0
    assert rows["inquiry"]["probability"] == 10  # the default where the office set none
