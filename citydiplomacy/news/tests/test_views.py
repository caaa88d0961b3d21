import pytest
from django.urls import reverse

from citydiplomacy.news import services
from citydiplomacy.news.models import Story
from citydiplomacy.newsengine import NewsItem

ROLES = ["requester", "secretary", "member", "chair", "observer", "analyst", "admin"]


@pytest.mark.parametrize(
    "role,code",
    [
        ("requester", 403),
        ("secretary", 200),
        ("member", 200),
        ("chair", 200),
        ("observer", 200),
        ("analyst", 200),
        ("admin", 200),
    ],
)
def test_inbox_is_read_by_the_office_and_the_council(role, code, ingested, personas, client_for):
    assert client_for(personas[role]).get(reverse("news:inbox")).status_code == code


@pytest.mark.parametrize(
    "role,code", [("secretary", 302), ("admin", 302), ("observer", 403), ("chair", 403), ("requester", 403)]
)
def test_only_the_secretary_and_admin_decide(role, code, ingested, personas, client_for):
    story = Story.objects.filter(is_city_diplomacy=True).first()
    assert client_for(personas[role]).post(reverse("news:dismiss", args=[story.pk])).status_code == code


def test_inbox_shows_one_story_with_its_outlets_and_hides_unrelated_news(ingested, secretary, client_for):
    page = client_for(secretary).get(reverse("news:inbox")).content.decode()
    assert "Tehran → Xi&#x27;an" in page and "2 outlets" in page
    assert "بارش برف" not in page
    assert "بارش برف" in client_for(secretary).get(reverse("news:inbox"), {"all": "1"}).content.decode()


def test_story_page_shows_the_evidence_and_every_outlet(ingested, secretary, client_for):
    story = Story.objects.get(articles__url="https://news.example.ir/fa/news/1001")
    page = client_for(secretary).get(reverse("news:story", args=[story.pk])).content.decode()
    assert 'id="evidence"' in page and "agency.example.com" in page and "news.example.ir" in page


def test_article_html_is_never_rendered(db, secretary, client_for):
    services.ingest(
        [
            NewsItem(
                id="h",
                url="https://evil.example/1",
                html="<html><body><article><h1>شهردار تهران</h1><p>شهردار تهران با شهردار استانبول دیدار کرد و دو طرف تفاهم‌نامه امضا کردند &lt;script&gt;alert(1)&lt;/script&gt; و همکاری را گسترش دادند.</p><img src=x onerror=alert(2)></article></body></html>",
            )
        ]
    )
    story = Story.objects.get(articles__url="https://evil.example/1")
    page = client_for(secretary).get(reverse("news:story", args=[story.pk])).content.decode()
    assert "<script>alert(1)" not in page and "onerror=alert" not in page


def test_accepting_from_the_page_creates_the_mission(ingested, secretary, unit, client_for):
    story = Story.objects.get(articles__url="https://news.example.ir/fa/news/1001")
    response = client_for(secretary).post(
        reverse("news:accept", args=[story.pk]), {"create_mission": "on", "unit": unit.pk}, follow=True
    )
    assert "The story was accepted." in response.content.decode()
    story.refresh_from_db()
    assert story.mission is not None


def test_pasting_an_article_files_it(db, secretary, client_for):
    response = client_for(secretary).post(
        reverse("news:paste"),
        {
            "url": "https://p.example/1",
            "text": "شهردار تهران با سفیر ژاپن دیدار کرد و درباره مترو گفت‌وگو شد.",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert Story.objects.filter(articles__url="https://p.example/1").exists()


def test_a_source_must_be_http_or_https(secretary, client_for):
    response = client_for(secretary).post(
        reverse("news:source_create"),
        {"name": "x", "url": "ftp://example.com/feed", "kind": "feed", "interval_minutes": 60},
    )
    assert response.status_code == 200 and "Only http and https" in response.content.decode()


def test_inbox_query_count_does_not_grow(ingested, secretary, client_for, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(secretary)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("news:inbox"))
    services.ingest(
        [
            NewsItem(
                id=f"m{i}",
                url=f"https://m.example/{i}",
                text=f"شهردار تهران با شهردار شهر {c} دیدار کرد و تفاهم‌نامه همکاری امضا شد.",
            )
            for i, c in enumerate(["مسکو", "دوحه", "باکو", "ایروان"])
        ]
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("news:inbox"))


def test_story_page_names_places_in_persian_for_persian_readers(ingested, secretary, client_for):
    story = Story.objects.get(articles__url="https://news.example.ir/fa/news/1001")
    page = client_for(secretary, "fa").get(reverse("news:story", args=[story.pk])).content.decode()
    assert "تهران ← شیان" in page and "چین" in page  # read right to left, the arrow points left
    assert "۲۴ مهر ۱۴۰۴" in page and "1404-07-24" not in page.split('id="history"')[0]


def test_an_accepted_story_appears_on_its_missions_page(ingested, secretary, unit, client_for):
    story = Story.objects.get(articles__url="https://news.example.ir/fa/news/1001")
    story = services.accept(story, secretary, create_mission=True, unit=unit)
    page = client_for(secretary).get(reverse("missions:detail", args=[story.mission.pk])).content.decode()
    assert 'id="news-coverage"' in page and story.title in page


def test_accepting_from_the_page_links_an_agreement(ingested, secretary, client_for):
    from citydiplomacy.agreements.demo import seed_registry_demo
    from citydiplomacy.agreements.models import Agreement

    seed_registry_demo()
    agreement = Agreement.objects.get(reference="AG-TEH-BJS")
    story = Story.objects.get(articles__url="https://news.example.ir/fa/news/1001")
    client_for(secretary).post(reverse("news:accept", args=[story.pk]), {"agreement": agreement.pk})
    story.refresh_from_db()
    assert story.agreement == agreement
    page = client_for(secretary).get(reverse("news:story", args=[story.pk])).content.decode()
    assert "AG-TEH-BJS" in page


def test_persian_inbox_counts_outlets_in_persian_digits(ingested, secretary, client_for):
    assert "۲ رسانه" in client_for(secretary, "fa").get(reverse("news:inbox")).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8799/",
        "http://[::1]:8000/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:5432/",
        "http://localhost/feed",
        "http://[::ffff:127.0.0.1]/",
    ],
)
def test_a_source_on_a_private_address_cannot_be_saved(secretary, client_for, url):
    from citydiplomacy.news.models import Source

    response = client_for(secretary).post(
        reverse("news:source_create"), {"name": "x", "url": url, "kind": "feed", "interval_minutes": 60}
    )
    assert response.status_code == 200 and "not on the public internet" in response.content.decode()
    assert not Source.objects.exists()


def test_the_allow_list_lets_an_intranet_source_be_saved(secretary, client_for, settings):
    from citydiplomacy.news.models import Source

    settings.NEWS_FETCH_ALLOW_HOSTS = ["10.0.0.0/8"]
    response = client_for(secretary).post(
        reverse("news:source_create"),
        {"name": "x", "url": "http://10.1.2.3/feed", "kind": "feed", "interval_minutes": 60},
    )
    assert response.status_code == 302 and Source.objects.get().url == "http://10.1.2.3/feed"


def test_the_service_refuses_a_private_source_whoever_calls_it(db, secretary):
    from citydiplomacy.core.errors import DomainError
    from citydiplomacy.news.models import Source
    from citydiplomacy.news.services import save_source

    with pytest.raises(DomainError):
        save_source(secretary, Source(name="x", url="http://169.254.169.254/"), created=True)
    assert not Source.objects.exists()
