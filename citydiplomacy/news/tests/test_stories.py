"""Stories by hand (merge, split, re-group), corrections as labelled examples, aliases, export-gold,
other cities' stories; on the app's own sample articles and invented ones."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.news import services
from citydiplomacy.news.models import Article, Correction, GroupingDecision, Story
from citydiplomacy.newsengine import NewsItem


def story_of(url):
    return Story.objects.get(articles__url=url)


XIAN_1 = "https://news.example.ir/fa/news/1001"
XIAN_2 = "https://agency.example.com/fa/2002"
AMBASSADOR = "https://news.example.ir/fa/news/1003"


def test_merging_moves_the_articles_and_is_audited_on_both_stories(ingested, secretary):
    target, other = story_of(XIAN_1), story_of(AMBASSADOR)
    services.merge(target, [other], secretary)
    other.refresh_from_db()
    assert sorted(target.articles.values_list("url", flat=True)) == sorted([XIAN_1, XIAN_2, AMBASSADOR])
    assert other.status == Story.Status.DISMISSED and other.merged_into == target
    assert history(target).first().action == "news.story.merged"
    assert history(other).first().action == "news.story.merged_away"
    assert GroupingDecision.objects.filter(together=True).count() == 1


def test_a_manual_merge_survives_regrouping(ingested, secretary):
    target = story_of(XIAN_1)
    services.merge(target, [story_of(AMBASSADOR)], secretary)
    services.regroup(secretary)
    assert story_of(AMBASSADOR) == story_of(XIAN_1) == target


def test_a_manual_split_survives_regrouping_and_later_outlets(ingested, secretary, sample_items):
    story = story_of(XIAN_1)
    new = services.split(story, Article.objects.get(url=XIAN_2), secretary)
    assert list(new.articles.values_list("url", flat=True)) == [XIAN_2]
    assert history(story).first().action == "news.story.split"
    assert history(new).first().action == "news.story.split_from"
    # without the decision the engine would put them back together
    assert services.regroup(secretary) == 0
    assert story_of(XIAN_1) != story_of(XIAN_2)
    copy = sample_items[0]
    services.ingest(
        [NewsItem(id="later", url="https://third.example.net/x", text=copy.text, title=copy.title)]
    )
    assert story_of(XIAN_1) != story_of(XIAN_2)


def test_regrouping_joins_what_the_engine_now_sees_as_one_event(ingested, secretary):
    story = story_of(XIAN_1)
    lone = Story.objects.create(title="moved out by an old bug")
    Article.objects.filter(url=XIAN_2).update(story=lone)
    assert services.regroup(secretary) == 1
    assert story_of(XIAN_2) == story
    lone.refresh_from_db()
    assert lone.status == Story.Status.DISMISSED


def test_regrouping_keeps_the_story_a_person_corrected(ingested, secretary):
    story = story_of(XIAN_1)
    lone = Story.objects.create(title="moved out by an old bug", proposed={"event_type": "other"})
    Article.objects.filter(url=XIAN_2).update(story=lone)
    services.correct(lone, secretary, event_type="meeting", cities=["Lanzhou"])
    assert services.regroup(secretary) == 1
    # both articles now in the corrected story, its record as the person left it
    assert story_of(XIAN_1) == story_of(XIAN_2) == lone
    lone.refresh_from_db()
    assert lone.status == Story.Status.NEW and lone.event_type == "meeting"
    assert lone.proposed["cities"] == ["Lanzhou"] and lone.proposed["corrected"]
    story.refresh_from_db()
    assert story.status == Story.Status.DISMISSED and story.merged_into == lone
    assert history(story).first().data["into"] == [lone.pk]


def test_merge_and_split_refuse_what_makes_no_sense(ingested, secretary):
    story = story_of(XIAN_1)
    with pytest.raises(DomainError):
        services.merge(story, [story], secretary)
    with pytest.raises(DomainError):
        services.split(story_of(AMBASSADOR), Article.objects.get(url=AMBASSADOR), secretary)
    with pytest.raises(DomainError):
        services.split(story, Article.objects.get(url=AMBASSADOR), secretary)
    decided = services.dismiss(story_of(AMBASSADOR), secretary)
    with pytest.raises(DomainError):
        services.merge(story, [decided], secretary)
    assert story.articles.count() == 2 and GroupingDecision.objects.count() == 0


def test_splitting_the_article_a_merge_was_anchored_on_keeps_the_others_together(ingested, secretary):
    story = story_of(XIAN_1)
    services.merge(story, [story_of(AMBASSADOR)], secretary)
    services.split(story, Article.objects.get(url=XIAN_1), secretary)
    services.regroup(secretary)
    assert story_of(XIAN_2) == story_of(AMBASSADOR) != story_of(XIAN_1)


# -- corrections, aliases -----------------------------------------------------------------------------
def test_each_correction_is_kept_as_a_labelled_example(ingested, secretary):
    story = story_of(XIAN_1)
    proposed = story.proposed["event_type"]
    services.correct(story, secretary, event_type="meeting", cities=["Xi'an", "Lanzhou"])
    example = Correction.objects.get()
    assert example.kind == Correction.Kind.RECORD and example.user == secretary
    assert example.fields == ["cities", "event_type"]
    assert example.original["event_type"] == proposed
    assert example.corrected == {"cities": ["Xi'an", "Lanzhou"], "event_type": "meeting"}


def test_an_alias_added_to_a_known_city_is_seen_by_the_next_article(db, secretary):
    from citydiplomacy.partners.models import City, Country

    city = City.objects.create(name_en="Xanadu", name_fa="زانادو", country=Country.objects.get(iso2="CN"))
    text = "شهردار تهران برای امضای تفاهم‌نامه خواهرخواندگی به {} سفر کرد. شهردار {} از او استقبال کرد."
    services.ingest([NewsItem(id="1", url="https://z.example/1", text=text.format("شانادو", "شانادو"))])
    first = Article.objects.get(url="https://z.example/1")
    assert "Xanadu" not in first.record["cities"]
    services.add_alias(first.story, secretary, name="شانادو", city=city)
    city.refresh_from_db()
    assert "شانادو" in city.aliases
    assert "Xanadu" in Article.objects.get(url="https://z.example/1").record["cities"]  # read again
    services.ingest([NewsItem(id="2", url="https://z.example/2", text=text.format("شانادو", "شانادو"))])
    assert "Xanadu" in Article.objects.get(url="https://z.example/2").record["cities"]
    assert Correction.objects.get().kind == Correction.Kind.ALIAS
    assert history(first.story).first().action == "news.alias.added"


def test_an_alias_needs_a_name_and_one_partner(ingested, secretary):
    with pytest.raises(DomainError):
        services.add_alias(story_of(XIAN_1), secretary, name="  ")
    with pytest.raises(DomainError):
        services.add_alias(story_of(XIAN_1), secretary, name="Somewhere")
    assert Correction.objects.count() == 0


def test_export_gold_writes_the_reviewed_stories_in_the_evaluation_format(ingested, secretary, tmp_path):
    services.correct(story_of(XIAN_1), secretary, event_type="meeting")
    out = tmp_path / "gold.jsonl"
    call_command("news", "export-gold", "--output", str(out))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["url"] for line in lines) == sorted([XIAN_1, XIAN_2])
    for line in lines:
        assert set(line) == {"id", "url", "lang", "text", "gold"} and line["text"]
        gold = line["gold"]
        assert gold["event_type"] == "meeting" and gold["is_city_diplomacy"] is True
        assert {"cities", "countries", "organizations", "people", "topics", "published"} <= set(gold)
    assert lines[0]["gold"]["duplicate_group"] == lines[1]["gold"]["duplicate_group"] is not None


def test_export_gold_leaves_out_unreviewed_stories(ingested, capsys):
    call_command("news", "export-gold")
    assert capsys.readouterr().out == ""


# -- other cities ---------------------------------------------------------------------------------------
def test_another_citys_story_is_kept_and_marked(ingested, secretary, client_for):
    story = services.correct(story_of(AMBASSADOR), secretary, home_city="Mashhad", is_city_diplomacy=True)
    assert story.other_city and story.status == Story.Status.NEW
    client = client_for(secretary)
    other = client.get(reverse("news:inbox"), {"scope": "other"}).content.decode()
    ours = client.get(reverse("news:inbox"), {"scope": "ours"}).content.decode()
    assert f'href="/news/stories/{story.pk}/"' in other and "other city" in other
    assert f'href="/news/stories/{story.pk}/"' not in ours
    assert f'href="/news/stories/{story_of(XIAN_1).pk}/"' in ours


# -- pages ---------------------------------------------------------------------------------------------
def test_story_page_lists_articles_outlets_and_the_split_and_merge_forms(ingested, secretary, client_for):
    story = story_of(XIAN_1)
    page = client_for(secretary).get(reverse("news:story", args=[story.pk])).content.decode()
    assert "agency.example.com" in page and "news.example.ir" in page
    assert page.count('class="mb-1 split-form"') == 2
    assert 'id="merge-form"' in page and 'id="alias-form"' in page
    assert "<script" not in page.split('id="merge-form"')[1].split("</form>")[0]


def test_split_and_merge_from_the_story_page(ingested, secretary, client_for):
    client = client_for(secretary)
    story = story_of(XIAN_1)
    second = Article.objects.get(url=XIAN_2)
    response = client.post(reverse("news:split", args=[story.pk]), {"article": second.pk})
    new = story_of(XIAN_2)
    assert response.status_code == 302 and response.url == reverse("news:story", args=[new.pk])
    response = client.post(reverse("news:merge", args=[story.pk]), {"stories": [new.pk]})
    assert response.status_code == 302 and story_of(XIAN_2) == story


@pytest.mark.parametrize("article", ["", "abc", "99999999999999999999", "0"])
def test_split_with_a_bad_article_is_a_message_not_an_error(ingested, secretary, client_for, article):
    story = story_of(XIAN_1)
    response = client_for(secretary).post(reverse("news:split", args=[story.pk]), {"article": article})
    assert response.status_code == 302 and story.articles.count() == 2


def test_only_deciders_merge_and_split(ingested, personas, client_for):
    story = story_of(XIAN_1)
    client = client_for(personas["observer"])
    assert client.post(reverse("news:merge", args=[story.pk]), {"stories": []}).status_code == 403
    assert client.post(f"/api/news/stories/{story.pk}/split/", {"article": 1}).status_code == 403


# -- API ------------------------------------------------------------------------------------------------
def test_api_lists_stories_with_articles_in_a_fixed_number_of_queries(
    ingested, secretary, client_for, django_assert_max_num_queries
):
    client = client_for(secretary)
    with django_assert_max_num_queries(6):
        data = client.get("/api/news/stories/").json()
    xian = next(s for s in data["results"] if XIAN_1 in [a["url"] for a in s["articles"]])
    assert xian["outlets"] == ["agency.example.com", "news.example.ir"]
    services.ingest(
        [
            NewsItem(id=f"n{i}", url=f"https://n.example/{i}", text=f"خبر شماره {i} درباره هوا")
            for i in range(5)
        ]
    )
    with django_assert_max_num_queries(6):
        client.get("/api/news/stories/")


def test_api_merge_and_split(ingested, secretary, client_for):
    client = client_for(secretary)
    story, other = story_of(XIAN_1), story_of(AMBASSADOR)
    merged = client.post(
        f"/api/news/stories/{story.pk}/merge/", {"stories": [other.pk]}, content_type="application/json"
    )
    assert merged.status_code == 200 and len(merged.json()["articles"]) == 3
    ambassador = Article.objects.get(url=AMBASSADOR)
    split = client.post(
        f"/api/news/stories/{story.pk}/split/", {"article": ambassador.pk}, content_type="application/json"
    )
    assert split.status_code == 200 and [a["url"] for a in split.json()["articles"]] == [AMBASSADOR]
    again = client.post(
        f"/api/news/stories/{split.json()['id']}/split/",
        {"article": ambassador.pk},
        content_type="application/json",
    )
    assert again.status_code == 400 and again.json()["detail"]


def test_inbox_names_the_outlets_of_each_story(ingested, secretary, client_for):
    page = client_for(secretary).get(reverse("news:inbox")).content.decode()
    assert "agency.example.com, news.example.ir" in page
    persian = client_for(secretary, "fa").get(reverse("news:inbox"), {"scope": "other"}).content.decode()
    assert "همهٔ شهرها" in persian and "شهرهای دیگر" in persian


def test_the_merge_form_offers_the_stories_of_the_same_days_and_the_undated_ones(ingested):
    import datetime as dt

    from citydiplomacy.news.forms import MergeForm

    trip, visit, snow = (
        story_of(XIAN_1),
        story_of(AMBASSADOR),
        Story.objects.get(articles__url__endswith="1004"),
    )
    Story.objects.filter(pk=visit.pk).update(published=None)
    Story.objects.filter(pk=snow.pk).update(published=trip.published + dt.timedelta(days=40))
    offered = set(MergeForm(story=trip).fields["stories"].queryset.values_list("pk", flat=True))
    assert visit.pk in offered and snow.pk not in offered and trip.pk not in offered
