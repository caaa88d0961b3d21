"""Cue words for the event classifier and the topics (Persian and English), from general knowledge.

Patterns are written against display-normalized text (Persian letter forms, ASCII digits);
``[ ‌]?`` stands for "space, ZWNJ or nothing" between the parts of a compound.
"""

from __future__ import annotations

import re

S = "[ \u200c]?"  # optional space or ZWNJ inside Persian compounds


def rx(*parts: str) -> re.Pattern:
    # the display form writes ئ as ی ("هیئت" -> "هییت"): accept both in every pattern
    body = "|".join(parts).replace("ئ", "[ئی]")
    firsts = {_first_char(p) for p in parts}
    if None in firsts:
        return re.compile(body, re.I)
    if "ئ" in firsts:
        firsts.add("ی")
    # A lookahead for the characters the alternatives can start with: the same matches, but the
    # engine tries the alternatives only where one can start, not at every character of the text.
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])(?:" + body + ")", re.I)


def _first_char(part: str) -> str | None:
    """The character every match of ``part`` starts with, or None when it is not that simple."""
    p = part[2:] if part.startswith(r"\b") else part
    if not p or p[0] in "\\[(.^$|?*+{" or p[1:2] in ("?", "*", "{", "|"):
        return None
    return p[0]


MUNICIPAL = rx(
    r"شهردار",
    r"شورای" + S + r"(?:اسلامی" + S + r")?شهر",
    r"کلان" + S + r"شهر",
    r"مجمع" + S + r"شهرداران",
    r"شهرهای" + S + r"خواهر",
    r"\bmayors?\b",
    r"\bmunicipal",
    r"\bcity council\b",
    r"\bcity hall\b",
    r"خواهر" + S + r"خواند",
    r"\blocal governments?\b",
    r"\bsister[- ]cit",
    r"\btwin(?:ned)? cit",
    r"\bmetropolis\b",
    r"\bmayoralty\b",
)
FOREIGN_ACTOR = rx(
    r"سفیر",
    r"سفارت",
    r"کنسول",
    r"خواهر" + S + r"خواند",
    r"هیئت" + S + r"خارجی",
    r"هیات" + S + r"خارجی",
    r"\bambassador",
    r"\bembassy",
    r"\bconsul",
    r"\bsister[- ]cit",
    r"\btwin(?:ned)? cit",
    r"\bforeign delegation",
)

SIGN = rx(
    r"امضا",
    r"منعقد",
    r"انعقاد",
    r"به" + S + r"امضای",
    r"تصویب",
    r"\bsign",
    r"\binked?\b",
    r"\bconclude",
    r"\bapproved\b",
)
AGREEMENT_NOUN = rx(
    r"تفاهم" + S + r"نامه",
    r"یادداشت" + S + r"تفاهم",
    r"خواهر" + S + r"خواند",
    r"قرارداد",
    r"موافقت" + S + r"نامه",
    r"سند" + S + r"(?:اجرایی|همکاری)",
    r"\bmemorand",
    r"\bmou\b",
    r"\bagreement",
    r"\bsister[- ]cit",
    r"\btwin(?:ned|ning)? cit",
    r"\bcontract",
)
SISTER = rx(r"خواهر" + S + r"خواند", r"\bsister[- ]cit", r"\btwin(?:ned|ning)? cit", r"\btwinning\b")
MOU = rx(
    r"تفاهم" + S + r"نامه",
    r"یادداشت" + S + r"تفاهم",
    r"\bmemorand",
    r"\bmou\b",
    r"سند" + S + r"همکاری",
    r"\bcooperation agreement\b",
)
CONTRACT = rx(r"قرارداد", r"\bcontract")
# A sentence about partnership: cities listed in it are counterparts ("sister cities X, Y and Z").
COOPERATION = rx(
    r"همکاری",
    r"خواهر" + S + r"خوانده",
    r"شهرهای" + S + r"(?:خواهر|دوست|همکار)",
    r"\bcooperat",
    r"\bpartner(?:ship|s| cit)",
    r"\bfriendship cit",
    r"\bsister\b",
    r"\btwin",
)
MEMBERSHIP = rx(
    r"به" + S + r"عضویت",
    r"عضویت",
    r"به" + S + r"عنوان" + S + r"(?:نایب" + S + r")?رئیس.{0,40}انتخاب",
    r"انتخاب" + S + r"شد",
    r"\bjoin(?:s|ed)?\b.{0,40}\b(?:organi[sz]ation|network|association|forum)",
    r"\belected\b",
    r"\bmembership\b",
    r"\bbecame a member\b",
    r"\b(?:associate|full|new) member\b",
    r"\bmember of\b",
    r"\bvice[- ]president\b",
)
VIRTUAL = rx(
    r"ویدئو" + S + r"کنفرانس",
    r"ویدیو" + S + r"کنفرانس",
    r"وبینار",
    r"مجازی",
    r"برخط",
    r"آنلاین",
    r"\bvideo ?conferenc",
    r"\bvirtual(?:ly)?\b",
    r"\bonline\b",
    r"\bwebinar\b",
    r"\bvia video\b",
)
EVENT_NOUN = rx(
    r"اجلاس",
    r"همایش",
    r"کنگره",
    r"کنفرانس",
    r"نمایشگاه",
    r"جشنواره",
    r"رویداد",
    r"مجمع" + S + r"عمومی",
    r"سمپوزیوم",
    r"شرکت" + S + r"در" + S + r"نشست",
    r"\bsummit\b",
    r"\bcongress\b",
    r"\bforum\b",
    r"\bconference\b",
    r"\bexhibition\b",
    r"\bfestival\b",
    r"\bexpo\b",
    r"\bgeneral assembly\b",
    r"\bworld council\b",
    r"\bsymposium\b",
    r"\b(?:founding|inaugural|annual) (?:meeting|session)\b",
    r"تور" + S + r"(?:گردشگری|شهرگردی|آشنایی|بازدید)",
    r"\b(?:study|guided|familiari[sz]ation) tour\b",
    r"نشست" + S + r"(?:سالانه|عمومی)",
)
ATTEND = rx(
    r"شرکت" + S + r"(?:در|کرد|می|خواهد)",
    r"حضور" + S + r"(?:در|یافت|دارد)",
    r"برای" + S + r"شرکت",
    r"\battend",
    r"\bparticipat",
    r"\btake part\b",
    r"\btook part\b",
)
TRAVEL_OUT = rx(
    r"وارد" + S + r"[\u0600-\u06FF]+" + S + r"شد",
    r"سفر" + S + r"(?:به|کرد|خود)",
    r"عزیمت",
    r"اعزام",
    r"رفت(?:ند)?\b",
    r"\barriv",
    r"\btravel",
    r"\bdepart",
    r"\bvisit(?:ed|ing)?\b",
    r"\btrip\b",
    r"\bflew\b",
    r"\bvisit to\b",
    r"بازدید" + S + r"از",
    r"در" + S + r"سفر",
)
HOST = rx(r"میزبان", r"به" + S + r"میزبانی", r"\bhost(?:s|ed|ing)?\b")
INBOUND = rx(
    r"هیئت" + S + r"[\u0600-\u06FF]*" + S + r"(?:از|کشور)",
    r"هیات" + S + r"[\u0600-\u06FF]*" + S + r"(?:از|کشور)",
    r"سفر" + S + r"به" + S + r"(?:تهران|شهر|ایران)",
    r"از" + S + r"[\u0600-\u06FF]+" + S + r"بازدید",
    r"\bdelegation from\b",
    r"\bvisit(?:ed|ing)? (?:tehran|iran|the city)\b",
    r"\bforeign delegation\b",
    r"\bhosted\b.{0,40}\bdelegation\b",
)
MEETING = rx(
    r"دیدار",
    r"ملاقات",
    r"نشست",
    r"گفت" + S + r"و" + S + r"گو",
    r"گفتگو",
    r"رایزنی",
    r"جلسه",
    r"\bmet\b",
    r"\bmeet(?:s|ing)?\b",
    r"\btalks\b",
    r"\bdiscuss",
)
STATEMENT = rx(
    r"گفت",
    r"اظهار" + S + r"کرد",
    r"افزود",
    r"تاکید" + S + r"کرد",
    r"تأکید" + S + r"کرد",
    r"مصاحبه",
    r"گزارش",
    r"برنامه",
    r"پیشنهاد",
    r"\bsaid\b",
    r"\bstated\b",
    r"\binterview",
    r"\breport\b",
    r"\bplan\b",
    r"\bproposal\b",
    r"\bannounced\b",
)
# What someone said (the news is the statement) and what makes a lead a bilateral meeting.
SPEECH = rx(
    r"\bگفت\b",
    r"گفت:",
    r"اظهار" + S + r"کرد",
    r"تاکید" + S + r"کرد",
    r"تأکید" + S + r"کرد",
    r"خاطرنشان" + S + r"کرد",
    r"اعلام" + S + r"کرد:",
    r"\bsaid\b",
    r"\bsays\b",
    r"\bstated\b",
)
# An official who can be quoted in a "Role X: quote" headline.
SPEAKER = rx(
    r"شهردار",
    r"سفیر",
    r"کنسول",
    r"وزیر",
    r"رئیس",
    r"رییس",
    r"معاون",
    r"استاندار",
    r"دبیر" + S + r"کل",
    r"مدیر",
    r"سخنگو",
    r"\bmayor\b",
    r"\bambassador\b",
    r"\bminister\b",
    r"\bgovernor\b",
)
BILATERAL = rx(
    r"دیدار",
    r"ملاقات",
    r"گفت" + S + r"و" + S + r"گو" + S + r"با",
    r"گفتگو" + S + r"با",
    r"نشست" + S + r"(?:مشترک|دوجانبه)",
    r"با" + S + r"(?:سفیر|شهردار|سرکنسول|کنسول|هیئت|هیات|وزیر|معاون|استاندار|رئیس|رییس)",
    r"\bmet\b",
    r"\bmeets\b",
    r"\bmeeting (?:with|between)\b",
    r"\btalks with\b",
)
INVITE = rx(r"دعوت" + S + r"(?:کرد|شد|نامه)", r"\binvit(?:ed|es|ation)\b")
FUTURE = rx(
    r"خواهد" + S + r"(?:شد|کرد|رفت)", r"قرار" + S + r"است", r"\bwill\b", r"\bis to\b", r"\bplans? to\b"
)

TOPICS = {
    "transport": rx(
        r"حمل" + S + r"و" + S + r"نقل",
        r"مترو(?!" + S + r"پلیس)",  # not Metropolis, the city network («متروپلیس»)
        r"ترافیک",
        r"اتوبوس",
        r"قطار",
        r"ریلی",
        r"تاکسی",
        r"\btransport",
        r"\bmetro\b",
        r"\btraffic\b",
        r"\bbus(?:es)?\b",
        r"\brailway",
        r"\bsubway\b",
        r"\btram\b",
        r"\bmobility\b",
        r"\btransit\b",
        r"\bbicycl",
        r"\bcycling\b",
        r"دوچرخه",
        r"ناوگان",
        r"راه" + S + r"آهن",
    ),
    "clean_energy": rx(
        r"انرژی" + S + r"(?:پاک|تجدیدپذیر|خورشیدی|نو)",
        r"خورشیدی",
        r"برقی" + S + r"سازی",
        r"\bclean energy\b",
        r"\brenewable",
        r"\bsolar\b",
        r"\belectric vehicle",
        r"\belectrif",
        r"تجدید" + S + r"پذیر",
        r"\belectric (?:bus|buses|car|cars|vehicles?)\b",
        r"\bwind (?:power|energy|farm)",
        r"\benergy efficien",
    ),
    "environment": rx(
        r"محیط" + S + r"زیست",
        r"آلودگی",
        r"پسماند",
        r"فضای" + S + r"سبز",
        r"زباله",
        r"اقلیم",
        r"\benvironment",
        r"\bpollution\b",
        r"\bwaste\b",
        r"\bclimate\b",
        r"\bgreen space",
        r"\brecycl",
    ),
    "smart_city": rx(
        r"هوشمند",
        r"فناوری",
        r"دیجیتال",
        r"فن" + S + r"آوری",
        r"\bsmart cit",
        r"\bdigital\b",
        r"\btechnolog",
        r"\binnovation\b",
        r"\be-government\b",
    ),
    "urban_services": rx(
        r"خدمات" + S + r"شهری",
        r"آتش" + S + r"نشانی",
        r"مدیریت" + S + r"بحران",
        r"خدمات" + S + r"شهر",
        r"\burban services\b",
        r"\bmunicipal services\b",
        r"\bfire (?:department|fighting|brigade)",
        r"\brelief and rescue\b",
        r"\bpublic services\b",
        r"\bcrisis management\b",
        r"امداد" + S + r"و" + S + r"نجات",
        r"\bfirefight",
        r"\bemergency services\b",
    ),
    "infrastructure": rx(
        r"زیرساخت",
        r"عمران",
        r"عمرانی",
        r"پروژه" + S + r"های" + S + r"شهری",
        r"\binfrastructure\b",
        r"\bcivil projects?\b",
        r"\bconstruction\b",
        r"آبرسانی",
        r"فاضلاب",
        r"تونل",
        r"\bsewage\b",
        r"\bwastewater\b",
        r"\bwater supply\b",
        r"\btunnels?\b",
    ),
    "economy_trade": rx(
        r"اقتصاد",
        r"اقتصادی",
        r"تجار",
        r"سرمایه" + S + r"گذاری",
        r"بازرگانی",
        r"صادرات",
        r"\beconom",
        r"\btrade\b",
        r"\binvest",
        r"\bbusiness",
        r"\bcommerc",
        r"واردات",
        r"منطقه" + S + r"آزاد",
        r"\bexports?\b",
        r"\bimports?\b",
        r"\bfree (?:trade )?zones?\b",
    ),
    "culture": rx(
        r"فرهنگ",
        r"فرهنگی",
        r"هنری",
        r"هنر",
        r"موزه",
        r"\bcultur",
        r"\bart(?:s|istic)?\b",
        r"\bmuseum",
        r"\bheritage\b",
        r"موسیقی",
        r"سینما",
        r"تئاتر",
        r"\bmusic",
        r"\bcinema",
        r"\btheat(?:re|er)s?\b",
    ),
    # "visitors" is left out: a delegation is called visitors too
    "tourism": rx(r"گردشگر", r"توریس", r"جهانگرد", r"\btouris", r"\btravel agenc"),
    "education": rx(
        r"آموزش",
        r"آموزشی",
        r"دانشگاه",
        r"تحصیل",
        r"\beducat",
        r"\btraining\b",
        r"\buniversit",
        r"\bschools?\b",
    ),
    "health": rx(
        r"سلامت",
        r"بهداشت",
        r"کرونا",
        r"کووید",
        r"بیمارستان",
        r"\bhealth",
        r"\bpandemic\b",
        r"\bcovid",
        r"\bcoronavirus\b",
        r"\bhospital",
        r"پزشک",
        r"درمان",
        r"\bmedical\b",
        r"\bclinics?\b",
    ),
    "housing": rx(r"مسکن", r"مسکونی", r"\bhousing\b", r"\baffordable homes\b", r"\bresidential\b"),
    "urban_planning": rx(
        r"شهرسازی",
        r"برنامه" + S + r"ریزی" + S + r"شهری",
        r"طراحی" + S + r"شهری",
        r"نوسازی",
        r"بافت" + S + r"فرسوده",
        r"\burban planning\b",
        r"\burban design\b",
        r"\burban development\b",
        r"\bregeneration\b",
        r"\bsustainable urban",
        r"بازآفرینی",
        r"طرح" + S + r"جامع",
        r"\bmaster plan",
        r"\bzoning\b",
    ),
    "religion": rx(
        r"زیارت",
        r"زائر",
        r"مذهبی",
        r"دینی",
        r"(?<![\u0600-\u06FF])حرم(?![\u0600-\u06FF])",  # the shrine, not «حرمت» (respect)
        r"اربعین",
        r"مسجد",
        r"کلیسا",
        r"امامزاده",
        r"\breligio",
        r"\bpilgrim",
        r"\bshrine",
        r"\bmosques?\b",
        r"\bchurch",
    ),
    "sport": rx(
        r"ورزش", r"ورزشی", r"فوتبال", r"المپیک", r"\bsport", r"\bfootball\b", r"\bworld cup\b", r"\bolympic"
    ),
}

# A proposal or suggestion: an agreement named in it is not signed yet.
PROPOSE = rx(r"پیشنهاد", r"\bpropos", r"\bsuggest")
# ... or only talked about: an agreement proposed, discussed or examined is not signed
PROPOSAL = rx(r"پیشنهاد", r"مطرح", r"بررسی", r"\bpropos", r"\bsuggest", r"\bdiscuss")
# The news is a publication: an interview, a report, statistics ("... می‌گوید", "in an interview").
REPORT = rx(
    r"مصاحبه",
    r"می" + S + r"گوید",
    r"آمار(?![\u0600-\u06FF])",
    r"گزارش" + S + r"(?:عملکرد|سالانه|سال)",
    r"\binterview",
    r"\bstatistic",
    r"\bannual report\b",
    r"\breport (?:on|shows|says)\b",
)
# A message sent, congratulations or condolences: no activity between the cities took place.
MESSAGE = rx(
    r"پیام" + S + r"(?:تبریک|تسلیت)",
    r"تبریک" + S + r"(?:گفت|گفتند)",
    r"تسلیت" + S + r"(?:گفت|گفتند)",
    r"\bcongratulat",
    r"\bcondolence",
)

# Who takes part: places listed in such a sentence are the participants' ("delegates from X, Y and Z").
PARTICIPANTS = rx(
    r"حضور" + S + r"(?:داشتند|یافتند)",
    r"با" + S + r"حضور",
    r"نمایندگان",
    r"شرکت" + S + r"(?:کنندگان|کردند)",
    r"سفرای",
    r"سفیران",
    r"هی(?:ئ|ا|)ت",
    r"\battended by\b",
    r"\bparticipants?\b",
    r"\bdelegat(?:es|ions?)\b",
    r"\bambassadors\b",
    r"\brepresentatives\b",
    r"\btook part\b",
)
