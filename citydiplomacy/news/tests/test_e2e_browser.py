"""End to end in headless Chromium, in Persian: an analyst merges two stories of the inbox, splits one
article out again, and corrects the event type of the story it became; each step is checked on the
page and in the database."""

import pytest

from citydiplomacy.core.audit import history
from citydiplomacy.news.models import Article, Correction, GroupingDecision, Story

UCLG_1 = "https://news.example.ir/fa/news/1001"
UCLG_2 = "https://agency.example.com/fa/2002"
AMBASSADOR = "https://news.example.ir/fa/news/1003"


@pytest.mark.browser
def test_analyst_merges_splits_and_corrects_a_story_in_persian(browser_page, ingested, secretary):
    page = browser_page
    base = page.base
    page.set_default_timeout(15000)
    page.login("secretary")
    page.context.add_cookies([{"name": "django_language", "value": "fa", "url": base}])

    trip = Story.objects.get(articles__url=UCLG_1)
    visit = Story.objects.get(articles__url=AMBASSADOR)
    assert trip != visit
    # the merge form offers the stories of the same days: date the ambassador's story the trip's week
    Story.objects.filter(pk=visit.pk).update(published=trip.published)

    # The inbox lists both stories; the trip's names its two outlets.
    page.goto(f"{base}/news/")
    assert page.locator(f'a[href="/news/stories/{trip.pk}/"]').count() >= 1
    assert page.locator(f'a[href="/news/stories/{visit.pk}/"]').count() >= 1
    assert "agency.example.com" in page.content()

    # Merge: the ambassador's visit into the trip's story, from the trip's page.
    page.goto(f"{base}/news/stories/{trip.pk}/")
    assert page.locator("html").get_attribute("lang") == "fa"
    page.locator("#merge-form .ts-control").click()  # the select is a searchable list (Tom Select)
    page.locator(f'#merge-form .ts-dropdown [data-value="{visit.pk}"]').click()
    page.keyboard.press("Escape")
    page.click("#merge-form button[type=submit]")
    page.wait_for_selector("text=خبرها ادغام شدند.")
    assert page.locator("details.story-article").count() == 3
    assert sorted(Article.objects.filter(story=trip).values_list("url", flat=True)) == sorted(
        [UCLG_1, UCLG_2, AMBASSADOR]
    )
    visit.refresh_from_db()
    assert visit.status == Story.Status.DISMISSED and visit.merged_into_id == trip.pk
    assert history(trip).first().action == "news.story.merged"

    # Split: the ambassador's article is another event after all.
    ambassador = Article.objects.get(url=AMBASSADOR)
    page.locator(f'details[data-article="{ambassador.pk}"] summary').click()
    page.locator(f'details[data-article="{ambassador.pk}"] .split-form button').click()
    page.wait_for_selector("text=این مطلب اکنون خبری جداگانه است.")
    ambassador.refresh_from_db()
    alone = ambassador.story
    assert alone.pk not in (trip.pk, visit.pk)
    assert page.url.rstrip("/").endswith(f"/news/stories/{alone.pk}")
    assert page.locator("details.story-article").count() == 1
    assert Article.objects.filter(story=trip).count() == 2
    assert GroupingDecision.objects.filter(together=False).exists()  # kept when stories are re-grouped

    # Correct the event type of the ambassador's story: the analyst knows the ambassador came from elsewhere.
    assert alone.event_type != "inbound_visit"
    page.select_option("#id_event_type", "inbound_visit")
    page.click("#correct-form button[type=submit]")
    page.wait_for_selector("text=رکورد پیشنهادی اصلاح شد.")
    assert "سفر هیئت خارجی به شهر:" in page.locator("#proposal").inner_text()
    assert "event_type" in page.locator("#corrections").inner_text()
    alone.refresh_from_db()
    assert alone.event_type == "inbound_visit" and alone.proposed["event_type"] == "inbound_visit"
    correction = Correction.objects.get(story=alone)
    assert correction.fields == ["event_type"] and correction.corrected == {"event_type": "inbound_visit"}
    assert correction.user == secretary
    assert history(alone).first().action == "news.story.corrected"
