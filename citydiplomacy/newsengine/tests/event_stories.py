"""Invented stories for the event-type tests: a title, a short lead and the expected type.

Written for the tests in the style of Iranian municipal news agencies and of English city press (no
sentence or name pairing of the evaluation files). They cover every event type and the confusions
the engine is known to make: who moves where (our officials abroad vs guests at home), an event
attended vs hosted vs a meeting with no travel, an agreement signed in the story vs only recalled,
planned or discussed, membership, online meetings, statements and reports. Used by
``test_event_types.py`` and by ``bench/news/event_type_cv.py``.
The harder ones (agency style, tours, guests, foreign cities' own news, envoys) are in
``event_stories_hard``, those told apart only by the text's evidence (a trip shown or not, an agreement
signed here or only its topic) in ``event_stories_evidence``, those at the boundaries of the definitions in ``event_stories_bounds``;
``STORIES`` holds them all.
"""

import pytest

from .event_stories_bounds import BOUNDS
from .event_stories_evidence import EVIDENCE
from .event_stories_guide import GUIDE
from .event_stories_hard import CONFUSIONS

BASIC = [
    # -- outbound_visit: our officials travel abroad ---------------------------------------------
    (
        "out-fa-erzurum",
        "سفر شهردار تبریز به ترابزون",
        "شهردار تبریز در رأس هیئتی به ترابزون ترکیه سفر کرد. وی در این سفر با شهردار ترابزون دیدار و "
        "درباره توسعه همکاری‌های گردشگری دو شهر گفت‌وگو کرد.",
        "outbound_visit",
    ),
    (
        "out-fa-arrived",
        "ورود شهردار شیراز به سمرقند",
        "شهردار شیراز به همراه هیئتی از مدیران شهرداری شیراز عصر دیروز وارد سمرقند ازبکستان شد و "
        "مورد استقبال معاون شهردار سمرقند قرار گرفت.",
        "outbound_visit",
    ),
    (
        "out-en-bristol",
        "Lord Mayor of Bristol leads trade mission to Chengdu",
        "The Lord Mayor of Bristol travelled to Chengdu this week at the head of a business delegation. "
        "During the visit she met the Mayor of Chengdu and toured the city's new metro depot.",
        "outbound_visit",
    ),
    (
        "out-en-future-in-lead",
        "Tehran mayor in Saint Petersburg for talks on metro cooperation",
        "Tehran Mayor arrived in Saint Petersburg on Tuesday at the head of a municipal delegation. During the "
        "two-day visit he will meet the mayor of Saint Petersburg and officials of the city's metro company.",
        "outbound_visit",
    ),
    (
        "out-fa-placed-abroad",
        "دیدار شهردار مشهد با استاندار نجف",
        "شهردار مشهد که برای سفری سه‌روزه در عراق به سر می‌برد، امروز در نجف با استاندار نجف دیدار و "
        "درباره خدمات به زائران گفت‌وگو کرد.",
        "outbound_visit",
    ),
    (
        "out-fa-azim",
        "معاون شهردار اصفهان عازم چنگدو شد",
        "معاون امور بین‌الملل شهرداری اصفهان در رأس هیئتی عازم چنگدو چین شد. هدف از این سفر پیگیری "
        "همکاری‌های دو شهر خواهرخوانده در حوزه گردشگری است.",
        "outbound_visit",
    ),
    (
        "out-en-graz",
        "Graz mayor visits sister city Almaty",
        "Graz Mayor paid a three-day visit to Almaty, where she was received by the akim of Almaty "
        "and visited the city's waste recycling plant.",
        "outbound_visit",
    ),
    # -- inbound_visit: a foreign delegation or ambassador comes to our city -------------------------
    (
        "in-fa-ambassador",
        "دیدار سفیر ایتالیا با شهردار اصفهان",
        "سفیر ایتالیا در تهران در سفر به اصفهان با شهردار اصفهان دیدار و درباره همکاری‌های فرهنگی گفت‌وگو کرد.",
        "inbound_visit",
    ),
    (
        "in-fa-delegation",
        "هیئتی از ترابزون وارد تبریز شد",
        "هیئتی از شهرداری ترابزون ترکیه به ریاست معاون شهردار ترابزون صبح امروز وارد تبریز شد و در "
        "ساختمان شهرداری تبریز با شهردار تبریز دیدار کرد.",
        "inbound_visit",
    ),
    (
        "in-en-delegation",
        "Delegation from Ufa visits Tabriz",
        "A delegation from Ufa led by its deputy mayor arrived in Tabriz on Monday and was received "
        "by the mayor of Tabriz at city hall.",
        "inbound_visit",
    ),
    (
        "in-en-received",
        "Japanese ambassador received at Shiraz City Hall",
        "The ambassador of Japan to Iran was received by the Mayor of Shiraz at City Hall on Sunday. "
        "The two sides discussed restoration of historic gardens.",
        "inbound_visit",
    ),
    (
        "in-fa-visiting-mayor-speaks",
        "شهردار خجند در مشهد: همکاری دو شهر گسترش می‌یابد",
        "شهردار شهر خجند تاجیکستان که در رأس هیئتی به مشهد سفر کرده است، در دیدار با شهردار مشهد "
        "بر گسترش همکاری‌های دو شهر تأکید کرد.",
        "inbound_visit",
    ),
    (
        "in-en-graz-welcomes",
        "Graz welcomes delegation from Almaty",
        "The Mayor of Graz welcomed a delegation from Almaty at the Town Hall on Thursday. The guests "
        "will also visit the university.",
        "inbound_visit",
    ),
    (
        "in-fa-welcomed",
        "استقبال شهردار رشت از هیئت ماخاچ‌قلعه",
        "هیئتی از ماخاچ‌قلعه روسیه به ریاست معاون استاندار ماخاچ‌قلعه صبح امروز وارد رشت شد و مورد "
        "استقبال شهردار رشت قرار گرفت.",
        "inbound_visit",
    ),
    pytest.param(
        "in-en-mayor-came",
        "Mayor of Herat in Mashhad to learn from its bus system",
        "The mayor of Herat, on a visit to Mashhad, met the mayor of Mashhad on Wednesday and toured "
        "the city's bus rapid transit lines.",
        "inbound_visit",
        marks=pytest.mark.xfail(
            reason="home_city() takes the visitor's city (Herat), named first", strict=True
        ),
    ),
    # -- agreement: signed or agreed in this story ------------------------------------------------
    (
        "agr-fa-mou",
        "امضای تفاهم‌نامه همکاری میان شهرداری‌های یزد و اوفا",
        "تفاهم‌نامه همکاری شهرداری یزد و شهرداری اوفا در حوزه میراث فرهنگی و گردشگری امروز به امضای "
        "شهرداران دو شهر رسید.",
        "agreement",
    ),
    (
        "agr-en-sister",
        "Isfahan and Chengdu sign sister city agreement",
        "The mayors of Isfahan and Chengdu signed a sister city agreement on Friday, committing the two "
        "cities to exchanges in culture and tourism.",
        "agreement",
    ),
    (
        "agr-fa-became-sisters",
        "اصفهان و فلورانس خواهرخوانده شدند",
        "با حضور شهرداران دو شهر، اصفهان و فلورانس ایتالیا رسماً خواهرخوانده شدند.",
        "agreement",
    ),
    (
        "agr-en-ink",
        "Mashhad, Najaf ink MoU on pilgrim services",
        "Mashhad municipality and Najaf city council inked a memorandum of understanding on services "
        "to pilgrims during a ceremony in Mashhad.",
        "agreement",
    ),
    (
        "agr-en-agreed",
        "Shiraz and Bukhara agree to become sister cities",
        "The mayors of Shiraz and Bukhara agreed on Tuesday to establish sister-city relations, the "
        "Shiraz municipality said.",
        "agreement",
    ),
    (
        "agr-fa-contract",
        "قرارداد خرید اتوبوس برقی شهرداری تهران با شرکت چینی امضا شد",
        "قرارداد خرید ۱۰۰ دستگاه اتوبوس برقی میان شرکت واحد شهرداری تهران و شرکت سازنده‌ای از چین امروز "
        "امضا شد.",
        "agreement",
    ),
    (
        "agr-en-after-visit",
        "Tabriz, Baku sign memorandum during mayor's visit",
        "During the visit of the mayor of Baku to Tabriz, the two cities signed a memorandum of "
        "understanding on urban transport.",
        "agreement",
    ),
    # -- an agreement only mentioned, recalled or planned ---------------------------------------------
    (
        "not-agr-fa-interview",
        "شهردار اصفهان در گفت‌وگو با خبرنگار ما: تفاهم‌نامه با چنگدو باید اجرایی شود",
        "شهردار اصفهان در گفت‌وگو با خبرنگار ما گفت تفاهم‌نامه‌ای که سه سال پیش با چنگدو امضا شد هنوز "
        "به پروژه مشترکی نرسیده است.",
        "statement_or_report",
    ),
    (
        "not-agr-en-report",
        "Report: most of Tabriz's sister city deals yield little",
        "A report by the city council shows that of the twelve memoranda of understanding signed by "
        "Tabriz municipality with foreign cities since 2015, only three have led to joint projects.",
        "statement_or_report",
    ),
    (
        "not-agr-fa-will-sign",
        "تفاهم‌نامه خواهرخواندگی شیراز و بخارا به زودی امضا می‌شود",
        "معاون شهردار شیراز از امضای تفاهم‌نامه خواهرخواندگی شیراز و بخارا در ماه آینده خبر داد و گفت "
        "متن آن نهایی شده است.",
        "statement_or_report",
    ),
    (
        "not-agr-en-recalled",
        "Ufa mayor meets Iranian consul general",
        "The mayor of Ufa met the Consul General of Iran in Ufa on Monday. They recalled the "
        "memorandum signed by Ufa and Yazd in 2017 and discussed student exchanges.",
        "meeting",
    ),
    (
        "not-agr-fa-draft",
        "بررسی پیش‌نویس تفاهم‌نامه رشت و ماخاچ‌قلعه",
        "در دیدار شهردار رشت با سرکنسول روسیه در رشت، پیش‌نویس تفاهم‌نامه همکاری رشت و ماخاچ‌قلعه بررسی شد.",
        "meeting",
    ),
    # -- membership ---------------------------------------------------------------------------
    (
        "mem-en-joins",
        "Tehran joins UCLG culture committee",
        "Tehran Municipality has become a member of the UCLG Committee on Culture, the municipality's "
        "international affairs office said on Sunday.",
        "membership",
    ),
    (
        "mem-fa-unesco",
        "شیراز به عضویت شبکه شهرهای خلاق یونسکو درآمد",
        "شهر شیراز با رأی یونسکو به عضویت شبکه شهرهای خلاق یونسکو درآمد. شهردار شیراز این موفقیت را به "
        "مردم شهر تبریک گفت.",
        "membership",
    ),
    (
        "mem-fa-elected",
        "شهردار مشهد نایب رئیس متروپلیس شد",
        "شهردار مشهد در مجمع عمومی متروپلیس که در سئول برگزار شد به عنوان نایب رئیس این انجمن انتخاب شد.",
        "membership",
    ),
    (
        "mem-en-board",
        "Isfahan elected to WeGO executive committee",
        "Isfahan was elected to the executive committee of WeGO at the organisation's general assembly "
        "held in Seoul, the city's mayor said.",
        "membership",
    ),
    # -- event_hosted: our city holds the event ----------------------------------------------------
    (
        "host-fa-conference",
        "همایش بین‌المللی شهرهای تاریخی به میزبانی یزد برگزار شد",
        "همایش بین‌المللی شهرهای تاریخی با حضور شهرداران و نمایندگان ۱۵ کشور به میزبانی شهرداری یزد "
        "امروز در یزد برگزار شد.",
        "event_hosted",
    ),
    (
        "host-en-conference",
        "Mashhad hosts tourism conference of Islamic cities",
        "Mashhad is hosting a three-day conference on religious tourism attended by mayors from Iraq, "
        "Pakistan and Afghanistan, the municipality said.",
        "event_hosted",
    ),
    (
        "host-fa-festival",
        "آغاز جشنواره بین‌المللی گل و گیاه در شیراز",
        "نخستین جشنواره بین‌المللی گل و گیاه شهرداری شیراز با حضور سفرای ۱۲ کشور در شیراز آغاز به کار کرد.",
        "event_hosted",
    ),
    (
        "host-en-gather",
        "Delegates from 20 countries gather in Isfahan for urban heritage forum",
        "Mayors and experts from twenty countries gathered in Isfahan on Monday for the urban heritage "
        "forum organised by Isfahan Municipality.",
        "event_hosted",
    ),
    (
        "host-fa-exhibition-delegates",
        "نمایشگاه بین‌المللی صنعت شهری در تبریز افتتاح شد",
        "نمایشگاه بین‌المللی صنعت شهری با حضور هیئت‌هایی از ترکیه و روسیه و شهردار تبریز در تبریز افتتاح شد.",
        "event_hosted",
    ),
    # -- event_attended: our officials take part in an event elsewhere --------------------------------
    (
        "att-fa-summit",
        "حضور معاون شهردار تهران در اجلاس جهانی شهرها در سنگاپور",
        "معاون شهردار تهران در اجلاس جهانی شهرها که در سنگاپور برگزار شد شرکت کرد و تجربه تهران در "
        "مدیریت آب را ارائه داد.",
        "event_attended",
    ),
    (
        "att-en-assembly",
        "Isfahan deputy mayor attends WeGO general assembly in Seoul",
        "Isfahan's deputy mayor for planning attended the WeGO general assembly in Seoul, where he "
        "presented the city's smart parking project.",
        "event_attended",
    ),
    (
        "att-fa-speech",
        "سخنرانی معاون شهردار مشهد در کنفرانس متروپلیس در بارسلون",
        "معاون شهردار مشهد در کنفرانس سالانه متروپلیس در بارسلون درباره حمل و نقل هوشمند سخنرانی کرد.",
        "event_attended",
    ),
    (
        "att-en-fair",
        "Tabriz showcases tourism at Istanbul travel fair",
        "Tabriz municipality took part in the international tourism exhibition held in Istanbul, "
        "presenting the city's historic bazaar to tour operators.",
        "event_attended",
    ),
    (
        "att-fa-went-for",
        "شهردار کرمان برای شرکت در مجمع جهانی شهری به قاهره رفت",
        "شهردار کرمان برای شرکت در مجمع جهانی شهری سازمان ملل راهی قاهره شد.",
        "event_attended",
    ),
    # -- meeting: no travel evident --------------------------------------------------------------
    (
        "meet-fa-consul",
        "دیدار سرکنسول ترکیه با شهردار تبریز",
        "سرکنسول ترکیه در تبریز با شهردار تبریز دیدار و درباره همکاری‌های شهری گفت‌وگو کرد.",
        "meeting",
    ),
    (
        "meet-fa-agency",
        "نشست مشترک شهرداری اصفهان و آژانس همکاری ژاپن",
        "نشست مشترک مدیران شهرداری اصفهان و نمایندگان آژانس همکاری‌های بین‌المللی ژاپن در ساختمان "
        "شهرداری اصفهان برگزار شد.",
        "meeting",
    ),
    (
        "meet-en-capital",
        "Graz mayor meets Iranian ambassador in Vienna",
        "The Mayor of Graz met the Iranian ambassador to Austria in Vienna on Friday to discuss "
        "cultural exchanges.",
        "meeting",
    ),
    # -- virtual_meeting ---------------------------------------------------------------------------
    (
        "virt-fa-video",
        "نشست ویدئوکنفرانسی شهرداران تهران و سن پترزبورگ",
        "شهرداران تهران و سن پترزبورگ در نشستی ویدئوکنفرانسی درباره همکاری در حوزه مترو گفت‌وگو کردند.",
        "virtual_meeting",
    ),
    (
        "virt-en-online",
        "Shiraz and Bukhara mayors hold online meeting",
        "The mayors of Shiraz and Bukhara held an online meeting on Wednesday on heritage tourism.",
        "virtual_meeting",
    ),
    (
        "virt-en-webinar",
        "Isfahan takes part in UCLG webinar on heritage",
        "Isfahan Municipality took part in a UCLG webinar on the protection of heritage cities, "
        "presenting its restoration programme.",
        "virtual_meeting",
    ),
    # -- statement_or_report ------------------------------------------------------------------------
    (
        "stat-fa-interview",
        "شهردار تبریز: دیپلماسی شهری باید اقتصادی باشد",
        "شهردار تبریز در گفت‌وگو با خبرنگاران گفت روابط تبریز با شهرهای خواهرخوانده باید به همکاری "
        "اقتصادی برسد.",
        "statement_or_report",
    ),
    (
        "stat-en-statistics",
        "Foreign tourists to Shiraz up 30 percent, municipality says",
        "The number of foreign tourists visiting Shiraz rose by 30 percent last year, according to "
        "statistics published by the Shiraz municipality.",
        "statement_or_report",
    ),
    (
        "stat-fa-trips-report",
        "گزارش سفرهای خارجی مدیران شهرداری قم منتشر شد",
        "گزارش سفرهای خارجی مدیران شهرداری قم در سال گذشته منتشر شد؛ بر اساس این گزارش مدیران شهری "
        "۱۲ بار به کشورهای عراق، ترکیه و روسیه سفر کرده‌اند.",
        "statement_or_report",
    ),
    (
        "stat-en-plan",
        "Mayor says Tabriz will seek sister cities in Central Asia",
        "Tabriz will seek new sister cities in Central Asia next year, the mayor of Tabriz told the "
        "city council on Tuesday.",
        "statement_or_report",
    ),
    # -- other -----------------------------------------------------------------------------------------
    (
        "other-fa-message",
        "پیام تبریک شهردار باتومی به شهردار اردبیل",
        "شهردار باتومی گرجستان در پیامی انتخاب شهردار جدید اردبیل را تبریک گفت.",
        "other",
    ),
    (
        "other-en-national",
        "Iran's foreign minister visits Baghdad",
        "Iran's foreign minister arrived in Baghdad on Sunday for talks with Iraqi officials on trade.",
        "other",
    ),
    (
        "other-fa-domestic",
        "بازدید شهردار شیراز از پروژه خط دو مترو",
        "شهردار شیراز امروز از روند اجرای پروژه خط دو مترو شیراز بازدید کرد.",
        "other",
    ),
]

STORIES = BASIC + CONFUSIONS + EVIDENCE + BOUNDS + GUIDE
