"""The story's topics: the fields of ``TOPICS`` whose cue words the story itself has.

A page is more than its story: menus and section bars ("Politics | Economy | Culture"), then the
headline, the lead and the body, then lists of other stories («اخبار مرتبط», "Related"), tags and
footers. Only the story counts. Inside it, some words name a field without being the story's
subject: an official's title («معاون فرهنگی شهردار», "Minister of Health"), the pandemic as the time
of the story, and the name of an outlet («دنیای اقتصاد»). These are blanked before the cues are read.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .partners import other_news_start

S = L.S

# Each topic of the evaluation README and the words that name it in Persian and English
TOPICS = {
    "transport": L.rx(
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
        # passenger, pilgrims' and joint (cross-border) terminals (flights were tried: mixed labels)
        r"پایانه" + S + r"(?:های" + S + r")?(?:مسافری|مسافربری|مرزی|اتوبوس|مشترک|زائر)",
        r"\b(?:passenger|bus) terminals?\b",
        # passenger lines by sea: ferries and passenger ships
        r"(?:خط|خطوط)" + S + r"(?:مسافری|کشتیرانی)",
        r"کشتی" + S + r"(?:های" + S + r")?مسافری",
        r"\bferr(?:y|ies)\b",
        r"\bpassenger (?:ships?|boats?|lines?|vessels?)\b",
    ),
    "clean_energy": L.rx(
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
    "environment": L.rx(
        r"محیط" + S + r"زیست",
        r"آلودگی",
        r"پسماند",
        r"فضای" + S + r"سبز",
        r"زباله",
        # the climate, not a region («اقلیم کردستان», «شهرهای اقلیم») nor a city's weather as a likeness
        r"اقلیمی",
        r"(?:تغییر|تغییرات|بحران|سازگاری" + S + r"با)" + S + r"اقلیم",
        r"\benvironment",
        r"\bpollution\b",
        r"\bwaste\b",
        r"\bclimate\b",
        r"\bgreen space",
        r"\brecycl",
        r"\becolog",
        r"\bclean(?:er)? air\b",
        r"\bair quality\b",
        r"کیفیت" + S + r"هوا",
        r"هوای" + S + r"پاک",
        r"کم" + S + r"آبی",
        r"\bwater (?:management|scarcity|resources|conservation|saving)\b",
        r"سیلاب",
        r"\bflood",
        r"بوستان",  # a park
    ),
    "smart_city": L.rx(
        r"هوشمند",
        r"فناوری",
        r"دیجیتال",
        r"فن" + S + r"آوری",
        r"\bsmart[- ](?:cit|transport|mobility|grid|servic)",
        r"\bintelligent (?:transport|traffic)",
        r"\belectronic (?:fare|payment|ticket)",
        r"\bsmart (?:traffic|signals?)\b",  # smart traffic control and signals
        r"\b(?:automated|automatic|cashless) fare",
        r"اپلیکیشن",
        r"دانش" + S + r"بنیان",  # technology start-ups
        r"\bstart-?ups?\b",
        r"\bdigital\b",
        r"\btechnolog",
        r"\binnovation\b",
        r"\be-government\b",
        r"(?:دولت|شهرداری|شهر)" + S + r"(?:الکترونیک|الکترونیکی)",  # e-government, an e-municipality
        r"\b(?:electronic|digital) (?:government|municipality)\b",
    ),
    "urban_services": L.rx(
        r"خدمات" + S + r"شهری",
        r"آتش" + S + r"نشان",  # fire brigade, firefighters
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
        # the citizens' call line and e-services of a municipality («سامانه ۱۳۷», "137 hotline")
        r"سامانه" + S + r"137",
        r"\b137\b(?: citizen)? (?:hotline|system|call)",
        r"\bcitizen (?:hotline|services)\b",
        r"خدمات" + S + r"(?:الکترونیک|الکترونیکی)" + S + r"شهری",
        r"\bwaste collection\b",
        # collecting, sorting and recycling a city's waste is a municipal service (and environment)
        r"پسماند",
        r"زباله",
        r"بازیافت",
        r"\b(?:solid )?waste\b",
        r"\brecycl",
        r"\bgarbage\b",
        r"\blandfill",
    ),
    "infrastructure": L.rx(
        # a field's facilities are that field: «زیرساخت‌های فرهنگی», "tourist infrastructure"
        r"زیرساخت(?!"
        + S
        + r"(?:ها|های|هایی)?"
        + S
        + r"(?:فرهنگی|ورزشی|گردشگری|آموزشی|درمانی|بهداشتی|دیجیتال|هوشمند))",
        r"عمران",
        r"عمرانی",
        r"پروژه" + S + r"های" + S + r"شهری",
        r"\binfrastructure(?<!cultural infrastructure)(?<!tourist infrastructure)(?<!tourism infrastructure)"
        r"(?<!sports infrastructure)(?<!digital infrastructure)(?<!health infrastructure)s?\b",
        r"\bcivil projects?\b",
        r"\bconstruction\b",
        r"آبرسانی",
        r"فاضلاب",
        r"تونل",
        r"\bsewage\b",
        r"\bwastewater\b",
        r"\bwater supply\b",
        r"\btunnels?\b",
        # draining a city's surface and storm water
        r"آب(?:" + S + r"ها)?ی" + S + r"سطحی",
        r"زهکشی",
        r"\bstorm ?water\b",
        r"\b(?:urban |storm |surface )?drainage\b",
    ),
    "economy_trade": L.rx(
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
        r"صدور" + S + r"(?:خدمات|کالا|محصولات|فناوری|دانش|این" + S + r"خدمات)",  # exporting services or goods
        r"\bexporting\b",
        # markets as trade: border and joint market places, foreign and world markets
        r"بازارچه" + S + r"(?:های" + S + r")?(?:مرزی|مشترک)",
        r"بازار(?:" + S + r"های)?" + S + r"(?:جهانی|هدف|صادراتی|خارجی|بین" + S + r"المللی|منطقه" + S + r"ای)",
        r"\b(?:border|export|foreign|global|world|international|overseas) markets?\b",
    ),
    "culture": L.rx(
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
        r"\bhistoric (?:cit|areas?|sites?|monuments?|buildings?)",
        r"بنا(?:های)?" + S + r"تاریخی",  # historic monuments, sites and identity
        r"آثار" + S + r"تاریخی",
        r"محوطه" + S + r"(?:های" + S + r")?تاریخی",
        r"هویت" + S + r"تاریخی",
        r"میراث",  # heritage (outlets and officials named for it are left out in topics.py)
        # UNESCO's creative cities (crafts, design, film, music, literature) and creative industries
        r"(?:شهر|شهرهای)" + S + r"خلاق",
        r"صنایع" + S + r"خلاق",
        r"\bcreative (?:cit(?:y|ies)|industr)",
    ),
    # "visitors" is left out: a delegation is called visitors too
    "tourism": L.rx(r"گردشگر", r"توریس", r"\btouris", r"\btravel agenc"),
    # training firefighters is the fire brigade's work (urban services), not education
    "education": L.rx(
        r"آموزش(?!ی?" + S + r"(?:به" + S + r")?(?:نیروهای" + S + r")?آتش" + S + r"نشان)",
        r"دانشگاه",
        r"تحصیل",
        r"\beducat",
        r"\btraining\b(?! (?:of |for )?(?:the )?(?:\w+ )?fire(?:fighters|men|m[ae]n)\b)",
        r"\buniversit",
        r"\bschools?\b",
    ),
    "health": L.rx(
        r"سلامت",
        r"بهداشت",
        r"کرونا",
        r"کووید",
        r"بیمارستان",
        r"\bhealth",
        r"\bpandemic\b",
        r"\bcovid",
        r"\bcoronavirus\b",
        r"\bhospitals?\b",  # not "hospitality"
        r"پزشک",
        r"درمان",
        r"\bmedical\b",
        r"\bclinics?\b",
    ),
    # «مسکونی» of a city is "inhabited" («کهن‌ترین شهرهای مسکونی»), not housing
    "housing": L.rx(
        r"مسکن",
        r"مسکونی(?<!شهر مسکونی)(?<!شهرهای مسکونی)(?<!شهرهای\u200cمسکونی)",
        r"\bhousing\b",
        r"\baffordable homes\b",
        r"\bresidential\b",
    ),
    "urban_planning": L.rx(
        r"شهرسازی",
        r"برنامه" + S + r"ریزی" + S + r"شهری",
        r"طراحی" + S + r"شهری",
        r"نوسازی(?!" + S + r"(?:ناوگان|اتوبوس|واگن|تجهیزات|خودرو))",  # renewing a fleet is transport
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
        # conserving and renewing a city's historic or worn-out fabric
        r"مرمت",
        r"احیای" + S + r"(?:محله|محلات|بافت)",
        r"\bhistoric(?:al)? (?:(?:city|town|urban) )?(?:fabric|districts?|quarters?|cent(?:re|er)s?|neighbou?rhoods?)\b",
        r"\burban renewal\b",
        r"\bneighbou?rhood renewal\b",
        r"\bworn-out (?:neighbou?rhoods?|fabric|districts?)\b",
        r"\bslum upgrading\b",
        r"\brestor(?:ation|ing) (?:of )?(?:the )?(?:historic|old)\b",
        r"\b(?:urban )?heritage conservation\b",
        r"\b(?:maintenance|preservation|conservation) of (?:the )?historic (?:buildings|fabric)\b",
        # the ground sinking under a city, its public spaces and its planners
        r"فرونشست",
        r"\b(?:land )?subsidence\b",
        r"فضا(?:ی|های)" + S + r"عمومی",
        r"\bpublic spaces?\b",
        r"برنامه" + S + r"ریزان" + S + r"شهری",
        r"\b(?:urban|city|town) planners\b",
    ),
    # a mosque or a church on a delegation's tour is a monument, not religion: pilgrims, shrines and
    # religious rites are
    "religion": L.rx(
        r"زیارت",
        r"زائر",
        r"مذهبی",
        r"\bدینی",  # religious, not a surname ending in «الدینی»
        r"\bحرم(?![\u0600-\u06FF])",  # the shrine, not «حرمت» (respect)
        r"اربعین",
        r"امامزاده",
        r"\breligio",
        r"\bpilgrim",
        r"\bshrine",
    ),
    "sport": L.rx(
        r"ورزش", r"ورزشی", r"فوتبال", r"المپیک", r"\bsport", r"\bfootball\b", r"\bworld cup\b", r"\bolympic"
    ),
}

# a line of fewer words is a page's menu, heading or link, not the story's sentence
_MIN_LINE_WORDS = 6

# An official's title names a field, not the story's subject: «معاون فرهنگی و اجتماعی شهردار»,
# «وزیر ارتباطات و فناوری اطلاعات», «معاون مالی و اقتصاد شهری», "Deputy Mayor for Culture and Tourism",
# "Minister of Health", "the Economy Deputy of the municipality"
_OFFICE_FIELD = re.compile(
    r"(?:معاون|معاونت|وزیر|وزارت|مدیرکل|مدیر[ \u200c]کل|سرپرست)(?:[ \u200c]+(?:امور|و|اجتماعی|فرهنگی|هنری|فناوری|"
    r"اطلاعات|ارتباطات|مخابرات|حمل|نقل|عمرانی|شهرسازی|معماری|اقتصادی|اقتصاد|مالی|سلامت|بهداشت|ورزش|ورزشی|"
    r"جوانان|گردشگری|میراث|آموزش|پرورش|محیط|زیست|خدمات|شهری|برنامه[ \u200c]?ریزی|توسعه|عمران|فنی|مهندسی|"
    r"ترافیک|نوسازی|سرمایه[ \u200c]?گذاری|بین[ \u200c]?الملل|بین[ \u200c]?المللی)){1,6}"
    r"|\b(?:[Dd]eputy (?:[Mm]ayor|[Kk]h?okim|[Aa]kim|[Gg]overnor)|[Dd]eputy|[Mm]inister|[Mm]inistry"
    r"|[Dd]irector(?:[- ][Gg]eneral)?|[Cc]ommissioner)"
    r" (?:of|for) (?:(?:[A-Z][a-z]+|and|&),? ?){1,5}"
    r"|\b[Dd]eputy (?:[Mm]ayor|[Kk]h?okim|[Aa]kim|[Gg]overnor) for (?:[a-z]+(?: and| &)?(?: |$)){1,3}"
    r"|\b(?:commercial|economic|cultural|technical|trade) (?:director|deputy|attach[ée]|counsel+or|adviser)\b"
    # "the Economy Deputy": a field's name before the title (an article before it is no field)
    r"|\b(?!(?:The|A|An|Our|His|Her|Their|Its)\b)(?:[A-Z][a-z]+ (?:and |& )?){1,3}"
    r"(?:[Dd]eputy|[Mm]inister|[Dd]irector|[Cc]ommissioner)\b"
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

# International organizations whose names carry a field's word: «سازمان آموزشی، علمی و فرهنگی ملل متحد»
# (UNESCO), «سازمان بهداشت جهانی», «سازمان همکاری اقتصادی» (ECO), "World Tourism Organization"
_ORG_NAME = L.rx(
    r"سازمان"
    + S
    + r"آموزشی،?"
    + S
    + r"علمی"
    + S
    + r"و"
    + S
    + r"فرهنگی(?:"
    + S
    + r"سازمان)?"
    + S
    + r"ملل"
    + S
    + r"متحد",
    r"سازمان"
    + S
    + r"(?:جهانی"
    + S
    + r"(?:بهداشت|گردشگری|جهان"
    + S
    + r"گردی|تجارت)|(?:بهداشت|گردشگری|جهان"
    + S
    + r"گردی|تجارت)"
    + S
    + r"جهانی)",
    r"سازمان" + S + r"همکاری" + S + r"(?:های" + S + r")?اقتصادی",
    r"برنامه" + S + r"محیط" + S + r"زیست" + S + r"(?:سازمان" + S + r")?ملل" + S + r"متحد",
    r"\bUnited Nations Educational,? Scientific and Cultural Organi[sz]ation\b",
    r"\bWorld (?:Health|Tourism|Trade) Organi[sz]ation\b",
    r"\bEconomic Cooperation Organi[sz]ation\b",
    r"\b(?:UN|United Nations) Environment(?: Programme| Program)?\b",
)

# An organization's standing aims are not the story's subject: «هدف این شبکه ترویج ... است», "a network
# that promotes green mobility", "whose mission is ..."
_MISSION = L.rx(
    r"(?:هدف|اهداف|ماموریت|مأموریت)"
    + S
    + r"(?:این"
    + S
    + r")?(?:مجمع|سازمان|شبکه|اتحادیه|انجمن|نهاد)[^.؟!\n]*",
    r"\b(?:that|which) (?:pursues|aims|seeks|promotes|works to)\b[^.!?,\n]*",
    r"\bwhose (?:mission|goal|aim)s?\b[^.!?\n]*",
    r"\b(?:organi[sz]ation|network|forum|association)(?:'s)? (?:aims?|goals?|mission) (?:is|are)\b[^.!?\n]*",
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
    r"|بیشتر" + S + r"بخوانید|برچسب|کلید" + S + r"واژه|کلمات" + S + r"کلیدی|پربازدید|پربحث|پربیننده|پرخواننده"
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
    """The topics whose cue words the story has (``TOPICS``), with officials' titles, the
    pandemic as a time, outlets' and organizations' names and the page's menus and lists of other stories left out."""
    text = "\n".join(story_lines(text[: other_news_start(text)]))
    for pattern in (_OFFICE_FIELD, _PANDEMIC_TIME, _OUTLET, _ORG_NAME, _MISSION):
        text = _blank(pattern, text)
    return [t for t, r in TOPICS.items() if r.search(text)]
