"""More Persian people rules, for names whose given name no list has (``people.py`` runs them last).

* Surname echo: the press names a person in full once and by the surname alone after that ("فرناز
  کاظمی‌پور ... گفت" ... "کاظمی‌پور افزود"): a word that opens a sentence of saying on its own names the
  person whose two or three words end in it elsewhere.
* Foreign surnames: a surname with a Russian, Central Asian or Slavic ending («‌اف», «‌یف», «‌وف», «ویچ»,
  «‌اوا») after a cue is a person's name with the word or two before it.
* Told the press: a sentence opened by two or three words that then "told ISNA" or spoke "in an interview
  with IRNA's reporter" («... امروز به خبرنگار ایرنا گفت», «... در گفت‌وگو با ایمنا») is opened by a name.
"""

from __future__ import annotations

from .normalize import ZWNJ

_SENTENCE_END = (".", "!", "؟", ":")
# endings of Russian, Central Asian and Slavic surnames as the Persian press writes them
_FOREIGN_ENDINGS = ("وف", "یف", "اف", "ویچ", "اوا", "ووا", "یوا")
# words of seven letters or more with such an ending (sandwich, paragraph, appeal, undecided)
_FOREIGN_LOOKALIKES = {"ساندویچ", "پاراگراف", "استیناف", "بلاتکلیف", "ساندویچی"}
# whom a person "tells": a reporter, a news agency
_TOLD_TO = {
    "خبرنگار",
    "خبرنگاران",
    "ایسنا",
    "ایرنا",
    "ایلنا",
    "ایمنا",
    "ایکنا",
    "مهر",
    "فارس",
    "تسنیم",
    "همشهری",
    "برنا",
    "رکنا",
    "شبستان",
}
# what may stand between the name and «به خبرنگار ...»: the time of saying
_TIME_FILLER = set(
    """
    امروز دیروز روز صبح عصر ظهر شب شامگاه بامداد گذشته شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه
    پنج‌شنبه جمعه فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ماه
    """.split()
)


def _is_sentence_start(tk, i: int) -> bool:
    return i == 0 or tk.gap_has_break(i - 1, i) or tk.tok(i - 1) in _SENTENCE_END


def after_dateline(tk, i: int) -> bool:
    """Token i follows «به گزارش ...،», the agency's dateline, and its comma."""
    if i == 0 or tk.tok(i - 1) not in ("،", ","):
        return False
    back = tk.words(max(0, i - 12), i - 1)
    return "گزارش" in back and not any(t in _SENTENCE_END for t in back[back.index("گزارش") :])


def _opens(tk, i: int) -> bool:
    """Token i opens a sentence, or follows the agency's dateline."""
    return _is_sentence_start(tk, i) or after_dateline(tk, i)


# what a surname alone opening a sentence is followed by: a speaker's colon (an interview), a verb of
# saying or proposing («X نیز پیشنهاد کرد», «X ادامه داد»)
_ECHO_NEXT = {
    ":",
    "ادامه",
    "پیشنهاد",
    "گفت",
    "افزود",
    "اظهار",
    "تصریح",
    "تاکید",
    "تأکید",
    "خاطرنشان",
    "یادآور",
}


def _free(tk, k: int, name_like) -> bool:
    return k not in tk.covered and k not in tk.used and name_like(tk.tok(k))


def _run_before(tk, end: int, name_like, most: int = 3) -> int | None:
    """The start of a run of up to ``most`` free name words ending at ``end``, opened by a cue."""
    from .people import FA_LEFT_CUE, FA_TITLES

    j = end
    while j >= 0 and end - j < most and _free(tk, j, name_like) and tk.tok(j) not in FA_LEFT_CUE:
        if j < end and tk.gap_has_break(j, j + 1):
            break
        j -= 1
    if j == end:
        return None
    start = j + 1
    if j < 0 or tk.gap_has_break(j, start) or tk.tok(j) in FA_LEFT_CUE or tk.tok(j) in FA_TITLES:
        return start
    if j in tk.role_at or j in tk.covered:
        return start
    return None


def _take(tk, found: dict, a: int, b: int):
    """Words a..b (inclusive) as a person, with the role next to them."""
    from .people import _add

    words = tk.words(a, b + 1)
    if max(len(w) for w in words) < 3 or any(w.endswith(("ها", "های")) for w in words):
        return
    _add(found, " ".join(words), tk.label(tk.role_after(b + 1), tk.role_before(a)))
    tk.used.update(range(a, b + 1))


def surname_echoes(tk, found: dict, name_like):
    """Names whose last word opens a sentence of saying on its own elsewhere in the text."""
    echoed = set()
    for j in range(tk.n):
        t = tk.tok(j)
        if len(t) < 4 or not _free(tk, j, name_like) or not _is_sentence_start(tk, j):
            continue
        if j + 1 < tk.n and _free(tk, j + 1, name_like) and tk.tok(j + 1) not in ("نیز", "در", "با"):
            continue  # two name words: a name in full, not a surname alone
        nxt = j + 1
        while nxt < tk.n and nxt - j <= 2 and tk.tok(nxt) in ("نیز", "همچنین", "هم"):
            nxt += 1
        if (nxt < tk.n and tk.tok(nxt) in _ECHO_NEXT) or tk.subject_of_speech(j, j + 1):
            echoed.add(t)
    if not echoed:
        return
    for k in range(1, tk.n):
        if tk.tok(k) not in echoed or not _free(tk, k, name_like) or not _free(tk, k - 1, name_like):
            continue
        start = _run_before(tk, k, name_like)
        if start is not None and start < k:
            _take(tk, found, start, k)


def _foreign_surname(t: str) -> bool:
    if not t.endswith(_FOREIGN_ENDINGS) or t in _FOREIGN_LOOKALIKES:
        return False
    if any(t.endswith(ZWNJ + e) for e in _FOREIGN_ENDINGS):
        return True
    return len(t.replace(ZWNJ, "")) >= 7


def foreign_surnames(tk, found: dict, name_like):
    """A surname with a Russian, Central Asian or Slavic ending and the word or two before it."""
    for k in range(1, tk.n):
        if not _foreign_surname(tk.tok(k)) or not _free(tk, k, name_like) or not _free(tk, k - 1, name_like):
            continue
        start = _run_before(tk, k, name_like)
        if start is not None and start < k:
            _take(tk, found, start, k)


def told_the_press(tk, found: dict, name_like):
    """Two or three words that open a sentence and then tell a reporter or an agency."""
    for i in range(tk.n):
        if not _opens(tk, i) or not _free(tk, i, name_like):
            continue
        k = i
        while k < tk.n and k - i < 3 and _free(tk, k, name_like) and tk.tok(k) not in _TIME_FILLER:
            k += 1
        if not 2 <= k - i <= 3:
            continue
        m = k
        while m < tk.n and m - k < 6 and (tk.tok(m) in _TIME_FILLER or tk.tok(m).isdigit()):
            m += 1
        nxt = tk.words(m, min(tk.n, m + 3))
        told = nxt[:1] == ["به"] and nxt[1:2] and nxt[1] in _TOLD_TO
        interview = nxt[:1] == ["در"] and nxt[1:2] and nxt[1] in ("گفت‌وگو", "گفتگو", "گفتوگو", "مصاحبه")
        # «به گزارش ایرنا، X Y امروز در این دیدار افزود»: the dateline's subject, then the day, then a verb of saying
        said_today = (
            m > k
            and tk.tok(k) in ("امروز", "دیروز", "روز", "صبح", "عصر")
            and after_dateline(tk, i)
            and tk.subject_of_speech(i, m)
        )
        if told or interview or said_today:
            _take(tk, found, i, k - 1)


def joined_to_a_person(tk, found: dict, name_like, is_given):
    """A known given name and a surname joined by «و» to a person already found: "X Y و <person>"
    («کوروش فرحی و سالم بن ناصر ...»), "<person> و X Y"."""
    for i in range(tk.n - 3):
        if i in tk.used or not is_given(tk.tok(i)) or not _free(tk, i, name_like):
            continue
        k = i + 1
        while k < tk.n and k - i <= 2 and _free(tk, k, name_like) and tk.tok(k) != "و":
            k += 1
        if k == i + 1 or k >= tk.n - 1 or tk.tok(k) != "و":
            continue
        after = k + 1 in tk.used
        before = i >= 2 and tk.tok(i - 1) == "و" and i - 2 in tk.used
        if after or before:
            _take(tk, found, i, k - 1)
