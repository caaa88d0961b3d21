"""A signing that is only the topic of what is said is no signing (``signed_documents.signing_as_topic``)."""

from citydiplomacy.newsengine import signals as Sg


def _sig(text):
    return Sg.signs_agreement(Sg.Sentence.of(text, [], 1.0))


def test_a_signing_talked_about_is_only_mentioned():
    assert (
        _sig(
            "مدیرکل روابط بین‌الملل درباره امضای سند خواهرخواندگی با شهر ایروان گفت: فعلا همکاری را آغاز می‌کنیم."
        )
        <= 0.2
    )
    assert (
        _sig("Asked about the signing of the memorandum with Kazan, the mayor said the text was ready.")
        <= 0.2
    )


def test_a_signing_told_is_still_one():
    assert _sig("شهرداران دو شهر سند خواهرخواندگی را امضا کردند.") == 1.0
    assert _sig("The mayors signed a memorandum of understanding on tourism.") == 1.0
