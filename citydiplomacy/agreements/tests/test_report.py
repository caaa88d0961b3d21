import datetime as dt

from django.core.management import call_command
from django.utils import timezone

from citydiplomacy.agreements import services, tallies
from citydiplomacy.agreements.models import CommitmentStatus
from citydiplomacy.agreements.reports import agreements_report, agreements_report_from_rows
from citydiplomacy.partners.models import City

from .conftest import TODAY


def _plain(report):
    """The report with objects replaced by their ids, to compare two reports."""
    return {
        "counts": report["counts"],
        "totals": dict(report["totals"]),
        "per_agreement": [
            (r["agreement"].pk, r["due"], r["overdue"], r["done"]) for r in report["per_agreement"]
        ],
        "per_country": [(r["country"].pk, r["due"], r["overdue"], r["done"]) for r in report["per_country"]],
        "per_owner": [(r["owner"].pk, r["due"], r["overdue"], r["done"]) for r in report["per_owner"]],
    }


def _same_as_counted(day):
    assert _plain(agreements_report(day)) == _plain(agreements_report_from_rows(day))


def test_report_counts_follow_every_commitment_change_and_the_days(
    secretary, agreement_factory, beijing, owner
):
    paris = City.objects.get(name_en="Paris")
    first = agreement_factory()
    second = agreement_factory(parties=[beijing, paris])
    agreements_report(TODAY)  # the tallies are built here; from now on the services keep them
    late = services.add_commitment(
        first, secretary, title="Late", owner=owner, due_on=TODAY - dt.timedelta(days=3)
    )
    soon = services.add_commitment(
        second, secretary, title="Soon", owner=owner, due_on=TODAY + dt.timedelta(days=2)
    )
    services.add_commitment(second, secretary, title="Undated")
    monthly = services.add_commitment(
        first, secretary, title="Monthly", due_on=TODAY - dt.timedelta(days=1), recurrence="monthly"
    )
    _same_as_counted(TODAY)
    report = agreements_report(TODAY)
    assert report["totals"] == {"due": 2, "overdue": 2, "done": 0}

    services.deliver(monthly, secretary, delivered_on=TODAY, evidence="Minutes")  # opens the next month's
    services.set_commitment_status(late, secretary, status=CommitmentStatus.CANCELLED, reason="Dropped")
    services.update_commitment(soon, secretary, due_on=TODAY - dt.timedelta(days=10), owner=None)
    services.update_agreement(second, secretary, parties=[paris])
    _same_as_counted(TODAY)
    assert agreements_report(TODAY)["totals"] == {"due": 2, "overdue": 1, "done": 1}

    # Days pass: "Soon" was already overdue; the next monthly one falls due within the month.
    for later in (TODAY + dt.timedelta(days=5), TODAY + dt.timedelta(days=40)):
        _same_as_counted(later)
    assert agreements_report(TODAY + dt.timedelta(days=40))["totals"] == {"due": 1, "overdue": 2, "done": 1}
    # A past day is counted from the rows, still right.
    _same_as_counted(TODAY)


def test_agreement_counts_follow_every_agreement_change_and_the_days(secretary, agreement_factory):
    from citydiplomacy.agreements.models import Agreement, Status

    def in_force_expiring_expired(day):
        _same_as_counted(day)
        counts = agreements_report(day)["counts"]
        return counts["total"], counts["active"], counts["expiring"], counts["expired"]

    signed = TODAY - dt.timedelta(days=365)
    old = agreement_factory()  # expires in four years
    soon = agreement_factory(expires_on=TODAY + dt.timedelta(days=30))
    draft = agreement_factory(status=Status.DRAFT)
    agreements_report(TODAY)  # the counts are built here; from now on every save keeps them
    assert in_force_expiring_expired(TODAY) == (3, 2, 1, 0)

    lapsed = agreement_factory(expires_on=TODAY - dt.timedelta(days=1))  # in force by status, yet expired
    open_ended = agreement_factory(valid_years=None)
    assert in_force_expiring_expired(TODAY) == (5, 3, 1, 1)

    services.change_status(draft, secretary, status=Status.SIGNED, today=TODAY)  # no expiry date: in force
    services.change_status(old, secretary, status=Status.TERMINATED, reason="Dropped", today=TODAY)
    services.update_agreement(open_ended, secretary, expires_on=TODAY + dt.timedelta(days=60))
    assert in_force_expiring_expired(TODAY) == (5, 3, 2, 1)

    assert services.expire_agreements(TODAY, secretary) == 1  # the stored status catches up: same counts
    services.renew(lapsed, secretary, expires_on=TODAY + dt.timedelta(days=400))
    assert in_force_expiring_expired(TODAY) == (5, 4, 2, 0)

    soon.status = Status.HISTORICAL  # a save past the services (the admin's) is counted too
    soon.save()
    Agreement.objects.get(pk=lapsed.pk).delete()
    assert in_force_expiring_expired(TODAY) == (4, 2, 1, 0)

    # Days pass: the one expiring in 60 days expires, the one without expiry stays in force.
    assert in_force_expiring_expired(TODAY + dt.timedelta(days=59)) == (4, 2, 1, 0)
    assert in_force_expiring_expired(TODAY + dt.timedelta(days=61)) == (4, 1, 0, 1)
    services.change_status(draft, secretary, status=Status.ACTIVE, today=TODAY + dt.timedelta(days=61))
    agreement_factory(signed_on=signed, expires_on=TODAY + dt.timedelta(days=100))
    assert in_force_expiring_expired(TODAY + dt.timedelta(days=61)) == (5, 2, 1, 1)
    assert in_force_expiring_expired(TODAY + dt.timedelta(days=400)) == (5, 1, 0, 2)
    _same_as_counted(TODAY)  # a past day is counted from the rows


def test_rebuild_command_recounts_after_changes_that_bypass_the_services(secretary, agreement_factory):
    today = timezone.localdate()
    agreement = agreement_factory()
    commitment = services.add_commitment(agreement, secretary, title="Send experts", due_on=today)
    agreements_report(today)
    type(commitment).objects.filter(pk=commitment.pk).update(status=CommitmentStatus.DELIVERED)
    assert agreements_report(today)["totals"]["done"] == 0  # the bulk update went past the services
    call_command("rebuild_agreement_tallies", verbosity=0)
    assert tallies.ready_for(today)
    report = agreements_report(today)
    assert report["totals"]["done"] == 1 and report["totals"]["due"] == 0


def test_report_page_query_count_does_not_grow_with_rows(
    client_for, secretary, agreement_factory, owner, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    today = timezone.localdate()
    client = client_for(secretary)
    agreement = agreement_factory()
    services.add_commitment(
        agreement, secretary, title="First", owner=owner, due_on=today - dt.timedelta(days=1)
    )
    client.get("/agreements/report/")
    with CaptureQueriesContext(connection) as few:
        client.get("/agreements/report/")
    # the session, the user, the tallies' day with the agreement counts, the tallies with their labels
    assert len(few) <= 4
    for n in range(1, 7):
        more = agreement_factory()
        services.add_commitment(
            more, secretary, title=f"Promise {n}", owner=owner, due_on=today - dt.timedelta(days=n)
        )
    with django_assert_max_num_queries(len(few)):
        page = client.get("/agreements/report/").content.decode()
    assert agreement.reference in page and more.reference in page


def test_shares_count_agreements_in_force_with_their_own_or_their_countrys_roadmap_and_representative(
    agreement_factory, owner
):
    from citydiplomacy.agreements.models import Agreement, Representative, Roadmap, Status
    from citydiplomacy.partners.models import Country

    france, japan, germany = (Country.objects.get(iso2=code) for code in ("FR", "JP", "DE"))
    own_roadmap = agreement_factory()
    Roadmap.objects.create(title="Own", agreement=own_roadmap)
    agreement_factory(parties=[france])
    Roadmap.objects.create(title="France", country=france)
    own_representative = agreement_factory()
    Agreement.objects.filter(pk=own_representative.pk).update(representative=owner)
    agreement_factory(parties=[japan])
    Representative.objects.create(country=japan, person=owner)
    agreement_factory(parties=[germany])
    Representative.objects.create(country=germany, person=owner, ended_on=TODAY)  # no longer there
    Roadmap.objects.create(title="Old", agreement=agreement_factory(status=Status.EXPIRED))  # not in force

    counts = agreements_report(TODAY)["counts"]

    assert (counts["total"], counts["active"], counts["expired"]) == (6, 5, 1)
    assert (counts["with_roadmap"], counts["with_representative"]) == (2, 2)
    assert counts["roadmap_share"] == counts["representative_share"] == 2 / 5
