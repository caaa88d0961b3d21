"""People with their roles, found by rules: no Persian NER model installs offline.

Persian: a given name from ``data/given_names_fa.txt`` or ``given_names_foreign_fa.txt`` (or a name in «guillemets») starts a name that
runs to the next role word, stop word or punctuation; a single unknown token right before a strong
role word (سفیر، سرکنسول، شهردار ...) is taken as a surname. English: runs of capitalised words next to
a role word ("Mayor of Graz Anna Keller", "Tomas Varga, mayor of ..."), in ``people_en.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import people_fa_more as more
from .gazetteer import Hit
from .normalize import ZWNJ, name_key
from .partners import other_news_start
from .people_en import english_people, role_label

DATA = Path(__file__).resolve().parent / "data"

FA_STOP = set(
    """
و در با به از که را این آن برای تا بر یا هم نیز اما ولی پس اگر چون چه کرد کرد کردند شد شدند است بود
بودند گفت افزود داد دارد های ها یک دو سه روز امروز دیروز سال ماه هفته خود وی او ایشان آنها ما شما
حضور دیدار نشست جلسه مراسم هیئت هیات همراه سرپرستی ریاست عنوان جمله طی ضمن پیش پس سوی سمت
شهر شهرهای شهرداری کشور کشورهای استان دولت وزارت سازمان مرکز امور بین الملل بین‌الملل اداره دفتر
خبرگزاری گزارش خبرنگار ایسنا ایرنا مهر فارس تسنیم جناب آقای خانم دکتر مهندس حجت‌الاسلام والمسلمین
حجت الاسلام آیت‌الله آیت الله سردار سرلشکر استاد
رسید رسیدند گردید گردیدند آمد آمدند رفت رفتند دارند پرداخت پرداختند
""".split()
)
FA_TITLES = {"آقای", "خانم", "دکتر", "مهندس", "جناب", "حجت‌الاسلام", "سردار", "استاد"}
# Persian letters (not the Arabic comma, semicolon and question mark, which are tokens of their own)
_FA_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u200c"
_FA_TOKEN = re.compile(f"[{_FA_LETTERS}]+|[^\\s{_FA_LETTERS}]")


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    names = set()
    for path in ("given_names_fa.txt", "given_names_fa_more.txt", "given_names_foreign_fa.txt"):
        for line in (DATA / path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                names.add(name_key(line).replace(" ", ""))
    # a prefix written joined to the name: «سیدمرتضی», «سیده‌فاطمه», «حاج‌علی»
    prefixes = ("سید", "سیده", "حاج")
    names |= {p + n for n in names for p in prefixes if n not in prefixes}
    return frozenset(names)


@lru_cache(maxsize=4096)
def is_given_name(key: str) -> bool:
    """A given name of the lists, or two of them written as one: «امیرعلی», «علی‌اصغر», «محمدامیر»."""
    names = given_names()
    if key in names:
        return True
    key = key.replace(ZWNJ, "")
    return key in names or any(key[:k] in names and key[k:] in names for k in range(2, len(key) - 1))


def find_people(text: str, hits: list[Hit], lang: str) -> list[dict]:
    # the page's list of other stories names other stories' people
    text = text[: other_news_start(text)]
    hits = [h for h in hits if h.end <= len(text)]
    roles = [h for h in hits if h.entry.kind == "role"]
    places = [h for h in hits if h.entry.kind != "role"]
    found: dict[str, dict] = {}
    glosses: list[tuple[int, int]] = []
    if lang == "fa":
        _persian(text, roles, places, found)
        glosses = _persian_names_latin_glosses(text)
    for name, role in english_people(text, roles, places, glosses):
        _add(found, name, role)
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


# Words that are not names, though they sit where a name could (between a cue and a role word).
FA_COMMON = set(
    """
همچنین سپس نیز وی معاونان مدیران اعضای جمعی تعدادی سفیران شهرداران نمایندگان مسئولان مقامات
جدید سابق پیشین فعلی وقت محترم کشورمان عنوان همتای همتایان ویژه عالی اول کل ارشد دائم نخست قبلی
بعدی اسبق منتخب نخستین فرهنگی اجتماعی اقتصادی سیاسی فنی عمرانی مالی استان شهرستان منطقه مناطق
هماهنگی توسعه برنامه خواستار پیشنهاد تاکید تأکید اعلام ابراز بیان اشاره استقبال اظهار نمود داشت
همراهی مشترک دیگر سایر برخی همه کلیه جمهوری اسلامی فدراسیون سفارت سرکنسولگری کنسولگری نمایندگی
انجمن مجمع اتحادیه شبکه کمیسیون کمیته ستاد معاونت مدیریت روابط عمومی ارتباطات بین‌المللی
بین‌الملل الملل خارجه خارجی داخلی شهری کشوری ملی محلی دولتی امروز دیروز فردا صبح عصر شب ظهر
هفته گذشته آینده جاری اخیر کرد کردند شد شدند گرفت گرفتند قرار انجام صورت اینکه آنکه همین چنین چنان بسیار بیش کمتر بیشتر حاضر حضور دیدار
گفت‌وگو گفتگو گفتوگو مذاکره نشست جلسه مراسم اجلاس همایش ضمن طی هنگام پایان آغاز ادامه
ارسال نامه پیام حکم دستور حمایت ابتکار همت تلاش پیگیری دعوت سفر مشارکت همکاری کمک درخواست
نظر دیدگاه سخنان اظهارات گفته تاکیدات اعلام دیدگاه‌های موافقت مخالفت تصمیم اقدام عمل حال عین
عضویت ریاست نمایندگی دبیرخانه اساس طبق براساس مطابق همراهان هیئت هیات هیأت رأس راس سوی طرف جانب نزد مقام حکومت
درباره پیرامون دربارهٔ گفت‌وگوی گفتگوی گفتوگوی بازدید سخنرانی
""".split()
)
# texts write ئ and ی both ("هیئت", "هییت"): hold both spellings
FA_STOP |= {w.replace("ئ", "ی") for w in FA_STOP}
FA_COMMON |= {w.replace("ئ", "ی") for w in FA_COMMON}

# Tokens after which a person's name may start: punctuation, conjunctions and the heads of phrases
# that take a person ("با حضور X", "دیدار X", "به امضای X", "به سرپرستی X", "استقبال X").
FA_LEFT_CUE = {
    "،",
    ",",
    ".",
    ":",
    "؛",
    "!",
    "؟",
    "(",
    ")",
    "-",
    "«",
    "»",
    "و",
    "با",
    "را",
    "حضور",
    "دیدار",
    "امضای",
    "سرپرستی",
    "ریاست",
    "استقبال",
    "توسط",
    "همراه",
    "گفت",
}
# Tokens that close a name written after a role and a place ("شهردار کازان، X Y، در ...").
FA_RIGHT_CUE = {
    "،",
    ",",
    ".",
    ":",
    "؛",
    ")",
    "در",
    "با",
    "و",
    "گفت",
    "افزود",
    "اظهار",
    "طی",
    "ضمن",
    "روز",
    "امروز",
    "صبح",
    "عصر",
    "نیز",
    "هم",
    "به",
}
# Cues after a name that make a given name + surname a person even with no role word nearby.
FA_SPEECH_AFTER = {
    "ظهر",
    "شامگاه",
    "بامداد",
    "گفت",
    "افزود",
    "اظهار",
    "تاکید",
    "تأکید",
    "بیان",
    "خاطرنشان",
    "تصریح",
    "امروز",
    "صبح",
    "عصر",
    "دیروز",
    "روز",
}
# Given names that are also common words ("امید" hope, "حسن همجواری"): they need a role or a title.
# words that follow a sentence's subject: the name before them is whole ("X Y با شهردار ...")
_FA_AFTER_SUBJECT = {"با", "در", "گفت", "اظهار", "ضمن", "طی", "امروز", "روز", "صبح", "عصر", "نیز"}
# verbs of saying that close a sentence whose subject is a person ("... گفت", "... اظهار کرد")
_FA_SAYING = {
    "گفت",
    "افزود",
    "اظهار",
    "تاکید",
    "تأکید",
    "خاطرنشان",
    "تصریح",
    "یادآور",
    "یادآوری",
    # "X ... را ... دانست" (held that), "X ... برشمرد", "X خواستار ... شد", "X ابراز امیدواری کرد"
    "دانست",
    "برشمرد",
    "خواستار",
    "ابراز",
    # verbs of meeting: "X ... با Y گفت‌وگو کرد"
    "گفت‌وگو",
    "گفتگو",
    "گفتوگو",
}
FA_AMBIGUOUS_GIVEN = {"امید", "حسن", "کمال", "جمال", "جلال", "صالح", "امین", "پیروز", "بهمن", "سعید"}
FA_AMBIGUOUS_GIVEN |= {"سالم", "عادل", "کبری", "قربان", "مراد"}  # healthy, just, major, sacrifice, wish
FA_AMBIGUOUS_GIVEN |= {
    "سپیده",
    "عمر",
    "سحر",
    "ترانه",
    "شبنم",
    "نگین",
    "شاهین",
    "سلطان",
}  # dawn, life, song ...
# Roles strong enough to anchor a name written before them with no given name ("ایگور سمیونوف سرکنسول").
FA_ANCHOR_ROLES = {
    "Chargé d'affaires",
    "Counsellor",
    "Prime Minister",
    "Mayor",
    "Deputy Mayor",
    "Ambassador",
    "Consul General",
    "Consul",
    "Secretary-General",
    "Secretary",
    "Minister",
    "Foreign Minister",
    "Governor",
    "Head",
    "Deputy",
    "Spokesman",
    "President",
    "Representative",
    "City Council member",
    "City Council Chair",
    "Executive Director",
}
# Roles after which a place and then a name in apposition follow ("شهردار کازان، X Y،").
FA_APPOSITION_ROLES = FA_ANCHOR_ROLES - {"Head", "Deputy", "Secretary"}
FA_PLACE_GLUE = {
    "در",
    "کشور",
    "شهر",
    "سفارت",
    "کنسولگری",
    "سرکنسولگری",
    "جمهوری",
    "اسلامی",
    "فدراسیون",
    "کشورمان",
    "پادشاهی",
    "ایالت",
    "استان",
}
_FA_NAME_PARTICLES = {"بن", "بنت", "ابن"}
_FA_WORD = re.compile(f"^[{_FA_LETTERS}]+$")
_LATIN_GLOSS = re.compile(r"\((?=[A-Za-z\u00c0-\u017f])[A-Za-z\u00c0-\u017f'’. \-]{3,60}\)")
_QUOTES = {"«": "»", "“": "”", '"': '"', "ˈ": "ˈ"}


def _name_like(t: str) -> bool:
    # a word with the copula glued on ("دنیاست", "is the world") is a predicate, not a name
    return (
        bool(_FA_WORD.match(t))
        and len(t) >= 2
        and t not in FA_STOP
        and t not in FA_COMMON
        and not (len(t) > 4 and t.endswith("است"))
    )


# words of a body's or a place's name, which a role and its holder's name may have between them
_FA_BODY_WORDS = set(
    "شهر شهرهای شهرداری کشور کشورهای استان دولت وزارت سازمان مرکز امور بین الملل بین‌الملل اداره دفتر".split()
)


class _Tokens:
    """Persian text as tokens, with the roles, places and names found so far."""

    def __init__(self, text: str, roles: list[Hit], places: list[Hit]):
        self.text = text
        self.places = places
        self.spans = [(m.start(), m.end(), m.group(0)) for m in _FA_TOKEN.finditer(text)]
        self.n = len(self.spans)
        starts = {s: i for i, (s, _e, _t) in enumerate(self.spans)}
        self.role_at = {starts[r.start]: r for r in roles if r.start in starts}
        self.place_starts = {h.start for h in places}
        # tokens covered by any gazetteer hit (a place, an organization or a role)
        self.covered: set[int] = set()
        for h in roles + places:
            i = starts.get(h.start)
            while i is not None and i < self.n and self.spans[i][0] < h.end:
                self.covered.add(i)
                i += 1
        self.used: set[int] = set()
        # a name's spelling in Latin letters in brackets after it: "جووانی لوروسو (Giovanni Lorusso) شهردار"
        self.gloss_after: dict[int, int] = {}
        self.gloss_before: dict[int, int] = {}
        for m in _LATIN_GLOSS.finditer(text):
            a, b = starts.get(m.start()), starts.get(m.end() - 1)
            if a is not None and b is not None and b + 1 < self.n:
                self.gloss_after[a] = b + 1
                self.gloss_before[b] = a - 1

    def tok(self, i: int) -> str:
        return self.spans[i][2]

    def words(self, a: int, b: int) -> list[str]:
        return [self.spans[k][2] for k in range(a, b)]

    def gap_has_break(self, a: int, b: int) -> bool:
        """A line break between tokens a and b."""
        return "\n" in self.text[self.spans[a][1] : self.spans[b][0]]

    def role_after(self, j: int) -> Hit | None:
        """Role hit at token j (skipping one comma or quote, or a name's Latin spelling in brackets)."""
        j = self.gloss_after.get(j, j)
        for k in (j, j + 1):
            if k in self.role_at:
                return self.role_at[k]
            if k < self.n and self.spans[k][2] not in ("،", ",", "»", "«", "-"):
                return None
        return None

    def role_before(self, i: int, reach: int = 5) -> Hit | None:
        """A role hit within ``reach`` tokens before i, over places and the words of a body's name
        ("نایب‌رئیس انجمن شهرهای ساحلی النا ..."), not over a preposition, a verb or punctuation."""
        for k in range(i - 1, max(-1, i - 1 - reach), -1):
            if k in self.role_at:
                return self.role_at[k]
            t = self.spans[k][2]
            if k not in self.covered and (
                not _FA_WORD.match(t) or (t in FA_STOP and t not in _FA_BODY_WORDS)
            ):
                return None
            if self.gap_has_break(k, k + 1):
                return None
        return None

    def subject_of_speech(self, i: int, k: int) -> bool:
        """Tokens i..k open a sentence (or follow «به گزارش ...،») whose verb is one of saying:
        "علی رضایی در دیدار با ... گفت", "به گزارش ایسنا، علی رضایی امروز در نشست ... تأکید کرد"."""
        if i > 0 and not self.gap_has_break(i - 1, i) and self.tok(i - 1) not in (".", "!", "؟", ":"):
            if self.tok(i - 1) not in ("،", ","):
                return False
            back = self.words(max(0, i - 12), i - 1)
            if "گزارش" not in back or any(t in (".", "؟", "!") for t in back[back.index("گزارش") :]):
                return False
        for j in range(k, min(self.n, k + 40)):
            t = self.tok(j)
            if t in (".", "!", "؟") or self.gap_has_break(j - 1, j):
                return False
            if t in _FA_SAYING:
                return True
        return False

    def label(self, r: Hit | None, prev: Hit | None = None) -> str:
        if r:
            return role_label(r, self.places)
        return prev.entry.canonical if prev else ""


def _persian(text: str, roles: list[Hit], places: list[Hit], found: dict):
    """The Persian rules, in order; each later rule skips the tokens an earlier one took."""
    tk = _Tokens(text, roles, places)
    _given_name_runs(tk, found)
    _names_before_roles(tk, found)
    _names_after_titles(tk, found)
    _names_in_apposition(tk, found)
    more.surname_echoes(tk, found, _name_like)
    more.foreign_surnames(tk, found, _name_like)
    more.told_the_press(tk, found, _name_like)
    more.joined_to_a_person(
        tk,
        found,
        _name_like,
        lambda t: t not in FA_AMBIGUOUS_GIVEN and is_given_name(name_key(t).replace(" ", "")),
    )


def _quoted_name(tk: _Tokens, i: int, found: dict) -> int:
    """A name in «guillemets» next to a role, or a quoted given name and surname; the next index."""
    close = _QUOTES[tk.tok(i)]
    j = i + 1
    while j < tk.n and tk.tok(j) != close and j - i <= 5:
        j += 1
    if j < tk.n and tk.tok(j) == close and 2 <= j - i <= 5:
        words = tk.words(i + 1, j)
        inner_place = any(k in tk.covered for k in range(i + 1, j))
        if not inner_place and all(_FA_WORD.match(w) for w in words):
            r = tk.role_after(j + 1)
            prev_r = next((tk.role_at[k] for k in (i - 1, i - 2, i - 3) if k in tk.role_at), None)
            speech = j + 1 < tk.n and tk.tok(j + 1) in FA_SPEECH_AFTER
            if (
                r
                or prev_r
                or (is_given_name(name_key(words[0]).replace(" ", "")) and (len(words) >= 2 or speech))
            ):
                _add(found, " ".join(words), tk.label(r, prev_r))
                tk.used.update(range(i, j + 1))
    return j + 1 if j > i else i + 1


def _given_name_run(tk: _Tokens, i: int, found: dict) -> int | None:
    """A known given name (or two) and a surname of up to two tokens, kept when a role, a title or a
    speech verb is next to it; the index after it, or None when no surname follows."""
    j = i
    while j < tk.n and is_given_name(name_key(tk.tok(j)).replace(" ", "")) and j - i < 3:
        j += 1
    # surname: up to two tokens, stopping at roles, stop words, places and punctuation
    k = j
    # «بن» adds a word: "راشد بن سعید الکعبی"
    reach = 2 + sum(1 for x in range(j, min(tk.n, j + 3)) if tk.tok(x) in _FA_NAME_PARTICLES)
    while k < tk.n and k - j < reach and k not in tk.role_at and tk.spans[k][0] not in tk.place_starts:
        t = tk.tok(k)
        if t in FA_STOP or t in FA_COMMON or t in FA_SPEECH_AFTER or not _FA_WORD.match(t):
            break
        if k > j and not _second_surname_part(tk.tok(j), t):
            break
        k += 1
        if tk.role_after(k):
            break
    if k == j:
        return None
    r = tk.role_after(k)
    prev_r = tk.role_before(i)
    i = _patronymic_start(tk, i)
    words = tk.words(i, k)
    title = i > 0 and tk.tok(i - 1) in FA_TITLES
    speech = (k < tk.n and tk.tok(k) in FA_SPEECH_AFTER) or tk.subject_of_speech(i, k)
    weak_ok = words[0] not in FA_AMBIGUOUS_GIVEN and not any(w in FA_COMMON for w in words)
    # «به گزارش ایرنا، علی رضایی در این دیدار ...»: the sentence's subject after the agency's dateline
    dateline = len(words) >= 2 and more.after_dateline(tk, i) and (weak_ok or speech)
    if r or prev_r or title or (speech and weak_ok) or dateline:
        _add(found, " ".join(words), tk.label(r, prev_r))
        tk.used.update(range(i, k))  # a run not taken here is left to the later rules (apposition)
    return k


def _patronymic_start(tk: _Tokens, i: int) -> int:
    """The start of a name whose given name at i follows «بن»: "راشد بن سعید ..." starts at «راشد»."""
    if (
        i >= 2
        and tk.tok(i - 1) in _FA_NAME_PARTICLES
        and i - 2 not in tk.covered
        and _name_like(tk.tok(i - 2))
    ):
        return i - 2
    return i


def _second_surname_part(first: str, word: str) -> bool:
    """A surname runs to a second word ("ثابت قدم") unless its first is a compound of its own
    ("کاویانی‌پور گسترش ...": a name, then a noun)."""
    return ZWNJ not in first


def _given_name_runs(tk: _Tokens, found: dict):
    i = 0
    while i < tk.n:
        tok = tk.tok(i)
        if tok in _QUOTES:
            i = _quoted_name(tk, i, found)
            continue
        key = name_key(tok).replace(" ", "")
        if is_given_name(key) and i not in tk.used and tk.spans[i][0] not in tk.place_starts:
            nxt = _given_name_run(tk, i, found)
            if nxt is not None:
                i = nxt
                continue
        i += 1


def _names_before_roles(tk: _Tokens, found: dict):
    """A name with no known given name right before a strong role word: "کرمانی‌نژاد رئیس ...",
    "با ایگور سمیونوف سرکنسول ...", "، پاول لبدف، وزیر ..." (1-3 tokens after a cue)."""
    for idx, r in sorted(tk.role_at.items()):
        if r.entry.canonical not in FA_ANCHOR_ROLES:
            continue
        end = idx - 1
        if end >= 0 and tk.tok(end) in ("،", ","):
            end -= 1
        end = tk.gloss_before.get(end, end)
        if end >= 0 and tk.gap_has_break(end, idx):
            continue  # a line ends before the role: a headline's last words, not a name
        j = end
        while (
            j >= 0
            and end - j < 5
            and j not in tk.covered
            and j not in tk.used
            and _name_like(tk.tok(j))
            and tk.tok(j) not in FA_LEFT_CUE  # "توسط X، رئیس ...": the cue before the name
        ):
            if j < end and tk.gap_has_break(j, j + 1):
                break
            j -= 1
        count = end - j
        if count == 4 and not any(tk.tok(x) in _FA_NAME_PARTICLES for x in range(j + 2, end)):
            j, count = end - 3, 3  # four words only with «بن» inside: "سالم بن حمد الحارثی"
        if not 1 <= count <= 4:
            continue
        cue = j < 0 or tk.tok(j) in FA_LEFT_CUE or tk.tok(j) in FA_TITLES or tk.gap_has_break(j, j + 1)
        if not cue:
            continue
        words = tk.words(j + 1, end + 1)
        if any(w.endswith(("ها", "های", "ای", "هایی")) for w in words) or (count == 1 and len(words[0]) < 3):
            continue
        if max(len(w) for w in words) < 3:
            continue
        _add(found, " ".join(words), role_label(r, tk.places))
        tk.used.update(range(j + 1, end + 1))


def _names_after_titles(tk: _Tokens, found: dict):
    """A name after «آقای/خانم/دکتر/مهندس» with no role word next to it: "آقای هوفمان گفت ...", "خانم کلاین، ..."."""
    for i in range(tk.n - 1):
        if tk.tok(i) not in ("آقای", "خانم", "جناب", "دکتر", "مهندس"):
            continue
        k = i + 1
        while k < tk.n and k - i <= 2 and k not in tk.covered and k not in tk.used and _name_like(tk.tok(k)):
            k += 1
        if k == i + 1 or k >= tk.n:
            continue
        nxt = tk.tok(k)
        if not (
            nxt in FA_RIGHT_CUE or nxt in FA_SPEECH_AFTER or k in tk.role_at or tk.gap_has_break(k - 1, k)
        ):
            continue
        words = tk.words(i + 1, k)
        if any(w.endswith(("ها", "های", "ای")) for w in words) or max(len(w) for w in words) < 3:
            continue
        # "سفیر اندونزی آقای ...": the role before the title is the person's too
        _add(found, " ".join(words), tk.label(tk.role_after(k), tk.role_before(i)))
        tk.used.update(range(i + 1, k))


def _ends_in_glue(tk: _Tokens, k: int) -> bool:
    """The role's place phrase ends in a glue word with no place after it: "شهردار تهران در آیین ...",
    where «در» opens the sentence's own phrase, not "سفیر روسیه در تهران"."""
    return k - 1 not in tk.covered and tk.tok(k - 1) in FA_PLACE_GLUE


def _names_in_apposition(tk: _Tokens, found: dict):
    """A name in apposition after a role and a place: "شهردار کازان، X Y، ...", "سفیر روسیه در تهران، X Y"."""
    for idx, r in sorted(tk.role_at.items()):
        if r.entry.canonical not in FA_APPOSITION_ROLES:
            continue
        k = idx
        while k < tk.n and k in tk.covered and (k == idx or k not in tk.role_at):
            k += 1
        saw_place = k > idx + 1 if idx in tk.covered else False
        steps = 0
        while (
            k < tk.n and steps < 6 and (k in tk.covered and k not in tk.role_at or tk.tok(k) in FA_PLACE_GLUE)
        ):
            saw_place = saw_place or k in tk.covered
            k += 1
            steps += 1
        if not saw_place or k >= tk.n or _ends_in_glue(tk, k):
            continue
        comma = tk.tok(k) in ("،", ",")
        if comma:
            k += 1
        m = k
        while m < tk.n and m - k < 3 and m not in tk.covered and m not in tk.used and _name_like(tk.tok(m)):
            m += 1
        count = m - k
        # without a comma the name is two or three words before the verb's phrase:
        # "سفیر مالزی در تهران خالد عبدالرحمن با شهردار ..."
        bare = not comma and 2 <= count <= 3 and m < tk.n and tk.tok(m) in _FA_AFTER_SUBJECT
        if not (comma or bare) or count < 1 or m >= tk.n:
            continue
        if tk.tok(m) not in FA_RIGHT_CUE and m not in tk.role_at:
            continue
        if comma and count == 1 and tk.tok(m) not in ("،", ","):
            continue
        words = tk.words(k, m)
        if max(len(w) for w in words) < 3 or any(w.endswith(("ها", "های")) for w in words):
            continue
        _add(found, " ".join(words), role_label(r, tk.places))
        tk.used.update(range(k, m))


def _persian_names_latin_glosses(text: str) -> list[tuple[int, int]]:
    """Spans of Latin spellings in brackets right after a Persian word: a Persian text names its
    people in Persian ("جووانی لوروسو (Giovanni Lorusso)"), the Latin is only the spelling."""
    out = []
    for m in _LATIN_GLOSS.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()].strip()
        if before and _FA_WORD.match(before[-1]):
            out.append((m.start(), m.end()))
    return out
