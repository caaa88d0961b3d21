"""The inbox's filter bar, its Excel export and the API read the stories through one filter definition."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from citydiplomacy.news import demo
from citydiplomacy.news.models import Story


@pytest.fixture
def seeded(db):
    demo.seed()


def _plain(html):
    from citydiplomacy.lib.persian import to_latin_digits

    return to_latin_digits(html)


def listed(client, **params):
    page = client.get(reverse("news:inbox"), params)
    assert page.status_code == 200
    body = _plain(page.content.decode().split('id="stories"')[1])
    return {s.pk for s in Story.objects.all() if f'href="/news/stories/{s.pk}/"' in body}


def test_words_are_found_in_titles_and_articles_whatever_the_letter_forms_and_digits(
    seeded, secretary, client_for
):
    client = client_for(secretary, "fa")
    report = Story.objects.get(articles__url="https://news.example.ir/fa/news/1014")
    waste = Story.objects.get(articles__url="https://news.example.ir/fa/news/1010")
    # typed with Arabic letter forms and Persian digits; the article is stored with Persian forms, ASCII digits
    assert listed(client, q="گزارش عملكرد ۱۴۰۳") == {report.pk}
    assert listed(client, q="آرادکوه") == {waste.pk}  # only in an article's text
    assert listed(client, q="recycling") == {waste.pk}  # only in the English outlet's article
    assert listed(client, q="کلمه‌ای که هیچ خبری ندارد") == set()


def test_the_published_period_is_typed_in_the_jalali_calendar(seeded, secretary, client_for):
    client = client_for(secretary, "fa")
    everything = listed(client)
    late = listed(client, published_after="۱۴۰۴/۰۸/۱۵")
    assert late and late < everything
    assert all(Story.objects.get(pk=pk).published.isoformat() >= "2025-11-06" for pk in late)
    early = listed(client, published_before="1404/08/14")
    assert early.isdisjoint(late) and early | late == everything


def test_a_bad_date_is_a_clear_error_not_a_failure(seeded, secretary, client_for):
    client = client_for(secretary, "fa")
    page = client.get(reverse("news:inbox"), {"published_after": "۱۴۰۴/۱۳/۴۰"})
    assert page.status_code == 200 and 'role="alert"' in page.content.decode()
    api = client.get("/api/news/stories/", {"published_after": "not a date"})
    assert api.status_code == 400


def test_the_inbox_exports_what_it_shows_as_a_spreadsheet_in_persian(seeded, secretary, client_for):
    response = client_for(secretary, "fa").get(reverse("news:inbox"), {"q": "ایروان", "format": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2  # the header and the one story, told by two outlets
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["شهرهای طرف همکاری"] == "ایروان" and row["نوع رویداد"] == "توافق‌نامه"
    assert "https://en.example.com/news/2210" in row["نشانی‌ها"]


def test_the_api_filters_as_the_page_does(seeded, secretary, client_for):
    client = client_for(secretary, "en")
    found = client.get("/api/news/stories/", {"q": "recycling"}).json()
    assert [s["id"] for s in found["results"]] == [
        Story.objects.get(articles__url="https://en.example.com/news/2210").pk
    ]
    local = client.get("/api/news/stories/", {"is_city_diplomacy": "false"}).json()
    assert {s["id"] for s in local["results"]} == set(
        Story.objects.filter(is_city_diplomacy=False).values_list("pk", flat=True)
    )
