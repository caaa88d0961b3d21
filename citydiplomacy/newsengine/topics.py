"""The story's topics: the fields of ``lexicon.TOPICS`` whose cue words the story itself has.

A page is more than its story: menus and section bars ("Politics | Economy | Culture"), then the
headline, the lead and the body, then lists of other stories («اخبار مرتبط», "Related"), tags and
footers. Only the story counts. Inside it, some words name a field without being the story's
subject: an official's title («معاون فرهنگی شهردار», "Minister of Health"), the pandemic as the time
of the story, and the name of an outlet («دنیای اقتصاد»). These are blanked before the cues are read.
"""

from __future__ import annotations

import re

from . import lexicon as L

S = L.S
# a line of fewer words is a page's menu, heading or link, not the story's sentence
_MIN_LINE_WORDS = 6

# An official's title names a field, not the story's subject: «معاون فرهنگی و اجتماعی شهردار»,
# «وزیر ارتباطات و فناوری اطلاعات», «معاون مالی و اقتصاد شهری», "Deputy Mayor for Culture and Tourism",
# "Minister of Health", "the Economy Deputy of the municipality"
_OFFICE_FIELD = re.compile(
    r"(?:معاون|معاونت|وزیر|وزارت|مدیرکل|مدیر[ \u200c]کل|سرپرست)(?:[ \u200c]+(?:امور|و|اجتماعی|فرهنگی|هنری|فناوری|"
    r"اطلاعات|ارتباطات|مخابرات|حمل|نقل|عمرانی|شهرسازی|معماری|اقتصادی|اقتصاد|مالی|سلامت|بهداشت|ورزش|ورزشی|"
    r"جوانان|گردشگری|میراث|آموزش|پرورش|محیط|زیست|خدمات|شهری)){1,6}"
    r"|\b(?:[Dd]eputy (?:[Mm]ayor|[Kk]h?okim|[Aa]kim|[Gg]overnor)|[Dd]eputy|[Mm]inister|[Mm]inistry"
    r"|[Dd]irector(?:[- ][Gg]eneral)?|[Cc]ommissioner)"
    r" (?:of|for) (?:(?:[A-Z][a-z]+|and|&),? ?){1,5}"
    r"|\b[Dd]eputy (?:[Mm]ayor|[Kk]h?okim|[Aa]kim|[Gg]overnor) for (?:[a-z]+(?: and| &)?(?: |$)){1,3}"
    r"|\b(?:commercial|economic|cultural|technical|trade) (?:director|deputy|attach[ée]|counsel+or|adviser)\b"
    r"|\b(?:[A-Z][a-z]+ (?:and |& )?){1,3}(?:[Dd]eputy|[Mm]inister|[Dd]irector|[Cc]ommissioner)\b"
)

# The pandemic as the time of the story, not its subject: "amid the pandemic", «با شیوع ویروس کرونا»
_PANDEMIC_TIME = re.compile(
    r"\b(?:amid(?:st)?|during|despite|due to|because of|after|since)(?: the)?(?: global| covid-19| coronavirus)?"
    r" (?:pandemic|outbreak|covid-19|coronavirus)"
    r"|(?:با|به[ \u200c]دلیل|به[ \u200c]علت|در[ \u200c]دوران|در[ \u200c]دوره|در[ \u200c]ایام|پس[ \u200c]از|به[ \u200c]خاطر)"
    r"[ \u200c](?:شیوع[ \u200c])?(?:ویروس[ \u200c])?(?:کرونا|کووید|همه[ \u200c]?گیری)",
    re.I,
)

# Outlets whose names carry a field's word: «دنیای اقتصاد», «میراث آریا», "Financial Tribune"
_OUTLET = L.rx(
    r"دنیای" + S + r"اقتصاد",
    r"میراث" + S + r"آریا",
    r"خبرگزاری" + S + r"میراث" + S + r"فرهنگی",
    r"میراث" + S + r"فرهنگی" + S + r"\(?(?:چی" + S + r"اچ" + S + r"ان|CHN)\)?",
    r"اکو" + S + r"ایران",
    r"ایران" + S + r"اکونومیست",
    r"\bFinancial Tribune\b",
    r"\bEcoIran\b",
)

# An organization's standing aims are not the story's subject: «هدف مجمع ... ترویج فرهنگ ... است»,
# "WeGO, ... that pursues sustainable urban development", "whose mission is ..."
_MISSION = L.rx(
    r"هدف" + S + r"(?:این" + S + r")?(?:مجمع|سازمان|شبکه|اتحادیه|انجمن|نهاد)[^.؟!\n]*",
    r"اهداف" + S + r"(?:این" + S + r")?(?:مجمع|سازمان|شبکه|اتحادیه|انجمن|نهاد)[^.؟!\n]*",
    r"ماموریت" + S + r"(?:این" + S + r")?(?:مجمع|سازمان|شبکه|اتحادیه|انجمن|نهاد)[^.؟!\n]*",
    r"مأموریت" + S + r"(?:این" + S + r")?(?:مجمع|سازمان|شبکه|اتحادیه|انجمن|نهاد)[^.؟!\n]*",
    r"\bthat (?:pursues|aims|seeks|promotes|works to)\b[^.!?,\n]*",
    r"\bwhich (?:pursues|aims|seeks|promotes|works to)\b[^.!?,\n]*",
    r"\bwhose (?:mission|goal|aim)s?\b[^.!?\n]*",
    r"\borgani[sz]ation(?:'s)? (?:aims?|goals?|mission) (?:is|are)\b[^.!?\n]*",
    r"\bnetwork(?:'s)? (?:aims?|goals?|mission) (?:is|are)\b[^.!?\n]*",
    r"\bforum(?:'s)? (?:aims?|goals?|mission) (?:is|are)\b[^.!?\n]*",
    r"\bassociation(?:'s)? (?:aims?|goals?|mission) (?:is|are)\b[^.!?\n]*",
)

# The start of a page's lists of other stories, tags and comments (the same openings as
# classify's story sentences read): nothing after it is this story's
_RELATED = re.compile(
    r"^\s*(?:(?:اخبار|مطالب|خبرهای|اخبار"
    + S
    + r"و"
    + S
    + r"مطالب)"
    + S
    + r"(?:مرتبط|مشابه|پیشنهادی|دیگر|بیشتر)"
    r"|بیشتر" + S + r"بخوانید|برچسب|کلید" + S + r"واژه|کلمات" + S + r"کلیدی|پربازدید|پربحث"
    r"|related\b|read more|more (?:news|stories)|see also|tags?\b|most (?:read|popular|viewed)|recommended)",
    re.I,
)
# a section bar or breadcrumb: "Politics | Economy | Society | Culture", «خانه > اخبار > فرهنگی»
_MENU_SEP = re.compile(r"\s[|>›•]\s")
_MENU_ITEM_WORDS = 4


def _is_menu(line: str) -> bool:
    """A line of three or more short items between bars or arrows is a menu, not a sentence."""
    items = _MENU_SEP.split(line.strip())
    return len(items) >= 3 and all(len(x.split()) <= _MENU_ITEM_WORDS for x in items)


def _blank(pattern: re.Pattern, text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def story_lines(text: str) -> list[str]:
    """The story's lines: the first line (the title, unless it is a menu) and the lines of prose, up to the start of the
    page's lists of other stories; menus, section bars, links and short headings left out."""
    lines = text.split("\n")
    out = [] if _is_menu(lines[0]) else lines[:1]
    seen_prose = False
    for line in lines[1:]:
        if seen_prose and _RELATED.match(line):
            break
        if len(line.split()) < _MIN_LINE_WORDS or _is_menu(line):
            continue
        seen_prose = True
        out.append(line)
    return out


def topics(text: str) -> list[str]:
    """The topics whose cue words the story has (``lexicon.TOPICS``), with officials' titles, the
    pandemic as a time, outlets' names and the page's menus and lists of other stories left out."""
    text = "\n".join(story_lines(text))
    for pattern in (_OFFICE_FIELD, _PANDEMIC_TIME, _OUTLET, _MISSION):
        text = _blank(pattern, text)
    return [t for t, r in L.TOPICS.items() if r.search(text)]
