"""The demo inbox: what a first-time reader sees is what the engine made of the invented demo articles."""

from django.urls import reverse

from citydiplomacy.news import demo
from citydiplomacy.news.models import Article, Story


def story_of(url):
    return Story.objects.get(articles__url=url)


def test_the_demo_inbox_shows_one_story_per_event_across_languages_and_other_cities(
    db, client_for, secretary
):
    result = demo.seed()
    assert result["errors"] == 0 and result["articles"] == Article.objects.count() == 12
    # a visit reported in Persian and in English is one story, with both outlets
    yerevan = story_of("https://news.example.ir/fa/news/1010")
    assert story_of("https://en.example.com/news/2210") == yerevan
    assert yerevan.event_type == "agreement" and "Yerevan" in yerevan.proposed["cities"]
    # another city's trip abroad is kept, marked as another city's
    isfahan = story_of("https://imna.example.ir/fa/news/3301")
    assert isfahan.other_city and isfahan.proposed["home_city"] == "Isfahan"
    assert isfahan.event_type == "outbound_visit"  # the mayor travelled, whatever the partner's city says
    # the local park is set aside, not lost
    park = story_of("https://news.example.ir/fa/news/1015")
    assert not park.is_city_diplomacy
    assert demo.seed()["articles"] == 0  # seeding again adds nothing
    page = client_for(secretary).get(reverse("news:inbox"))
    assert page.status_code == 200
    assert "ایروان" in page.content.decode()


def test_a_persian_page_names_places_people_and_numbers_in_persian(db, client_for, secretary):
    demo.seed()
    client = client_for(secretary, "fa")
    inbox = client.get(reverse("news:inbox")).content.decode()
    # a city the partner directory lacks is named as the Persian article wrote it
    assert "ساراگوسا" in inbox and "Zaragoza" not in inbox
    # a Persian title keeps Persian digits
    assert "سال ۱۴۰۳" in inbox and "1403" not in inbox
    report = story_of("https://news.example.ir/fa/news/1014")
    text = (
        client.get(reverse("news:story", args=[report.pk]))
        .content.decode()
        .split("article-text")[1]
        .split("</div>")[0]
    )
    assert "۱۸ سفر" in text and "18" not in text
    yerevan = story_of("https://news.example.ir/fa/news/1010")
    roles = [p["role"] for p in yerevan.proposed["people"]]
    page = client.get(reverse("news:story", args=[yerevan.pk])).content.decode()
    assert "Mayor (Yerevan)" in roles and "شهردار ایروان" in page.split('id="proposal"')[1]
    assert "Mayor" not in page.split('id="proposal"')[1].split("</dl>")[0]


def test_roles_read_in_persian_with_their_place_and_unknown_roles_kept():
    from citydiplomacy.news.labels import role_in_persian

    assert role_in_persian("Mayor (Rasht)", {"Rasht": "رشت"}.get) == "شهردار رشت"
    assert role_in_persian("Consul General") == "سرکنسول"
    assert role_in_persian("Chief Engineer") == "Chief Engineer"
    assert role_in_persian("") == ""
