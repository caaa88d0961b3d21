"""Invented near misses for the story-grouping tests: reports of two events that must stay apart.

Written for the tests like ``dedup_stories`` (no sentence or name of the evaluation files): the same
mayor's two visits a month apart, two cities' mayors in one foreign city the same week, two
agreements of one city on one day with other partners, the week's round-up and one of its items,
two events of one city and partner in a month, a visit and the return visit, the mayor's words to
the press during a hosted session, a meeting and a signing two days apart. Each report is
``(text, published)``; used by ``test_dedup_stories.py``.
"""

from .dedup_stories import TABRIZ_BUREAU_EN, Report

APART: list[tuple[str, list[Report]]] = [
    (
        "same-mayor-two-visits-a-month-apart-fa",
        [
            (
                "سفر شهردار اصفهان به کازان\nشهردار اصفهان در رأس هیئتی وارد کازان شد و با شهردار این شهر "
                "درباره حمل و نقل عمومی و گردشگری گفت‌وگو کرد.",
                "2025-05-12",
            ),
            (
                "سفر دوباره شهردار اصفهان به کازان\nشهردار اصفهان برای شرکت در جشنواره فرهنگی وارد کازان شد و "
                "با شهردار این شهر درباره گردشگری گفت‌وگو کرد.",
                "2025-06-16",
            ),
        ],
    ),
    (
        "same-mayor-two-visits-a-month-apart-en",
        [
            (
                "Isfahan mayor arrives in Kazan\nThe Mayor of Isfahan arrived in Kazan with a municipal delegation "
                "and held talks with the Mayor of Kazan on public transport and tourism.",
                "2025-05-13",
            ),
            (
                "Isfahan mayor back in Kazan\nThe Mayor of Isfahan arrived in Kazan again with a delegation and "
                "held talks with the Mayor of Kazan on tourism and a culture festival.",
                "2025-06-17",
            ),
        ],
    ),
    (
        "same-mayor-two-visits-across-languages",
        [
            (
                "ورود شهردار اصفهان به کازان\nشهردار اصفهان به همراه هیئتی وارد کازان شد و با شهردار این شهر "
                "درباره حمل و نقل عمومی گفت‌وگو کرد.",
                "2025-05-12",
            ),
            (
                "Isfahan mayor back in Kazan\nThe Mayor of Isfahan arrived in Kazan again and held talks with the "
                "Mayor of Kazan on tourism and a culture festival.",
                "2025-06-17",
            ),
        ],
    ),
    (
        "two-cities-mayors-in-one-city-fa",
        [
            (
                "سفر شهردار اصفهان به کازان\nشهردار اصفهان در رأس هیئتی وارد کازان شد و با شهردار کازان "
                "درباره گردشگری گفت‌وگو کرد.",
                "2025-05-12",
            ),
            (
                "سفر شهردار شیراز به کازان\nشهردار شیراز در رأس هیئتی وارد کازان شد و با شهردار کازان "
                "درباره گردشگری گفت‌وگو کرد.",
                "2025-05-14",
            ),
        ],
    ),
    (
        "two-cities-mayors-in-one-city-en",
        [
            (
                "Mashhad mayor visits Karbala\nThe Mayor of Mashhad visited Karbala and met the governor of "
                "Karbala on pilgrims' services.",
                "2024-08-18",
            ),
            (
                "Qom mayor visits Karbala\nThe Mayor of Qom visited Karbala and met the governor of Karbala on "
                "pilgrims' services.",
                "2024-08-19",
            ),
        ],
    ),
    (
        "two-agreements-one-day-fa",
        [
            (
                "امضای تفاهم‌نامه همکاری تبریز و باکو\nشهرداری تبریز و شهرداری باکو امروز تفاهم‌نامه همکاری در "
                "زمینه حمل و نقل عمومی امضا کردند.",
                "2024-06-03",
            ),
            (
                "امضای تفاهم‌نامه همکاری تبریز و گنجه\nشهرداری تبریز و شهرداری گنجه امروز تفاهم‌نامه همکاری در "
                "زمینه حمل و نقل عمومی امضا کردند.",
                "2024-06-03",
            ),
        ],
    ),
    (
        "two-agreements-one-day-en",
        [
            (
                "Yazd signs memorandum with Bukhara\nYazd municipality signed a memorandum of understanding with "
                "Bukhara on heritage and tourism on Monday.",
                "2024-10-21",
            ),
            (
                "Yazd signs memorandum with Samarkand\nYazd municipality signed a memorandum of understanding with "
                "Samarkand on heritage and tourism on Monday.",
                "2024-10-21",
            ),
        ],
    ),
    (
        "two-agreements-one-day-across-languages",
        [
            (
                "امضای تفاهم‌نامه یزد و بخارا\nشهرداری یزد و شهرداری بخارا تفاهم‌نامه همکاری در میراث تاریخی و "
                "گردشگری امضا کردند.",
                "2024-10-21",
            ),
            (
                "Yazd signs memorandum with Samarkand\nYazd municipality signed a memorandum of understanding with "
                "Samarkand on heritage and tourism.",
                "2024-10-21",
            ),
        ],
    ),
    (
        "weekly-round-up-and-one-item",
        [
            (
                "دیدار سرکنسول ترکیه با شهردار ارومیه\nسرکنسول ترکیه در ارومیه با شهردار ارومیه دیدار و درباره "
                "برگزاری هفته فرهنگی ترکیه و توسعه گردشگری گفت‌وگو کرد.",
                "2025-01-14",
            ),
            (
                "مروری بر فعالیت‌های بین‌المللی شهرداری ارومیه در هفته گذشته\nگزارش هفتگی روابط بین‌الملل: "
                "دیدار سرکنسول ترکیه با شهردار ارومیه و گفت‌وگو درباره هفته فرهنگی؛ بازدید هیئت شهرداری از "
                "نمایشگاه گردشگری وان؛ نشست مجازی با مدیران شهری باتومی؛ پذیرایی از دانشجویان خارجی دانشگاه "
                "ارومیه؛ ارسال پیام تبریک به شهردار ارزروم؛ برگزاری کارگاه آموزشی مدیریت بحران با حضور "
                "کارشناسان هلال احمر؛ بررسی طرح پیاده‌راه مرکز شهر و برنامه جشنواره انار.",
                "2025-01-17",
            ),
        ],
    ),
    (
        "two-events-same-partner-a-month-apart",
        [
            (
                "دیدار سفیر ارمنستان با شهردار شیراز\nسفیر ارمنستان در ایران با شهردار شیراز دیدار و درباره "
                "پروازهای مستقیم ایروان و شیراز گفت‌وگو کرد.",
                "2025-02-03",
            ),
            (
                "دیدار سفیر ارمنستان با شهردار شیراز\nسفیر ارمنستان در ایران با شهردار شیراز دیدار و درباره "
                "برگزاری هفته فرهنگی ارمنستان در شیراز گفت‌وگو کرد.",
                "2025-03-09",
            ),
        ],
    ),
    (
        "same-day-two-ambassadors",
        [
            (
                "دیدار سفیر اتریش با شهردار اصفهان\nسفیر اتریش در ایران با شهردار اصفهان دیدار کرد و درباره "
                "مرمت بناهای تاریخی گفت‌وگو کرد.",
                "2025-04-15",
            ),
            (
                "دیدار سفیر ژاپن با شهردار اصفهان\nسفیر ژاپن در ایران با شهردار اصفهان دیدار کرد و درباره "
                "مرمت باغ‌های تاریخی گفت‌وگو کرد.",
                "2025-04-15",
            ),
        ],
    ),
    (
        "two-cities-same-ambassador-same-day-en",
        [
            (
                "Austrian ambassador meets Isfahan mayor\nThe Ambassador of Austria met the Mayor of Isfahan to "
                "discuss historic buildings.",
                "2025-04-15",
            ),
            (
                "Austrian ambassador meets Shiraz mayor\nThe Ambassador of Austria met the Mayor of Shiraz to "
                "discuss historic buildings.",
                "2025-04-16",
            ),
        ],
    ),
    (
        "same-org-two-years",
        [
            (
                "Tehran at the Metropolis congress\nA Tehran municipality delegation attended the Metropolis "
                "world congress and presented the city's crisis management plans.",
                "2023-11-20",
            ),
            (
                "Tehran at the Metropolis congress\nA Tehran municipality delegation attended the Metropolis "
                "world congress and presented the city's green belt plans.",
                "2024-11-25",
            ),
        ],
    ),
    (
        "visit-and-later-congratulation",
        [
            (
                "سفر شهردار کرج به ایروان\nشهردار کرج به ایروان سفر کرد و با شهردار این شهر درباره فضای سبز "
                "گفت‌وگو کرد.",
                "2024-10-02",
            ),
            (
                "پیام تبریک شهردار کرج به شهردار ایروان\nشهردار کرج در پیامی سالروز تأسیس شهر ایروان را به "
                "شهردار این شهر تبریک گفت.",
                "2024-10-20",
            ),
        ],
    ),
    (
        "two-sister-city-anniversaries",
        [
            (
                "Kazan and Isfahan mark the anniversary of their twinning\nKazan and Isfahan celebrated the fifth "
                "anniversary of their sister-city ties with a concert.",
                "2024-05-20",
            ),
            (
                "Kazan and Isfahan mark the anniversary of their twinning\nKazan and Isfahan celebrated the sixth "
                "anniversary of their sister-city ties with an exhibition.",
                "2025-05-21",
            ),
        ],
    ),
    (
        "same-day-same-city-other-partners-undated",
        [
            (
                "Mashhad mayor meets consul of Pakistan\nThe Mayor of Mashhad met the Consul General of Pakistan "
                "to discuss pilgrims from Lahore and Karachi.",
                None,
            ),
            (
                "Mashhad mayor meets consul of Iraq\nThe Mayor of Mashhad met the Consul General of Iraq to "
                "discuss pilgrims from Najaf and Karbala.",
                None,
            ),
        ],
    ),
    (
        "undated-same-mayor-visit-and-agreement-across-languages",
        [
            (
                "سفر شهردار تبریز به مینسک\nبهروز نیک‌سرشت شهردار تبریز در رأس هیئتی به مینسک سفر کرد و با "
                "شهردار مینسک دیدار کرد.",
                None,
            ),
            (
                "Tabriz and Minsk sign memorandum\nTabriz Mayor Behrouz Nikseresht and the Mayor of Minsk signed a "
                "memorandum of understanding on electric buses.",
                None,
            ),
        ],
    ),
    (
        "undated-same-mayor-two-partners",
        [
            (
                "دیدار شهردار تبریز با سفیر بلاروس\nبهروز نیک‌سرشت شهردار تبریز با سفیر بلاروس درباره اتوبوس "
                "برقی گفت‌وگو کرد.",
                None,
            ),
            (
                "دیدار شهردار تبریز با سفیر گرجستان\nبهروز نیک‌سرشت شهردار تبریز با سفیر گرجستان درباره "
                "گردشگری گفت‌وگو کرد.",
                None,
            ),
        ],
    ),
    (
        # the mayor's words to the press the same days, naming the organization and a sister city: one
        # person in common with the report of the session is no report of it
        "mayors-statement-during-a-hosted-session",
        [
            (
                "شهردار تبریز: همکاری با بورسا وارد مرحله اجرایی می‌شود\nبهزاد کاشفی‌نیا شهردار تبریز امروز در جمع "
                "خبرنگاران گفت: طرح مشترک بازسازی بازار تاریخی با شهر خواهرخوانده بورسا به زودی اجرایی می‌شود. وی "
                "افزود: نشست سازمان جهانی شهرها و دولت‌های محلی متحد که این روزها در تبریز برپاست فرصت خوبی برای "
                "معرفی این طرح است.",
                "2025-10-21",
            ),
            TABRIZ_BUREAU_EN,
        ],
    ),
    (
        # each side's press tells its own city travelled: the mayor's visit and the return visit
        # weeks later, one of them undated, in wording the two sister cities' press share
        "visit-and-return-visit-one-undated",
        [
            (
                "Kazan mayor in Isfahan\nKAZAN – The Mayor of Kazan arrived in Isfahan at the head of a city "
                "delegation. He met the Mayor of Isfahan and visited the historic Naqsh-e Jahan square; the sides "
                "discussed tourism and metro cooperation between the twin cities.",
                None,
            ),
            (
                "Isfahan deputy mayor visits Kazan\nA delegation of Isfahan municipality led by a deputy mayor "
                "arrived in Kazan and met officials of the Kazan city hall to follow up on tourism and metro "
                "cooperation between the twin cities.",
                "2025-06-24",
            ),
        ],
    ),
    (
        # the same week each side went to the other: the Kazan mayor in Tabriz, a Tabriz deputy at a
        # forum in Kazan (both sides' press tell their own city travelled)
        "visit-and-forum-in-the-other-city-same-week",
        [
            (
                "Kazan mayor visits Tabriz\nKAZAN – The Mayor of Kazan visited Tabriz, Iran, on Monday at the head of "
                "a city delegation and met the Mayor of Tabriz. The sides discussed the sister-city action plan, a "
                "Tatar culture week in Tabriz and direct flights between the two cities.",
                "2025-05-12",
            ),
            (
                "حضور معاون شهردار تبریز در مجمع بین‌المللی کازان\nمعاون شهردار تبریز برای شرکت در مجمع اقتصادی "
                "بین‌المللی کازان به روسیه سفر کرد و در نشست شهرهای خواهرخوانده این مجمع درباره تجربه تبریز در "
                "گردشگری سخنرانی کرد.",
                "2025-05-14",
            ),
        ],
    ),
    (
        # the city's own mayor named in both, one partner: a meeting on Monday and a signing on
        # Wednesday, told in two languages (two kinds of event, two days apart)
        "mayor-meeting-and-signing-two-days-apart-fa-en",
        [
            (
                "دیدار شهردار تبریز با معاون شهردار باکو\nبه گزارش روابط عمومی شهرداری تبریز، کامران دلاوری شهردار "
                "تبریز امروز با معاون شهردار باکو که برای شرکت در جشنواره فرهنگی به تبریز آمده است دیدار و درباره "
                "همکاری‌های فرهنگی گفت‌وگو کرد.",
                "2025-11-03",
            ),
            (
                "Tabriz and Baku sign bus deal\nTABRIZ – Tabriz Mayor Kamran Delavari and the head of Baku Transport "
                "Agency signed a memorandum on electric buses on Wednesday, after a videoconference between the two "
                "cities' transport departments.",
                "2025-11-05",
            ),
        ],
    ),
    (
        # one foreign country, no partner city: its ambassador on Sunday, its trade attaché on Tuesday
        "two-diplomats-of-one-country-two-days-apart-fa-en",
        [
            (
                "دیدار سفیر عراق با شهردار تهران\nبه گزارش ایسنا، سفیر عراق در تهران امروز با شهردار تهران دیدار کرد "
                "و دو طرف درباره خدمات شهری به زائران اربعین و همکاری در مدیریت پسماند گفت‌وگو کردند.",
                "2025-07-20",
            ),
            (
                "Iraqi trade attaché at Tehran municipality\nTEHRAN – The commercial attaché of the Iraqi embassy met "
                "Tehran's deputy mayor for economic affairs on Tuesday to discuss Iranian firms in construction "
                "projects in Iraqi cities and bus exports.",
                "2025-07-22",
            ),
        ],
    ),
    (
        # the same in one language, worded alike by the municipality's reporters
        "two-diplomats-of-one-country-two-days-apart-fa",
        [
            (
                "دیدار سفیر عراق با شهردار تهران\nبه گزارش ایسنا، سفیر عراق در تهران امروز با شهردار تهران دیدار کرد "
                "و دو طرف درباره خدمات شهری به زائران اربعین و همکاری در مدیریت پسماند گفت‌وگو کردند. شهردار تهران "
                "گفت: شهرداری تهران امسال نیز موکب‌های خدمات شهری را در مسیر پیاده‌روی اربعین برپا می‌کند.",
                "2025-07-20",
            ),
            (
                "رایزن بازرگانی عراق در شهرداری تهران\nبه گزارش همشهری آنلاین، رایزن بازرگانی سفارت عراق با معاون "
                "اقتصادی شهرداری تهران دیدار کرد و درباره حضور شرکت‌های ایرانی در پروژه‌های عمرانی شهرهای عراق و "
                "صادرات اتوبوس گفت‌وگو شد.",
                "2025-07-22",
            ),
        ],
    ),
]
