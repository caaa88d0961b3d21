"""Addresses from outside are rendered as links only when they are http(s) (or a path of this site)."""

import pytest
from django.urls import reverse

from citydiplomacy.core.templatetags.cd import safe_url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
        "//evil.example/x", "/\\evil.example", "http:/no-host", "file:///etc/passwd", "", None,
        "https://ex ample.org/",
    ],
)  # fmt: skip
def test_dangerous_or_broken_addresses_become_empty(url):
    assert safe_url(url) == ""


@pytest.mark.parametrize(
    "url", ["https://news.example.ir/fa/1", "http://example.org/?a=1&b=2", "/missions/3/"]
)
def test_web_addresses_and_site_paths_are_kept(url):
    assert safe_url(url) == url


def test_a_javascript_article_link_is_shown_as_text_not_as_a_link(db, secretary, client_for):
    from citydiplomacy.news.models import Article, Story

    story = Story.objects.create(title="x")
    Article.objects.create(story=story, url="javascript:alert(document.cookie)", title="a")
    Article.objects.create(story=story, url="https://news.example.ir/fa/1", title="b")
    page = client_for(secretary).get(reverse("news:story", args=[story.pk])).content.decode()
    assert 'href="javascript:' not in page and "javascript:alert(document.cookie)" in page
    assert 'href="https://news.example.ir/fa/1"' in page
