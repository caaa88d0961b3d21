"""Fetching configured sources for real, from a feed served on this machine's loopback address."""

import datetime as dt
import http.server
import json
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from citydiplomacy.core.models import TaskRun
from citydiplomacy.news.models import Article, FetchRun, Source, Story
from citydiplomacy.news.tasks import fetch_due_sources

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


@pytest.fixture
def news_site():
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = {f"/a/{i}": "<html><head><title>{t}</title></head><body><nav><a href='/'>خانه</a></nav><article><h1>{t}</h1>{p}</article><footer>کلیه حقوق محفوظ است</footer></body></html>".format(
        t=r["title"], p="".join(f"<p>{line}</p>" for line in r["text"].splitlines()[1:])) for i, r in enumerate(rows)}  # fmt: skip

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/feed.xml":
                items = "".join(
                    f"<item><title>x</title><link>http://127.0.0.1:{self.server.server_port}{p}</link></item>"
                    for p in pages
                )
                body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
                kind = "application/rss+xml"
            elif self.path in pages:
                body, kind = pages[self.path], "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def fast_fetch(settings, tmp_path):
    settings.NEWS_FETCH_DELAY = 0
    settings.DATA_DIR = tmp_path
    settings.NEWS_FETCH_ALLOW_HOSTS = ["127.0.0.1"]  # the test feed is served on loopback


def test_fetching_a_feed_files_its_articles_and_records_the_run(db, news_site, fast_fetch):
    source = Source.objects.create(name="Local feed", url=news_site + "/feed.xml", kind="feed")
    call_command("news", "fetch")
    run = FetchRun.objects.get()
    assert run.status == "done" and run.new_articles == 4 and run.new_stories == 3
    assert Article.objects.filter(source=source).count() == 4
    story = Story.objects.get(articles__title__contains="شیان", articles__url__endswith="/a/0")
    assert story.articles.count() == 2
    assert "کلیه حقوق" not in Article.objects.get(url__endswith="/a/0").text  # the footer was left out
    call_command("news", "fetch")  # each page is processed once
    assert Article.objects.count() == 4


def test_an_unreachable_source_gives_a_failed_or_empty_run_not_a_crash(db, fast_fetch):
    Source.objects.create(name="Nowhere", url="http://127.0.0.1:9/feed.xml", kind="feed")
    call_command("news", "fetch")
    run = FetchRun.objects.get()
    assert run.finished_at is not None and run.new_articles == 0


def test_only_due_sources_are_queued(db, settings, news_site, fast_fetch):
    settings.TASKS_RUN_INLINE = False
    due = Source.objects.create(
        name="due", url=news_site + "/feed.xml", last_fetched_at=timezone.now() - dt.timedelta(hours=2)
    )
    Source.objects.create(name="fresh", url=news_site + "/other.xml", last_fetched_at=timezone.now())
    Source.objects.create(name="off", url=news_site + "/off.xml", active=False)
    assert fetch_due_sources() == {"queued": 1}
    assert TaskRun.objects.get().args == [due.pk]
    assert fetch_due_sources() == {"queued": 0}  # claimed: a second scheduler does not queue it again


def test_news_extract_command_writes_one_json_line_per_item(tmp_path, capsys):
    output = tmp_path / "out.jsonl"
    from citydiplomacy.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["citydiplomacy", "news", "extract", str(SAMPLES), "--format", "jsonl", "--output", str(output)])
    assert exit_info.value.code == 0
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["demo-1", "demo-2", "demo-3", "demo-4"]
    assert lines[0]["cluster"] == lines[1]["cluster"] is not None


def test_a_source_on_a_private_address_is_refused_and_the_run_says_why(db, news_site, settings, tmp_path):
    settings.NEWS_FETCH_DELAY, settings.DATA_DIR, settings.NEWS_FETCH_ALLOW_HOSTS = 0, tmp_path, []
    # a row saved before addresses were checked (the form and the service refuse it now)
    Source.objects.create(name="Inside", url=news_site + "/feed.xml", kind="feed")
    call_command("news", "fetch")
    run = FetchRun.objects.get()
    assert run.new_articles == 0 and Article.objects.count() == 0
    assert "refused" in run.errors and "127.0.0.1" in run.errors


def test_a_public_feed_linking_to_the_servers_loopback_brings_nothing_in(db, news_site, settings, tmp_path):
    """The feed's host is allowed by name; the articles it links to (by IP, on loopback) are not."""
    settings.NEWS_FETCH_DELAY, settings.DATA_DIR, settings.NEWS_FETCH_ALLOW_HOSTS = 0, tmp_path, ["localhost"]
    Source.objects.create(name="Feed", url=news_site.replace("127.0.0.1", "localhost") + "/feed.xml")
    call_command("news", "fetch")
    run = FetchRun.objects.get()
    assert Article.objects.count() == 0 and run.errors.count("refused") == 4
