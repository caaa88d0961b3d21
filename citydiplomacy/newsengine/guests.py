"""Who the guests are: cues of a foreign side coming or taking part that ``signals`` (at its size limit) does not hold.

Attendance told of the guests is evidence of hosting: "mayors and delegates from 40 cities attended the
ceremony", «شهرداران ۲۰ شهر از ۹ کشور در این همایش شرکت کردند» have others come to the city's event; the
home side does not attend its own event abroad.

Works on the sentence's text and hits and on the home side (duck-typed: ``home``, ``home_cc``), so that
``signals`` and ``events`` can both use it.
"""

from __future__ import annotations

import re

from . import lexicon as L

S = L.S


def _foreign(h, side) -> bool:
    return (
        h.entry.kind in ("city", "country")
        and bool(h.entry.country)
        and bool(side.home_cc)
        and h.entry.country != side.home_cc
    )


def _home(h, side) -> bool:
    if h.entry.kind == "city":
        return h.entry.canonical == side.home
    return h.entry.kind == "country" and bool(side.home_cc) and h.entry.country == side.home_cc


# -- guests who attend: the home city holds the event -------------------------------------------------
# "Mayors and delegates from 40 cities attended the forum", "representatives of 12 countries took part":
# attendance told of the guests (a group from elsewhere), not of the home side, is evidence of hosting
_GUEST_GROUP_EN = (
    r"\b(?:mayors|delegations|delegates|representatives|guests|participants|officials|envoys|ambassadors"
    r"|diplomats|visitors|experts|leaders)\b"
)
_GUESTS_ATTEND_EN = re.compile(
    _GUEST_GROUP_EN + r"[^.;:]{0,40}?\b(?:from|of)\b(?P<origin>[^.;:]{1,80}?)"
    r"\b(?:attended|took part|participated|joined|were present|gathered)\b",
    re.I,
)
_GUEST_GROUP_FA = (
    r"(?:شهرداران|نمایندگان|هی[ئی]?[اأ]?ت" + S + r"(?:ها|هایی)|مهمانان|میهمانان|مهمانانی|میهمانانی|مقامات"
    r"|سفرا|سفیران|شرکت" + S + r"کنندگان|مدیرانی)"
)
# "با حضور هیئت‌هایی از ...", "شهرداران ۳۰ شهر از ۱۲ کشور در این همایش شرکت کردند"
_GUESTS_ATTEND_FA = re.compile(
    r"با" + S + r"حضور" + S + _GUEST_GROUP_FA + r"(?P<origin>[^.،؛:]{1,80})"
    r"|" + _GUEST_GROUP_FA + r"(?P<origin2>[^.؛:]{1,80}?)(?:شرکت|حضور)" + S + r"(?:کردند|داشتند|یافتند)"
)
# the guests' origin counts places: "from more than 60 cities", "از ۱۲ کشور", "of Asian countries"
_MANY_PLACES = re.compile(
    r"\b(?:cities|countries|nations|municipalities)\b|(?:شهر|کشور)(?:"
    + S
    + r"(?:های|هایی))?(?![\u0600-\u06FF])",
    re.I,
)


def guests_attend(s, side) -> re.Match | None:
    """The sentence has guests from elsewhere attend ("mayors from 60 cities attended the ceremony"): a
    group whose origin names other cities or countries, with no home place among them nor before them."""
    for rx in (_GUESTS_ATTEND_EN, _GUESTS_ATTEND_FA):
        for m in rx.finditer(s.text):
            origin = (
                m.group("origin") if rx is _GUESTS_ATTEND_EN else (m.group("origin") or m.group("origin2"))
            )
            start = m.start()
            # the home side among those who came ("mayors of 20 cities, among them ours"); before "با حضور"
            # ("in the presence of") it is the host
            first = m.start("origin") if rx is _GUESTS_ATTEND_FA and m.group("origin") is not None else 0
            if any(_home(h, side) for h in s.hits if first <= h.start < m.end()):
                continue
            inside = [h for h in s.hits if start <= h.start < m.end()]
            if _MANY_PLACES.search(origin) or any(_foreign(h, side) for h in inside):
                return m
    return None


def many_origins(s, side, m: re.Match) -> bool:
    """The guests of ``m`` come from two or more foreign cities ("guests from Konya and Khujand"): with the
    hosts, a meeting of many parties, a gathering the home city holds, not two sides' talks."""
    origin = (
        m.group("origin") if "origin2" not in m.re.groupindex else (m.group("origin") or m.group("origin2"))
    )
    start = m.start("origin") if m.group("origin") is not None else m.start("origin2")
    cities = {
        h.entry.canonical
        for h in s.hits
        if h.entry.kind == "city" and _foreign(h, side) and start <= h.start < start + len(origin)
    }
    return len(cities) >= 2
