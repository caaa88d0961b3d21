"""The kept tallies equal a full recount after every kind of change the services make."""

import datetime as dt
from decimal import Decimal

import pytest

from citydiplomacy.core.errors import DomainError
from citydiplomacy.exports import services, tallies
from citydiplomacy.exports.models import Stage


def assert_kept_equals_recount():
    kept = tallies.current()
    assert kept == tallies.recount()
    assert kept == tallies.current()  # the recount left nothing behind


def test_tallies_follow_every_change(
    lead_factory, officer, with_proposal, reason, hotline, app_offering, iraq
):
    a = lead_factory(title="A", value=Decimal(1000))
    b = lead_factory(title="B", value=Decimal(2000), offerings=[hotline, app_offering])
    assert_kept_equals_recount()
    services.move(a, officer, Stage.PROPOSAL)
    services.move(b, officer, Stage.LOST, lost_reason=reason)
    assert_kept_equals_recount()
    services.move(b, officer, Stage.PRESENTATION, reason="asked again")
    services.update_lead(b, officer, value=Decimal(2500), offerings=[app_offering])
    assert_kept_equals_recount()
    with_proposal(a)
    services.move(a, officer, Stage.WON, signed_on=dt.date.today() - dt.timedelta(days=2))
    services.move(a, officer, Stage.DELIVERY)
    assert_kept_equals_recount()
    services.save_rate(officer, currency="EUR", valid_from=dt.date(2024, 1, 1), rate=Decimal("1.1"))
    c = lead_factory(title="C", value=Decimal(300), currency="EUR")
    services.save_rate(officer, currency="EUR", valid_from=dt.date(2024, 1, 1), rate=Decimal("1.2"))
    c.refresh_from_db()
    assert c.value_base == Decimal("360.00")
    assert_kept_equals_recount()


def test_a_failed_move_changes_no_tally(lead_factory, officer):
    lead = lead_factory()
    before = tallies.current()
    with pytest.raises(DomainError):
        services.move(lead, officer, Stage.WON)
    assert tallies.current() == before
