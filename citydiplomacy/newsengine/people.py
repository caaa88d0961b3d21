"""People with their roles, found by rules: no Persian NER model installs offline.

Persian: a given name from ``data/given_names_fa.txt`` (or a name in «guillemets») starts a name that
runs to the next role word, stop word or punctuation; a single unknown token right before a strong
role word (سفیر، سرکنسول، شهردار ...) is taken as a surname. English: runs of capitalised words next to
a role word ("Mayor of Vienna Michael Ludwig", "Mohamed Boudra, mayor of ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .gazetteer import Hit
from .normalize import ZWNJ, name_key

DATA = Path(__file__).resolve().parent / "data"

FA_STOP = set(
    """
و در با به از که را این آن برای تا بر یا هم نیز اما ولی پس اگر چون چه کرد کرد کردند شد شدند است بود
بودند گفت افزود داد دارد های ها یک دو سه روز امروز دیروز سال ماه هفته خود وی او ایشان آنها ما شما
حضور دیدار نشست جلسه مراسم هیئت هیات همراه سرپرستی ریاست عنوان جمله طی ضمن پیش پس سوی سمت
شهر شهرهای شهرداری کشور کشورهای استان دولت وزارت سازمان مرکز امور بین الملل بین‌الملل اداره دفتر
خبرگزاری گزارش خبرنگار ایسنا ایرنا مهر فارس تسنیم جناب آقای خانم دکتر مهندس حجت‌الاسلام والمسلمین
حجت الاسلام آیت‌الله آیت الله سردار سرلشکر استاد
""".split()
)
FA_TITLES = {"آقای", "خانم", "دکتر", "مهندس", "جناب", "حجت‌الاسلام", "سردار", "استاد"}
STRONG_ROLES = {
    "Mayor",
    "Deputy Mayor",
    "Ambassador",
    "Consul General",
    "Consul",
    "Secretary-General",
    "Deputy",
    "Spokesman",
    "Governor",
    "Minister",
    "Foreign Minister",
    "City Council member",
    "City Council Chair",
    "Advisor",
    "Head",
    "Director",
    "Representative",
    "Executive Director",
    "Secretary",
    "Expert",
    "Member",
}
EN_STOP = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "Of",
    "And",
    "For",
    "With",
    "By",
    "From",
    "To",
    "As",
    "He",
    "She",
    "It",
    "They",
    "We",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "These",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Also",
    "During",
    "Upon",
    "After",
    "Before",
    "According",
    "Meanwhile",
    "However",
    "President",
    "Mayor",
    "Deputy",
    "Director",
    "General",
    "Secretary",
    "Minister",
    "Ambassador",
    "Governor",
    "Chairman",
    "Head",
    "Executive",
    "Vice",
    "City",
    "Council",
    "Municipality",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Islamic",
    "Republic",
    "United",
    "Nations",
    "World",
    "International",
    "News",
    "Photo",
    "Tehran",
    "Times",
    "Agency",
    "Press",
    "Daily",
    "Source",
    "Read",
    "More",
    "Updated",
    "Home",
    "Search",
}
_EN_NAME = re.compile(r"\b([A-Z][a-z'\-]+(?:\s+(?:[A-Z][a-z'\-]+|bin|al-[A-Z][a-z]+|van|von|de)){1,3})\b")
_FA_TOKEN = re.compile(r"[\u0600-\u06FF\u200c]+|[«»]|[^\s\u0600-\u06FF]")


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    names = set()
    for line in (DATA / "given_names_fa.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(name_key(line).replace(" ", ""))
    return frozenset(names)


def _role_label(role: Hit, hits_after: list[Hit]) -> str:
    label = role.entry.canonical
    for h in hits_after:
        if h.start < role.end:
            continue
        if h.start - role.end > 40:
            break
        if h.entry.kind in ("city", "country", "organization"):
            return f"{label} ({h.entry.canonical})"
    return label


def find_people(text: str, hits: list[Hit], lang: str) -> list[dict]:
    roles = [h for h in hits if h.entry.kind == "role"]
    places = [h for h in hits if h.entry.kind != "role"]
    found: dict[str, dict] = {}
    if lang == "fa":
        _persian(text, roles, places, found)
    _english(text, roles, places, found)
    return list(found.values())


def _add(found: dict, name: str, role: str):
    name = name.strip(" ،,.«»:\"'()")
    if len(name) < 3:
        return
    key = name.replace(" ", "").replace(ZWNJ, "")
    for k in list(found):
        if key in k or k in key:
            if len(key) > len(k):
                found[key] = {"name": name, "role": found.pop(k)["role"] or role}
            elif role and not found[k]["role"]:
                found[k]["role"] = role
            return
    found[key] = {"name": name, "role": role}


def _persian(text: str, roles: list[Hit], places: list[Hit], found: dict):
    given = given_names()
    spans = [(m.start(), m.end(), m.group(0)) for m in _FA_TOKEN.finditer(text)]
    role_at = {}
    for r in roles:
        for i, (s, _e, _t) in enumerate(spans):
            if s == r.start:
                role_at[i] = r
                break
    place_starts = {h.start for h in places}
    n = len(spans)
    used = set()

    def role_after(j):
        """Role hit at token j (skipping one comma or quote)."""
        for k in (j, j + 1):
            if k in role_at:
                return role_at[k]
            if k < n and spans[k][2] not in ("،", ",", "»", "«", "-"):
                return None
        return None

    i = 0
    while i < n:
        tok = spans[i][2]
        key = name_key(tok).replace(" ", "")
        if tok == "«":
            j = i + 1
            while j < n and spans[j][2] != "»" and j - i <= 5:
                j += 1
            if j < n and spans[j][2] == "»" and 2 <= j - i <= 5:
                words = [t for _s, _e, t in spans[i + 1 : j]]
                if all(re.match(r"^[\u0600-\u06FF\u200c]+$", w) for w in words):
                    r = role_after(j + 1)
                    prev_r = next((role_at[k] for k in (i - 1, i - 2, i - 3) if k in role_at), None)
                    if r or prev_r or words[0] in given:
                        role = _role_label(r, places) if r else (prev_r.entry.canonical if prev_r else "")
                        _add(found, " ".join(words), role)
                        used.update(range(i, j + 1))
            i = j + 1 if j > i else i + 1
            continue
        if key in given and i not in used and spans[i][0] not in place_starts:
            j = i
            while j < n and name_key(spans[j][2]).replace(" ", "") in given and j - i < 3:
                j += 1
            # surname: up to two tokens, stopping at roles, stop words, places and punctuation
            k = j
            while k < n and k - j < 2 and k not in role_at and spans[k][0] not in place_starts:
                t = spans[k][2]
                if t in FA_STOP or not re.match(r"^[\u0600-\u06FF\u200c]+$", t):
                    break
                k += 1
                if role_after(k):
                    break
            if k > j:
                r = role_after(k)
                prev_r = role_at.get(i - 1)
                words = [t for _s, _e, t in spans[i:k]]
                if words and words[0] in FA_TITLES:
                    words = words[1:]
                if r or prev_r or k - j >= 1:
                    role = _role_label(r, places) if r else (prev_r.entry.canonical if prev_r else "")
                    if r or prev_r:
                        _add(found, " ".join(words), role)
                used.update(range(i, k))
                i = k
                continue
        i += 1
    # a lone surname right before a strong role word: "باقری‌پور رئیس ...", "مرکبی معاون ..."
    for idx, r in role_at.items():
        if r.entry.canonical not in (
            "Ambassador",
            "Consul General",
            "Mayor",
            "Deputy",
            "Secretary-General",
            "Spokesman",
            "Head",
            "Advisor",
            "Director",
        ):
            continue
        j = idx - 1
        if j < 0 or j in used:
            continue
        t = spans[j][2]
        before = spans[j - 1][2] if j > 0 else "."
        if (
            re.match(r"^[\u0600-\u06FF\u200c]{3,}$", t)
            and t not in FA_STOP
            and spans[j][0] not in place_starts
            and j - 1 not in role_at
            and (before in ("،", ",", ".", ":", "و", "با", "؛") or j == 0)
            and not t.endswith(("ها", "های", "ای"))
        ):
            _add(found, t, _role_label(r, places))


def _english(text: str, roles: list[Hit], places: list[Hit], found: dict):
    if not re.search(r"[A-Z][a-z]", text):
        return
    role_spans = [
        (r.start, r.end, r)
        for r in roles
        if r.entry.canonical in STRONG_ROLES
        or r.surface.lower() in ("president", "chairman", "counterpart", "chief")
    ]
    counterpart = [(m.start(), m.end(), None) for m in re.finditer(r"\bcounterpart\b|\bcolleague\b", text)]
    place_spans = [(h.start, h.end) for h in places]
    for m in _EN_NAME.finditer(text):
        words = m.group(1).split()
        while words and words[0] in EN_STOP:
            words = words[1:]
        while words and words[-1] in EN_STOP:
            words = words[:-1]
        if len(words) < 2:
            continue
        name = " ".join(words)
        s = m.start() + m.group(1).find(words[0])
        e = s + len(name)
        if any(a < e and s < b for a, b in place_spans):
            continue
        near = None
        for rs, re_, r in role_spans + counterpart:
            if (0 <= s - re_ <= 45) or (0 <= rs - e <= 4):
                near = r
                break
        if near is None and not any(0 <= s - ce <= 3 for _cs, ce, _ in counterpart):
            continue
        role = _role_label(near, places) if near is not None else "Counterpart"
        _add(found, name, role)
