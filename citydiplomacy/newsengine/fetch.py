"""A polite fetcher: http/https only, public addresses only (see netguard.py), timeouts, a size cap, a delay
per host, conditional requests (ETag / Last-Modified), raw copies kept on disk, and a state file so each page
is processed once. Redirects are followed here, a bounded number of times, each hop checked like the first."""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import ssl
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from .netguard import AllowList, UnsafeAddress, guarded_create_connection
from .pipeline import NewsItem

REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class FetchConfig:
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    delay: float = 2.0
    raw_dir: str = "raw"
    state_file: str | None = None
    user_agent: str = "CityDiplomacyBot/0.1"
    follow_links: bool = True  # fetch the article pages linked by a feed or listing page
    max_links: int = 50
    max_redirects: int = 5
    # Hosts that may be private (the office's own intranet feeds): names, IP addresses or networks.
    allow_hosts: tuple[str, ...] = ()


@dataclass
class Response:
    url: str
    status: int
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    error: str | None = None


class FetchError(Exception):
    pass


class Fetcher:
    def __init__(self, cfg: FetchConfig):
        self.cfg = cfg
        self.raw = Path(cfg.raw_dir)
        self.raw.mkdir(parents=True, exist_ok=True)
        self.state_path = Path(cfg.state_file) if cfg.state_file else self.raw / "state.json"
        self.state = (
            json.loads(self.state_path.read_text())
            if self.state_path.exists()
            else {"validators": {}, "done": {}}
        )
        self._last: dict[str, float] = {}
        self._allow = AllowList(cfg.allow_hosts)
        self._create_connection = guarded_create_connection(self._allow)
        self._tls = ssl.create_default_context()

    def save_state(self):
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, ensure_ascii=False, indent=0))
        tmp.replace(self.state_path)

    def _wait(self, host: str):
        last = self._last.get(host)
        if last is not None:
            pause = self.cfg.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str) -> Response:
        """GET url, following redirects (each one checked) up to cfg.max_redirects times."""
        v = self.state["validators"].get(url, {})
        conditional = {}
        if v.get("etag"):
            conditional["If-None-Match"] = v["etag"]
        if v.get("last_modified"):
            conditional["If-Modified-Since"] = v["last_modified"]
        target = url
        for _hop in range(self.cfg.max_redirects + 1):
            parts = urllib.parse.urlsplit(target)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return Response(url, 0, error=f"refused: only http and https URLs ({parts.scheme or 'none'})")
            self._wait(parts.hostname)
            try:
                status, headers, body = self._request(parts, conditional if target == url else {})
            except UnsafeAddress as exc:
                return Response(url, 0, error=str(exc))
            except _TooLarge as exc:
                return Response(url, exc.status, error=f"too large ({exc})")
            except (http.client.HTTPException, TimeoutError, OSError, ValueError) as exc:
                return Response(url, 0, error=f"{type(exc).__name__}: {exc}")
            if status in REDIRECTS and headers.get("location"):
                target = urllib.parse.urljoin(target, headers["location"].strip())
                continue
            if status == 304:
                return Response(url, 304)
            if status >= 400 or status < 200:
                return Response(url, status, error=f"HTTP {status}")
            self.state["validators"][url] = {
                "etag": headers.get("etag"),
                "last_modified": headers.get("last-modified"),
            }
            return Response(url, status, body, headers)
        return Response(url, 0, error=f"refused: more than {self.cfg.max_redirects} redirects")

    def _request(self, parts, extra_headers):
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = parts.hostname.encode("idna").decode("ascii")  # a non-ASCII name in its DNS form
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(host, port, timeout=self.cfg.timeout, context=self._tls)
        else:
            conn = http.client.HTTPConnection(host, port, timeout=self.cfg.timeout)
        # Every socket goes to an address checked at connect time (no proxy, no second name lookup).
        conn._create_connection = self._create_connection
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request(
                "GET",
                path,
                headers={"User-Agent": self.cfg.user_agent, "Accept-Encoding": "identity", **extra_headers},
            )
            resp = conn.getresponse()
            headers = {k.lower(): val for k, val in resp.getheaders()}
            if resp.status in REDIRECTS or resp.status == 304 or resp.status >= 400:
                return resp.status, headers, b""
            length = headers.get("content-length")
            if length and length.isdigit() and int(length) > self.cfg.max_bytes:
                raise _TooLarge(resp.status, f"{length} bytes")
            body = resp.read(self.cfg.max_bytes + 1)
            if len(body) > self.cfg.max_bytes:
                raise _TooLarge(resp.status, f"over {self.cfg.max_bytes} bytes")
            return resp.status, headers, body
        finally:
            conn.close()

    def keep_raw(self, resp: Response) -> Path:
        name = hashlib.sha256(resp.url.encode()).hexdigest()[:24]
        path = self.raw / f"{name}.raw"
        path.write_bytes(resp.body)
        (self.raw / f"{name}.json").write_text(
            json.dumps(
                {"url": resp.url, "status": resp.status, "headers": resp.headers, "fetched": time.time()}
            )
        )
        return path


class _TooLarge(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


_LINK = re.compile(rb"""<(?:link|guid|id)[^>]*>\s*(?:<!\[CDATA\[)?\s*(https?://[^<\s\]]+)""", re.I)
_HREF = re.compile(rb"""<a\s[^>]*href\s*=\s*["']([^"'#]+)["']""", re.I)


def _links(resp: Response, kind: str) -> list[str]:
    body = resp.body
    if kind == "feed" or b"<rss" in body[:1000].lower() or b"<feed" in body[:1000].lower():
        found = [m.group(1).decode("utf-8", "ignore") for m in _LINK.finditer(body)]
    else:
        base = urllib.parse.urlsplit(resp.url)
        found = []
        for m in _HREF.finditer(body):
            u = urllib.parse.urljoin(resp.url, m.group(1).decode("utf-8", "ignore").strip())
            s = urllib.parse.urlsplit(u)
            # article links of a listing page: same host, a path deeper than one segment
            if s.hostname == base.hostname and s.path.count("/") >= 2 and s.scheme in ("http", "https"):
                found.append(u)
    seen, out = set(), []
    for u in found:
        if u not in seen and u != resp.url:
            seen.add(u)
            out.append(u)
    return out


def load_sources(path: str) -> list[dict]:
    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        return [s if isinstance(s, dict) else {"url": s} for s in json.loads(text)]
    return [{"url": line.strip()} for line in text.splitlines() if line.strip() and not line.startswith("#")]


def fetch_sources(
    sources: str | list[dict], cfg: FetchConfig, errors: list[tuple[str, str]] | None = None
) -> list[NewsItem]:
    """Fetch every source and the pages it links to; return the pages not processed before.
    Pages that could not be fetched (or were refused) are appended to errors as (url, reason) when given."""
    f = Fetcher(cfg)
    srcs = load_sources(sources) if isinstance(sources, str) else sources
    items: list[NewsItem] = []
    for src in srcs:
        resp = f.get(src["url"])
        if resp.error and errors is not None:
            errors.append((src["url"], resp.error))
        if resp.error or resp.status == 304:
            continue
        f.keep_raw(resp)
        links = _links(resp, src.get("kind", "")) if cfg.follow_links else []
        for url in links[: cfg.max_links]:
            if url in f.state["done"]:
                continue
            page = f.get(url)
            if page.error and errors is not None:
                errors.append((url, page.error))
            if page.error or page.status == 304:
                continue
            raw = f.keep_raw(page)
            digest = hashlib.sha256(page.body).hexdigest()
            f.state["done"][url] = {"sha256": digest, "raw": str(raw)}
            ctype = page.headers.get("content-type", "")
            m = re.search(r"charset=([\w.-]+)", ctype)
            items.append(
                NewsItem(
                    id=url, url=url, html=page.body, encoding=m.group(1) if m else None, source=src["url"]
                )
            )
        f.save_state()
    f.save_state()
    return items
