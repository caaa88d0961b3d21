import http.server
import threading

import pytest

from citydiplomacy.newsengine.fetch import FetchConfig, Fetcher, fetch_sources

ARTICLE = (
    "<html><body><p>شهردار تهران با سفیر چین دیدار کرد و دو طرف بر همکاری تأکید کردند.</p></body></html>"
)


class Handler(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.hits.append(self.path)
        if self.path == "/feed.xml":
            host = f"http://127.0.0.1:{self.server.server_port}"
            body = (
                f"<rss><channel><item><title>a</title><link>{host}/news/1</link></item>"
                f"<item><title>b</title><link>{host}/news/big</link></item></channel></rss>"
            ).encode()
            return self._send(body, "application/rss+xml")
        if self.path == "/news/1":
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return None
            return self._send(ARTICLE.encode(), "text/html; charset=utf-8", etag='"v1"')
        if self.path == "/news/big":
            return self._send(b"x" * 5000, "text/html")
        self.send_response(404)
        self.end_headers()
        return None

    def _send(self, body, ctype, etag=None):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_fetch_feed_pages_once_with_raw_copies_and_size_cap(server, tmp_path):
    cfg = FetchConfig(
        timeout=5, max_bytes=2000, delay=0.0, raw_dir=str(tmp_path / "raw"), allow_hosts=("127.0.0.1",)
    )
    items = fetch_sources([{"url": server + "/feed.xml", "kind": "feed"}], cfg)
    assert [i.url for i in items] == [server + "/news/1"]  # the big page is over the cap
    assert items[0].encoding == "utf-8"
    assert len(list((tmp_path / "raw").glob("*.raw"))) == 2
    again = fetch_sources([{"url": server + "/feed.xml", "kind": "feed"}], cfg)
    assert again == []  # processed once


def test_conditional_request_and_schemes(server, tmp_path):
    f = Fetcher(FetchConfig(delay=0.0, raw_dir=str(tmp_path), allow_hosts=("127.0.0.1",)))
    assert f.get(server + "/news/1").status == 200
    assert f.get(server + "/news/1").status == 304
    assert f.get("file:///etc/passwd").error.startswith("refused")
    assert f.get("ftp://127.0.0.1/x").error.startswith("refused")
