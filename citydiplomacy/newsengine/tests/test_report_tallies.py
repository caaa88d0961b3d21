"""What a report counts is its content: signed documents and delegations counted in figures (``signals.tallied``)."""

from citydiplomacy.newsengine import NewsItem, process_item
from citydiplomacy.newsengine import signals as Sg


def _tallied(text):
    return Sg.tallied(Sg.Sentence.of(text, [], 1.0))


def test_documents_and_teen_numbers_are_counted():
    assert _tallied("The city signed four new cooperation documents during the year.")
    assert _tallied("در شش ماه نخست سال چهارده هیئت خارجی به شهر آمدند.")
    assert not _tallied("The city signed a cooperation document with Bursa.")


def test_a_year_in_review_that_counts_signed_documents_is_a_report():
    r = process_item(
        NewsItem(
            id="x",
            text="Yazd received 40 foreign delegations in 2025\n"
            "Yazd received 40 official foreign delegations from 15 countries in 2025, the head of Yazd "
            "Municipality's international office said at a press conference summarizing the year. The most active partners "
            "were cities of Italy and China. Yazd signed four new cooperation documents during the year, "
            "including an action plan with Bukhara.",
        )
    )
    assert r.event_type == "statement_or_report", (r.event_type, r.evidence)
