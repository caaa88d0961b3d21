"""The pipeline board's columns against the leads themselves: the cards, their order, the counts and the values,
for the whole board and for each kind of filter (the tallies' path, and counting the filtered leads)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.utils import timezone

from citydiplomacy.exports import services
from citydiplomacy.exports.board import COLUMNS, board
from citydiplomacy.exports.filters import LeadFilter
from citydiplomacy.exports.models import Lead, Stage
from citydiplomacy.partners.models import City, Country

pytestmark = pytest.mark.django_db


@pytest.fixture
def leads(lead_factory, officer, with_proposal, hotline, app_offering, najaf):
    """Leads spread over stages, two countries and two offerings, several moved at the same instant (a tie the
    order breaks by the newest lead first)."""
    turkey = Country.objects.get(iso2="TR")
    ankara = City.objects.get_or_create(country=turkey, name_en="Ankara", defaults={"name_fa": "آنکارا"})[0]
    made = []
    moment = timezone.now() - dt.timedelta(days=3)
    for i in range(30):
        city = ankara if i % 3 == 0 else najaf
        offerings = [hotline] if i % 2 else [hotline, app_offering]
        owner = {"owner": officer} if i % 2 == 0 else {}
        lead = lead_factory(title=f"Board lead {i}", partner_city=city, value=Decimal(1000 + 10 * i),
                            offerings=offerings, **owner)  # fmt: skip
        to = [Stage.INQUIRY, Stage.PRESENTATION, Stage.PROPOSAL, Stage.NEGOTIATION, Stage.WON][i % 5]
        if to == Stage.WON:
            with_proposal(lead)
        if to != Stage.INQUIRY:
            services.move(lead, officer, to, now=moment if i % 4 == 0 else None)
        made.append(lead)
    return made


def _expected(queryset, per_column):
    out = {}
    for stage in COLUMNS:
        in_stage = queryset.filter(stage=stage)
        cards = list(in_stage.order_by("-stage_since", "-pk").values_list("pk", flat=True)[:per_column])
        out[stage] = (cards, in_stage.count(), in_stage.aggregate(v=Sum("value_base"))["v"] or 0)
    return out


@pytest.mark.parametrize("params", [{}, {"country": "TR"}, {"offering": "app"}, {"country": "IQ", "q": "lead 1"},
                                    {"q": "board"}, {"owner": "officer"}])  # fmt: skip
def test_board_columns_equal_the_leads_they_show(leads, params, officer, app_offering):
    data = {}
    if "country" in params:
        data["country"] = str(Country.objects.get(iso2=params["country"]).pk)
    if "offering" in params:
        data["offering"] = str(app_offering.pk)
    if "owner" in params:
        data["owner"] = str(officer.pk)
    if "q" in params:
        data["q"] = params["q"]
    flt = LeadFilter(data, queryset=Lead.objects.all())
    assert flt.is_valid(), flt.errors
    columns = board(flt.qs, per_column=4, filters=flt.form.cleaned_data)
    expected = _expected(flt.qs, 4)
    assert [c["stage"] for c in columns] == COLUMNS
    for column in columns:
        cards, count, total = expected[column["stage"]]
        assert [card["pk"] for card in column["cards"]] == cards, column["stage"]
        assert column["count"] == count
        assert Decimal(str(column["total"])).quantize(Decimal("0.01")) == Decimal(total).quantize(
            Decimal("0.01")
        )
    assert sum(c["count"] for c in columns) == flt.qs.count() > 0


def test_board_cards_carry_plain_values_converted(leads):
    columns = board(Lead.objects.all(), per_column=2)
    card = next(c for column in columns for c in column["cards"])
    lead = Lead.objects.get(pk=card["pk"])
    assert card["title"] == lead.title and card["value"] == lead.value
    assert card["next_action_due"] == lead.next_action_due and card["stage_since"] == lead.stage_since


def test_the_filter_bar_offers_the_countries_with_leads_and_the_one_chosen(leads, client_for, officer):
    import re

    from django.urls import reverse

    client = client_for(officer, "en")
    page = client.get(reverse("exports:board")).content.decode()
    select = re.search(r'<select name="country".*?</select>', page, re.S).group(0)
    assert ">Turkey<" in select and ">Iraq<" in select and ">Japan<" not in select
    japan = Country.objects.get(iso2="JP")
    chosen = client.get(reverse("exports:board"), {"country": japan.pk}).content.decode()
    select = re.search(r'<select name="country".*?</select>', chosen, re.S).group(0)
    assert f'value="{japan.pk}" selected' in select  # no lead there, still offered once chosen
    offerings = re.search(r'<select name="offering".*?</select>', page, re.S).group(0)
    assert offerings.index("Citizens&#x27; hotline system") < offerings.index(
        "City services app"
    )  # alphabetical
    owners = re.search(r'<select name="owner".*?</select>', page, re.S).group(0)
    assert f'value="{officer.pk}"' in owners and f">{officer}<" in owners
    assert client.get(reverse("exports:board"), {"owner": officer.pk}).status_code == 200


def test_board_cards_when_a_filter_value_equals_the_stage_marker(leads, monkeypatch):
    """The marker stands for the stage in the compiled statement; were a filter's value the same text, the
    board falls back to a subquery per column and shows the same cards."""
    import uuid as uuid_module

    from citydiplomacy.exports import board as board_module

    fixed = uuid_module.UUID(int=7)
    monkeypatch.setattr(board_module.uuid, "uuid4", lambda: fixed)
    marker = f"stage-{fixed.hex}"
    Lead.objects.filter(pk=leads[1].pk).update(next_action=marker)
    queryset = Lead.objects.exclude(next_action=marker)
    columns = board(queryset, per_column=3)
    expected = _expected(queryset, 3)
    assert {c["stage"]: [card["pk"] for card in c["cards"]] for c in columns} == {
        stage: cards for stage, (cards, _n, _t) in expected.items()
    }


def test_board_escapes_card_text_as_django_does():
    from django.utils.html import escape as django_escape

    from citydiplomacy.exports.templatetags.exports_tags import escape

    for text in ["<b>\"Tom\" & 'Jerry'</b>", "همکاری «شهرهای خواهر» & <script>", "plain", ""]:
        assert escape(text) == django_escape(text)


def test_board_weights_each_column_by_the_stage_probability(leads, officer):
    services.set_probability(officer, stage=Stage.PROPOSAL, probability=40)
    for columns in (
        board(Lead.objects.all()),
        board(Lead.objects.filter(title__contains="lead 1"), filters={"q": "lead 1"}),
    ):
        column = next(c for c in columns if c["stage"] == Stage.PROPOSAL)
        assert column["probability"] == 40
        assert Decimal(str(column["weighted"])).quantize(Decimal("0.01")) == (
            Decimal(str(column["total"])) * 40 / 100
        ).quantize(Decimal("0.01"))
        assert next(c for c in columns if c["stage"] == Stage.INQUIRY)["probability"] == 10
