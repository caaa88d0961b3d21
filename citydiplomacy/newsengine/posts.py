"""Posts in an international body: an appointment that ``signals.joins_body`` (at its size limit) did not see.

A network's officer names a city's official to one of its posts by decree ("با حکم دبیرکل ... به عنوان
رئیس کمیته ... این سازمان منصوب شد", "was appointed chair of the network's committee by its Secretary
General"): a post in the body, membership news, not a statement, however many words the post's name takes.
A municipality's own appointment ("با حکم شهردار ... مدیرکل ... منصوب شد") is none: the post must be in an
international organization the sentence names.
"""

from __future__ import annotations

import re

from . import lexicon as L

S = L.S

# the posts of a body: its chair, deputy, secretary, a member of its board, the head of one of its organs
_POST_FA = (
    r"(?:نایب" + S + r")?(?:رئیس|ریاست|رییس)|دبیر(?!" + S + r"کل)|عضو|هماهنگ" + S + r"کننده|سفیر|نماینده"
)
_POST_EN = (
    r"(?:vice[- ]|co-?)?(?:chair(?:man|woman|person)?|president)|secretary|member|coordinator|head|ambassador"
    r"|representative|envoy"
)
# "(با حکم دبیرکل ...) به عنوان <post> ... منصوب شد", "appointed (as) <post> of ... (by the secretary general)"
_APPOINTED = re.compile(
    r"به"
    + S
    + r"عنوان"
    + S
    + r"(?:"
    + _POST_FA
    + r")(?![\u0600-\u06FF])[^.؛]{0,90}?(?:منصوب|برگزیده|انتخاب)"
    + S
    + r"(?:شد|گردید)"
    r"|\b(?:appointed|named)\s+(?:as\s+)?(?:the\s+)?(?:" + _POST_EN + r")\b",
    re.I,
)
# a post of the city itself: its municipality, its council, a department of its own
_OWN_POST = re.compile(
    r"شهرداری|شورای" + S + r"(?:اسلامی" + S + r")?شهر|\bmunicipal|\bcity (?:hall|council)\b", re.I
)


# "<city> <post> <body> شد", "X became (the) coordinator of <body>": a city or its official takes a post in the
# body the words after the post name (its sub-network, its board); the body's name closes the clause
_BECAME_FA = re.compile(
    r"(?:^|\s)(?:" + _POST_FA + r")(?:" + S + r"(?:هیئت|هیات)" + S + r"مدیره)?\s+(?:[^\s.،؛:]+\s+){0,6}?"
    r"(?P<body>[^\s.،؛:]+)\s+شد(?![\u0621-\u064A\u0671-\u06D3])"
)
_BECAME_EN = re.compile(
    r"\b(?:becomes?|became|elected|named|chosen|selected|takes over as|took over as)\s+(?:as\s+)?"
    r"(?:the\s+|a\s+|an\s+|one of the\s+)?(?:new\s+)?(?:" + _POST_EN + r")s?\s+(?:of|in|on)\s+",
    re.I,
)


def _became_post(s) -> bool:
    """The sentence gives a city or its official a post in the body it names right after the post."""
    orgs = [h for h in s.hits if h.entry.kind == "organization"]
    if not orgs:
        return False
    for rx in (_BECAME_FA, _BECAME_EN):
        for m in rx.finditer(s.text):
            if _OWN_POST.search(s.text[m.start() : m.end()]):
                continue
            if rx is _BECAME_FA and any(m.start() < h.start and h.end <= m.end("body") + 1 for h in orgs):
                return True  # the body's name closes the clause before «شد»
            if rx is _BECAME_EN and any(
                0 <= h.start - m.end() <= 40 and not re.search(r"[.,;]", s.text[m.end() : h.start])
                for h in orgs
            ):
                return True  # the body's name follows "of"
    return False


def appointed_to_post(s) -> bool:
    """The sentence appoints someone to a post in an international body it names (by the body's officer's
    decree before, or the body's name after), not to a post of the city's own."""
    for m in _APPOINTED.finditer(s.text):
        if _OWN_POST.search(s.text[m.start() : m.end() + 60]):
            continue
        if any(h.entry.kind == "organization" for h in s.hits):
            return True
    return _became_post(s)
