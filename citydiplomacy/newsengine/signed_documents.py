"""What is signed beside the agreements a sentence names: a plan signed now to carry out an older agreement.

Split from ``signals`` (at its size limit). Cities that are partners already sign roadmaps and action plans
("نقشه راه", "roadmap", "action plan") under the agreement they concluded years ago: "signed a roadmap for
2026-2028 implementing the sister-city agreement of 2019" tells a signing made now; the older agreement
and its year are the framework, not a tie of the past that makes the signing only mentioned.
"""

from __future__ import annotations

from dataclasses import replace

from . import lexicon as L

S = L.S

# what is signed besides memoranda and contracts: a roadmap, an action plan, a work programme
PLAN_NOUN = L.rx(
    r"\broad ?maps?\b",
    r"\baction plans?\b",
    r"\bplans? of action\b",
    r"\bwork (?:plans?|programmes?|programs?)\b",
    r"نقشه" + S + r"راه",
    r"برنامه" + S + r"(?:عمل|اقدام)(?![\u0600-\u06FF])",
)
_OLDER_NOUN = (
    r"(?:تفاهم"
    + S
    + r"نامه|یادداشت"
    + S
    + r"تفاهم|توافق"
    + S
    + r"نامه|موافقت"
    + S
    + r"نامه|قرارداد|سند|پیمان)"
)
# the older agreement a new document carries out: "implementing / under / within the framework of the
# sister-city agreement (the two cities concluded in 2019)" up to a comma or the sentence's end; in Persian
# "در چارچوب / در راستای اجرای / برای اجرای تفاهم‌نامه ..." with its words up to the verb and a relative
# clause of the past ("که سال ۲۰۱۹ امضا شده بود")
_FRAMEWORK = L.rx(
    r"\b(?:implementing|to implement|under|within|in the framework of|as part of|pursuant to|in line with)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:agreement|memorandum|mou|accord|treaty|protocol)\b[^.;,]*",
    r"(?:در"
    + S
    + r"(?:چارچوب|راستای"
    + S
    + r"اجرای|قالب)|برای"
    + S
    + r"اجرای|به"
    + S
    + r"منظور"
    + S
    + r"اجرای)\s*"
    + _OLDER_NOUN
    + r"(?:\s+(?!امضا|که(?![\u0600-\u06FF]))[^\s.،؛]+){0,4}"
    + r"(?:\s+که\s+[^.،؛]{0,60}?(?:شده|کرده)(?:\s*(?:بود|است|اند|بودند))?)?",
)


def framework_blanked(text: str) -> str:
    """The sentence with the older agreement it carries out blanked (offsets kept)."""
    return _FRAMEWORK.sub(lambda m: " " * len(m.group(0)), text)


def under_framework(s):
    """The sentence without the older agreement it names as its framework, when what is left still signs a
    document ("signed a roadmap", "برنامه اقدام ... را امضا کردند"); else the sentence itself."""
    if not _FRAMEWORK.search(s.text):
        return s
    plain = framework_blanked(s.text)
    if L.SIGN.search(plain) and (L.AGREEMENT_NOUN.search(plain) or PLAN_NOUN.search(plain)):
        return replace(s, text=plain)
    return s


# a signing talked about, the topic of what is said ("درباره امضای سند خواهرخواندگی گفت", "asked about the
# signing of the memorandum, he said"): no signing is told
_SIGNING_AS_TOPIC = L.rx(
    r"(?:درباره|در"
    + S
    + r"(?:مورد|خصوص|باره)|پیرامون|راجع"
    + S
    + r"به)"
    + S
    + r"(?:امضای|امضا|انعقاد)(?![\u0600-\u06FF])",
    r"\b(?:about|regarding|concerning|on the question of|asked about) (?:the )?(?:signing|conclusion) of\b",
)


def signing_as_topic(text: str) -> bool:
    """The signing is what the speaker talks about, not what happened."""
    return _SIGNING_AS_TOPIC.search(text) is not None
