"""Main-content extraction from an HTML page with lxml: title, body text, language, page dates.

The method scores text blocks by length, punctuation and link density, propagates the scores to
parents and grandparents, takes the best container and keeps its paragraphs (and qualifying
siblings), dropping menus, link lists ("latest/related news"), share bars, comment boxes and
footers. Text is taken verbatim, so the Persian ZWNJ survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "footer",
    "aside",
    "figcaption",
    "object",
    "embed",
    "canvas",
    "map",
    "math",
    "video",
    "audio",
    "picture",
    "label",
    "dialog",
    "menu",
)
BLOCK_TAGS = {
    "p",
    "pre",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "div",
    "section",
    "article",
    "dd",
    "dt",
    "main",
    "ul",
    "ol",
    "table",
    "tr",
    "tbody",
    "form",
    "center",
    "font",
    "span",
    "header",
}
PARA_TAGS = {"p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "td", "dd"}
_BAD = re.compile(
    r"comment|share|sharing|social|related|recommend|popular|trending|sidebar|side-bar|widget|footer|"
    r"masthead|menu|navbar|nav-|breadcrumb|newsletter|subscribe|signup|sign-up|promo|advert|sponsor|"
    r"cookie|consent|banner|modal|popup|outbrain|taboola|tags|tag-list|author-bio|byline|caption|"
    r"pagination|pager|toolbar|print|more-news|latest|most-read|mostread|also-read|read-more|"
    r"readmore|disqus|rating|breaking|ticker|newsfeed|login|paywall|skip|hidden|jump|visually-hidden|"
    r"sr-only|inline-ad|ad-|-ad\b|\bad\b|\bads\b|dfp|affiliate|credit|photo-credit|video|gallery|"
    r"slideshow|carousel|timestamp|dateline|meta|social|follow|bio\b|contributor|copyright|legal",
    re.I,
)
_GOOD = re.compile(
    r"article|body|content|entry|main|post|story|text|news-?detail|page|column|blog|"
    r"\bitem\b|lead|summary",
    re.I,
)
_PUNCT = re.compile(r"[,.،؛;:!?؟]")
_WS = re.compile(r"\s+")


@dataclass
class PageText:
    title: str
    text: str
    lang: str | None
    date_hints: list[str]


def _attrs(el) -> str:
    a = el.get("class") or ""
    b = el.get("id") or ""
    return a + " " + b if b else a


def _is_bad(el) -> bool:
    s = _attrs(el)
    if not s.strip():
        role = el.get("role")
        return role in ("navigation", "complementary", "contentinfo", "banner", "menu")
    if el.tag in ("body", "html", "article", "main"):
        return False
    return _bad_attr(s)


BAD_TOKENS = {
    "ad",
    "ads",
    "bio",
    "meta",
    "tags",
    "print",
    "hidden",
    "skip",
    "jump",
    "video",
    "credit",
    "legal",
    "latest",
    "byline",
    "caption",
    "rating",
    "ticker",
    "banner",
    "modal",
    "popup",
    "login",
    "pager",
    "pagination",
    "toolbar",
    "gallery",
    "carousel",
    "slideshow",
    "timestamp",
    "dateline",
    "follow",
    "copyright",
    "contributor",
    "affiliate",
    "dfp",
    "paywall",
    "consent",
    "sponsor",
    "sponsored",
    "masthead",
    "navbar",
    "nav",
    "trending",
    "breaking",
    "newsfeed",
    "disqus",
    "signup",
}
BAD_PARTS = (
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "popular",
    "sidebar",
    "widget",
    "footer",
    "menu",
    "breadcrumb",
    "newsletter",
    "subscribe",
    "promo",
    "advert",
    "cookie",
    "outbrain",
    "taboola",
    "mostread",
    "most-read",
    "also-read",
    "read-more",
    "readmore",
    "more-news",
    "sr-only",
    "visually-hidden",
    "author-bio",
    "tag-list",
    "side-bar",
    "sign-up",
    "photo-credit",
    "inline-ad",
)
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=8192)
def _bad_attr(s: str) -> bool:
    low = s.lower()
    if not (any(p in low for p in BAD_PARTS) or not BAD_TOKENS.isdisjoint(_TOKEN.findall(low))):
        return False
    return not _GOOD.search(low)


def text_content(el) -> str:
    """All text under ``el`` (its tail excluded), like lxml.html's ``text_content()``."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _text(el) -> str:
    return _WS.sub(" ", text_content(el)).strip()


def _link_len(el, cache: dict | None = None) -> int:
    """Characters of link text under ``el``; ``cache`` keeps each link's length for the page."""
    if cache is None:
        return sum(len(_text(a)) for a in el.iter("a"))
    total = 0
    for a in el.iter("a"):
        n = cache.get(a)
        if n is None:
            n = cache[a] = len(_text(a))
        total += n
    return total


def parse(html: str | bytes):
    """The page as an lxml tree of plain elements (``lxml.etree``: no per-element Python class)."""
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, recover=True, no_network=True, huge_tree=True
    )
    if isinstance(html, str):
        html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
        if not html.strip():
            return None
    try:
        doc = etree.fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return doc


def _meta(doc) -> tuple[str, str | None, list[str]]:
    title = ""
    hints: list[str] = []
    for m in doc.iter("meta"):
        prop = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        content = (m.get("content") or "").strip()
        if not content:
            continue
        if prop in ("og:title", "twitter:title") and not title:
            title = content
        elif prop in (
            "article:published_time",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "datepublished",
            "og:published_time",
            "dc.date.issued",
            "article:published",
            "sailthru.date",
            "parsely-pub-date",
            "publish-date",
            "cxenseparse:recs:publishtime",
        ):
            hints.append(content)
    if not title:
        t = doc.find(".//title")
        if t is not None and t.text:
            title = t.text.strip()
        h1 = doc.find(".//h1")
        if h1 is not None:
            h = _text(h1)
            if h and (not title or h in title or len(h) > 15):
                title = h
    for t in doc.iter("time"):
        dt = t.get("datetime")
        if dt:
            hints.append(dt.strip())
            break
    lang = doc.get("lang") or doc.get("xml:lang")
    if not lang:
        for m in doc.iter("meta"):
            if (m.get("http-equiv") or "").lower() == "content-language" or m.get("property") == "og:locale":
                lang = m.get("content")
                break
    return _WS.sub(" ", title).strip(), (lang or "").split("-")[0].split("_")[0].lower() or None, hints


def _clean(doc):
    etree.strip_elements(doc, *DROP_TAGS, with_tail=False)
    # A boilerplate-looking class or id removes the element, unless it holds a large share of the page
    # text: themes put words such as "sidebar" or "widget" on the wrapper of the whole article.
    limit = 0.3 * len(text_content(doc))
    doomed = [el for el in doc.iter(*BLOCK_TAGS) if _is_bad(el)]
    for el in doomed:
        if el.getparent() is not None and len(text_content(el)) < limit:
            _drop(el)
    # hidden elements
    for el in doc.xpath(
        '//*[@hidden or @aria-hidden="true" or contains(@style,"display:none") '
        'or contains(@style,"display: none")]'
    ):
        if el.getparent() is not None:
            _drop(el)


def _drop(el):
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + " " + tail
        else:
            parent.text = (parent.text or "") + " " + tail
    parent.remove(el)


def _score(doc):
    scores: dict = {}
    for el in doc.iter("p", "pre", "td", "blockquote", "div", "li"):
        if el.tag in ("div", "li", "td"):
            # a div counts as a paragraph only when it carries text itself
            own = (el.text or "").strip()
            own_len = len(own) + sum(len((c.tail or "").strip()) for c in el)
            if own_len < 40:
                continue
            text = own
        else:
            text = _text(el)
        n = len(text)
        if n < 25:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        s = 1 + len(_PUNCT.findall(text)) + min(n // 100, 3)
        for node, factor in ((parent, 1.0), (parent.getparent(), 0.5), (_gp(parent, 2), 0.25)):
            if node is None or not isinstance(node.tag, str):
                continue
            if node not in scores:
                scores[node] = _init_score(node)
            scores[node] += s * factor
    return scores


def _gp(el, n):
    for _ in range(n):
        if el is None:
            return None
        el = el.getparent()
    return el


_TAG_SCORE = {
    "div": 5,
    "article": 10,
    "main": 5,
    "section": 3,
    "pre": 3,
    "td": 3,
    "blockquote": 3,
    "form": -3,
    "ol": -3,
    "ul": -3,
    "li": -3,
    "dl": -3,
    "h1": -5,
    "h2": -5,
    "th": -5,
}


def _init_score(el) -> float:
    return _TAG_SCORE.get(el.tag, 0) + _attr_score(_attrs(el), el.get("itemprop") == "articleBody")


@lru_cache(maxsize=8192)
def _attr_score(a: str, article_body: bool) -> int:
    s = 0
    if a.strip():
        if _GOOD.search(a):
            s += 25
        if _BAD.search(a):
            s -= 25
    if article_body:
        s += 50
    return s


_para_text = _text

# Elements whose own text (typed between their block children) can make a paragraph.
_CONTAINERS = ("div", "section", "article", "td", "font", "span", "center")


def _emit(node, out: list[str], emitted: set, links: dict | None = None):
    """Paragraph texts under ``node`` in order, skipping link lists and very short fragments.

    ``emitted`` collects the elements inside an emitted paragraph: nothing under one is emitted twice.
    """
    for el in node.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        own = text = None
        if tag in _CONTAINERS:
            text = _div_para_text(el)
            if text is None:
                own = _own_text(el)
                if len(own) < 40:
                    continue
        if own is not None or tag in PARA_TAGS or (tag == "div" and text is not None):
            if el in emitted:
                continue
            if own is not None:
                text = own
            elif text is None:
                text = _para_text(el)
            if not text:
                continue
            if _link_len(el, links) / max(len(text), 1) > 0.5 and len(text) < 400:
                continue
            if tag == "li" and len(text) < 60:
                continue
            if tag.startswith("h") and len(text) > 200:
                continue
            out.append(text)
            emitted.update(el.iterdescendants())


INLINE = {
    "a",
    "b",
    "i",
    "em",
    "strong",
    "span",
    "br",
    "font",
    "u",
    "sub",
    "sup",
    "small",
    "big",
    "abbr",
    "cite",
    "q",
    "mark",
    "time",
    "s",
    "strike",
    "code",
    "tt",
    "bdi",
    "bdo",
    "wbr",
    "ins",
    "del",
}


def _own_text(el) -> str:
    """Text of ``el`` without its block children (text typed straight into a div, split by <br>)."""
    parts = [el.text or ""]
    for c in el:
        if isinstance(c.tag, str) and c.tag in INLINE:
            parts.append(text_content(c))
        elif isinstance(c.tag, str) and c.tag == "br":
            parts.append("\n")
        parts.append(c.tail or "")
    return _WS.sub(" ", "".join(parts)).strip()


_BLOCK_CHILDREN = ("p", "div", "table", "ul", "ol", "section", "article", "blockquote", "pre")


def _div_para_text(el) -> str | None:
    """The text of ``el`` when it is a paragraph (text, no block children), else None."""
    if any(c.tag in _BLOCK_CHILDREN for c in el if isinstance(c.tag, str)):
        return None
    return _para_text(el) or None


def extract(html: str | bytes) -> PageText:
    """Title, main text (paragraphs separated by blank lines), language and raw date hints."""
    doc = parse(html)
    if doc is None:
        return PageText("", "", None, [])
    title, lang, hints = _meta(doc)
    body = doc.find("body")
    if body is None:
        body = doc
    _clean(body)
    scores = _score(body)
    if not scores:
        text = _para_text(body)
        return PageText(title, text, lang, hints)
    # scale by link density
    links: dict = {}
    best, best_score = None, float("-inf")
    for node, s in scores.items():
        txt_len = len(text_content(node))
        ld = _link_len(node, links) / max(txt_len, 1)
        s = s * (1 - ld)
        scores[node] = s
        if s > best_score:
            best, best_score = node, s
    nodes = [best]
    parent = best.getparent()
    if parent is not None:
        threshold = max(10, best_score * 0.2)
        nodes = []
        for sib in parent:
            if sib is best:
                nodes.append(sib)
            elif sib in scores and scores[sib] >= threshold:
                nodes.append(sib)
            elif isinstance(sib.tag, str) and sib.tag == "p":
                t = _para_text(sib)
                if len(t) > 80 and _link_len(sib, links) / max(len(t), 1) < 0.25:
                    nodes.append(sib)
    out: list[str] = []
    emitted: set = set()
    for n in nodes:
        _emit(n, out, emitted, links)
    return PageText(title, "\n\n".join(out), lang, hints)
