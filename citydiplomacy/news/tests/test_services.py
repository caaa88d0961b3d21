import pytest
from django.utils import translation

from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.news import services
from citydiplomacy.news.models import Article, Story
from citydiplomacy.newsengine import NewsItem


def xian_story():
    return Story.objects.get(articles__url="https://news.example.ir/fa/news/1001")


def test_the_same_story_from_two_outlets_becomes_one_story(ingested):
    assert ingested == {"articles": 4, "stories": 3, "errors": 0}
    story = xian_story()
    assert sorted(story.articles.values_list("outlet", flat=True)) == [
        "agency.example.com",
        "news.example.ir",
    ]
    assert story.is_city_diplomacy and story.event_type in {"event_attended", "outbound_visit"}
    assert "Xi'an" in story.proposed["cities"] and "UCLG" in story.proposed["organizations"]
    assert str(story.published) == "2025-10-16"


def test_reading_the_same_addresses_again_adds_nothing(ingested, sample_items):
    assert services.ingest(sample_items) == {"articles": 0, "stories": 0, "errors": 0}
    assert Article.objects.count() == 4


def test_a_later_outlet_joins_the_existing_story(ingested, sample_items):
    copy = sample_items[1]
    later = NewsItem(
        id="x",
        url="https://third.example.net/a",
        text=copy.text.replace("می‌کند", "خواهد کرد"),
        title=copy.title,
    )
    assert services.ingest([later])["stories"] == 0
    assert xian_story().articles.count() == 3


def test_the_proposal_reads_as_one_line(ingested):
    from django.utils import translation

    with translation.override("en"):
        line = services.summary(xian_story().proposed)
    assert "Tehran → Xi'an" in line and "UCLG" in line and "16 Oct 2025" in line
    with translation.override("fa"):
        line = services.summary(services.localized(xian_story().proposed))
    assert "تهران ← شیان" in line and "، UCLG، " in line and line.endswith("۲۴ مهر ۱۴۰۴")


def test_an_article_that_cannot_be_read_is_kept_with_its_error(db):
    counts = services.ingest([NewsItem(id="bad", url="https://x.example/bad", html=b"\x00\x01\x02" * 200)])
    assert counts["articles"] == 1
    article = Article.objects.get(url="https://x.example/bad")
    assert article.error and article.story is None


def test_accepting_creates_a_draft_mission_linked_to_the_story(ingested, secretary, unit):
    story = services.accept(xian_story(), secretary, create_mission=True, unit=unit)
    mission = story.mission
    assert story.status == Story.Status.ACCEPTED
    assert mission.status == "draft" and mission.unit == unit
    assert list(mission.countries.values_list("iso2", flat=True)) == ["CN"]
    assert "Xi'an" in [c.name_en for c in mission.cities.all()]
    assert mission.news_stories.get() == story
    assert [e.action for e in history(mission)][0] == "missions.request.created_from_news"
    assert [e.action for e in history(story)] == ["news.story.accepted"]


def test_accepting_can_link_an_existing_mission(ingested, secretary, mission_factory):
    mission = mission_factory()
    story = services.accept(xian_story(), secretary, mission=mission)
    assert story.mission == mission


def test_a_decided_story_cannot_be_decided_again(ingested, secretary):
    story = services.dismiss(xian_story(), secretary, reason="duplicate of the official report")
    with pytest.raises(DomainError):
        services.accept(story, secretary)
    assert services.reopen(story, secretary).status == Story.Status.NEW


def test_creating_a_mission_needs_a_unit_and_a_country(ingested, secretary, unit):
    with pytest.raises(DomainError):
        services.accept(xian_story(), secretary, create_mission=True)
    story = services.correct(xian_story(), secretary, countries=["Iran"])
    with translation.override("en"), pytest.raises(DomainError, match="country"):
        services.accept(story, secretary, create_mission=True, unit=unit)
    assert MissionRequest.objects.count() == 0


def test_a_correction_is_kept_and_audited(ingested, secretary):
    story = services.correct(
        xian_story(), secretary, event_type="outbound_visit", cities=["Xi'an", "Beijing"]
    )
    assert story.event_type == "outbound_visit" and story.proposed["cities"] == ["Xi'an", "Beijing"]
    entry = history(story).first()
    assert entry.action == "news.story.corrected" and "cities" in entry.data["changes"]


def test_partner_directory_names_extend_the_gazetteer(db, secretary):
    from citydiplomacy.partners.models import City, Country

    City.objects.create(name_en="Xanadu", name_fa="زانادو", country=Country.objects.get(iso2="CN"))
    services.ingest(
        [
            NewsItem(
                id="z",
                url="https://z.example/1",
                text="شهردار تهران برای امضای تفاهم‌نامه خواهرخواندگی به زانادو سفر کرد. شهردار زانادو از او استقبال کرد.",
            )
        ]
    )
    assert "Xanadu" in Article.objects.get(url="https://z.example/1").record["cities"]


def test_accepting_can_link_the_agreement_the_story_is_about(ingested, secretary):
    from citydiplomacy.agreements.demo import seed_registry_demo
    from citydiplomacy.agreements.models import Agreement

    seed_registry_demo()
    agreement = Agreement.objects.get(reference="AG-TEH-BJS")
    story = services.accept(xian_story(), secretary, agreement=agreement)
    assert story.agreement == agreement and agreement.news_stories.get() == story
    assert history(story).first().data["agreement"] == "AG-TEH-BJS"


def test_partner_organizations_keep_the_engines_canonical_names(db):
    from citydiplomacy.partners.models import Organization

    Organization.objects.create(
        name_en="Union of Iranian Metro Operators", name_fa="اتحادیه بهره‌برداران متروی ایران", acronym="UIMO"
    )
    services.ingest(
        [
            NewsItem(
                id="o",
                url="https://o.example/1",
                text="شهردار تهران در نشست اتحادیه بهره‌برداران متروی ایران و سازمان جهانی شهرها و دولت‌های محلی متحد (UCLG) در استانبول سخنرانی کرد.",
            )
        ]
    )
    organizations = Article.objects.get(url="https://o.example/1").record["organizations"]
    assert "UCLG" in organizations and "UIMO" in organizations


def test_a_new_mission_from_a_story_is_refused_while_a_recorded_trip_may_be_the_same(
    secretary, unit, mission_factory, china
):
    import datetime as dt

    import pytest

    from citydiplomacy.core.errors import DomainError
    from citydiplomacy.missions.models import MissionRequest
    from citydiplomacy.news import services
    from citydiplomacy.news.models import Story

    day = dt.date.today() + dt.timedelta(days=30)
    recorded = mission_factory(title="Talks on metro systems", start_date=day - dt.timedelta(days=1))
    story = Story.objects.create(title="Our mayor in Beijing", is_city_diplomacy=True, event_type="outbound_visit",
                                 proposed={"countries": ["China"], "event_date": day.isoformat()})  # fmt: skip
    assert list(services.recorded_trips(story)) == [recorded]
    with pytest.raises(DomainError, match=recorded.reference):
        services.accept(story, secretary, create_mission=True, unit=unit)
    assert MissionRequest.objects.count() == 1
    services.accept(story, secretary, create_mission=True, unit=unit, another_trip=True)
    assert MissionRequest.objects.count() == 2
    later = Story.objects.create(title="Another visit", is_city_diplomacy=True, event_type="outbound_visit",
                                 proposed={"countries": ["China"], "event_date": (day + dt.timedelta(days=40)).isoformat()})  # fmt: skip
    assert not services.recorded_trips(later).exists()  # a month later: another trip
