"""Values converted to the report currency at the rate of the right date; a missing rate is refused."""

import datetime as dt
from decimal import Decimal

import pytest

from citydiplomacy.core.errors import DomainError
from citydiplomacy.exports import services
from citydiplomacy.exports.models import Lead


@pytest.fixture
def rates(officer):
    services.save_rate(officer, currency="EUR", valid_from=dt.date(2025, 1, 1), rate=Decimal("1.10"))
    services.save_rate(officer, currency="EUR", valid_from=dt.date(2025, 6, 1), rate=Decimal("1.20"))


def test_a_value_in_a_currency_with_no_rate_for_its_date_is_refused(lead_factory, rates):
    with pytest.raises(DomainError, match="no exchange rate of EUR for 2024-12-31"):
        lead_factory(currency="EUR", value=Decimal(1000), value_on=dt.date(2024, 12, 31))
    with pytest.raises(DomainError, match="AED"):
        lead_factory(currency="AED", value=Decimal(1000))
    assert not Lead.objects.exists()


def test_conversion_uses_the_rate_in_force_on_the_values_date(lead_factory, rates):
    before = lead_factory(currency="EUR", value=Decimal(1000), value_on=dt.date(2025, 5, 31))
    after = lead_factory(currency="EUR", value=Decimal(1000), value_on=dt.date(2025, 6, 1))
    assert before.value_base == Decimal("1100.00")
    assert after.value_base == Decimal("1200.00")


def test_a_corrected_rate_reconverts_only_the_values_it_governs(lead_factory, rates, officer):
    early = lead_factory(currency="EUR", value=Decimal(1000), value_on=dt.date(2025, 3, 1))
    late = lead_factory(currency="EUR", value=Decimal(1000), value_on=dt.date(2025, 7, 1))
    services.save_rate(officer, currency="EUR", valid_from=dt.date(2025, 1, 1), rate=Decimal("1.05"))
    early.refresh_from_db()
    late.refresh_from_db()
    assert early.value_base == Decimal("1050.00")
    assert late.value_base == Decimal("1200.00")


def test_the_report_currency_needs_no_rate_and_rates_are_positive(lead_factory, officer):
    assert lead_factory(currency="USD", value=Decimal("12.5")).value_base == Decimal("12.50")
    with pytest.raises(DomainError, match="positive"):
        services.save_rate(officer, currency="EUR", valid_from=dt.date(2025, 1, 1), rate=Decimal(0))
    with pytest.raises(DomainError, match="always worth 1"):
        services.save_rate(officer, currency="USD", valid_from=dt.date(2025, 1, 1), rate=Decimal(2))


def test_winning_values_the_contract_at_the_rate_of_its_signing_day(lead_factory, rates, officer):
    lead = lead_factory(currency="EUR", value=Decimal(1000), value_on=dt.date(2025, 3, 1))
    services.add_proposal(lead, officer, sent_on=dt.date(2025, 5, 1), reference="P")
    services.move(lead, officer, "won", signed_on=dt.date(2025, 6, 10))
    lead.refresh_from_db()
    assert (lead.value_on, lead.value_base) == (dt.date(2025, 6, 10), Decimal("1200.00"))
