"""The fetcher reads public addresses only: a real page served on loopback is refused, directly, by name,
through a feed's link and through a redirect, unless the office's allow-list names it."""

import http.server
import ipaddress
import threading

import pytest

from citydiplomacy.newsengine.fetch import FetchConfig, Fetcher, fetch_sources
from citydiplomacy.newsengine.netguard import AllowList, UnsafeAddress, check_url, is_public

SECRET = b"<html><body><p>internal page: database password is hunter2</p></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.hits.append(self.path)
        port = self.server.server_port
        if self.path == "/secret":
            return self._send(SECRET, "text/html")
        if self.path == "/to-ip":  # a redirect from the allowed name to the same server by its IP
            return self._redirect(f"http://127.0.0.1:{port}/secret")
        if self.path == "/to-name":
            return self._redirect(f"http://localhost:{port}/secret")
        if self.path == "/loop":
            return self._redirect("/loop")
        if self.path == "/to-file":
            return self._redirect("file:///etc/passwd")
        if self.path == "/feed.xml":  # a feed whose link points to the loopback address
            body = f"<rss><channel><item><link>http://127.0.0.1:{port}/secret</link></item></channel></rss>"
            return self._send(body.encode(), "application/rss+xml")
        self.send_response(404)
        self.end_headers()
        return None

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, body, ctype):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def port():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    Handler.hits = []
    yield srv.server_port
    srv.shutdown()
    srv.server_close()


def fetcher(tmp_path, allow=()):
    return Fetcher(FetchConfig(timeout=5, delay=0.0, raw_dir=str(tmp_path), allow_hosts=tuple(allow)))


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "127.1", "2130706433"])
def test_a_loopback_page_is_refused_without_a_request(port, tmp_path, host):
    resp = fetcher(tmp_path).get(f"http://{host}:{port}/secret")
    assert resp.error and resp.error.startswith("refused") and resp.body == b""
    assert Handler.hits == []  # not even connected


def test_the_allow_list_lets_the_offices_own_host_through(port, tmp_path):
    resp = fetcher(tmp_path, allow=["127.0.0.1"]).get(f"http://127.0.0.1:{port}/secret")
    assert resp.status == 200 and resp.body == SECRET
    by_network = fetcher(tmp_path, allow=["127.0.0.0/8"]).get(f"http://127.0.0.1:{port}/secret")
    assert by_network.body == SECRET


def test_a_redirect_from_an_allowed_host_to_a_private_address_is_refused(port, tmp_path):
    f = fetcher(tmp_path, allow=["localhost"])  # the first hop is allowed by its name only
    assert f.get(f"http://localhost:{port}/secret").body == SECRET
    Handler.hits = []
    resp = f.get(f"http://localhost:{port}/to-ip")
    assert resp.error and resp.error.startswith("refused") and resp.body == b""
    assert Handler.hits == ["/to-ip"]  # the private target was never requested


def test_redirects_are_followed_when_every_hop_is_allowed_and_bounded(port, tmp_path):
    f = fetcher(tmp_path, allow=["localhost"])
    assert f.get(f"http://localhost:{port}/to-name").body == SECRET
    looping = f.get(f"http://localhost:{port}/loop")
    assert looping.error == "refused: more than 5 redirects" and len(Handler.hits) == 1 + 1 + 6
    assert f.get(f"http://localhost:{port}/to-file").error.startswith("refused: only http")


def test_a_feed_linking_to_a_private_address_yields_nothing(port, tmp_path):
    cfg = FetchConfig(timeout=5, delay=0.0, raw_dir=str(tmp_path), allow_hosts=("localhost",))
    items = fetch_sources([{"url": f"http://localhost:{port}/feed.xml", "kind": "feed"}], cfg)
    assert items == [] and "/secret" not in Handler.hits


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.2.1",
        "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
        "::ffff:169.254.169.254", "64:ff9b::7f00:1", "2002:7f00:1::", "fec0::1",
    ],
)  # fmt: skip
def test_non_public_addresses(address):
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses(address):
    assert is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8799/", "http://[::1]:8000/", "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:5432/", "http://localhost/", "http://[::ffff:7f00:1]/", "ftp://example.org/",
        "http://10.0.0.8/feed",
    ],
)  # fmt: skip
def test_check_url_refuses_private_and_non_http_addresses(url):
    with pytest.raises(UnsafeAddress):
        check_url(url)


def test_check_url_accepts_public_literals_and_allowed_hosts():
    check_url("http://8.8.8.8/feed")
    check_url("http://intranet.local/feed", ["intranet.local"])
    check_url("http://10.0.0.8/feed", ["10.0.0.0/8"])
    assert AllowList(["Intranet.Local."]).allows_name("intranet.local")
