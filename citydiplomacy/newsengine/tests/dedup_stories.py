"""Invented reports for the story-grouping tests: reports of one event told by several outlets.

Written for the tests in the style of Iranian municipal news agencies and of foreign city press (no
sentence or name of the evaluation files). ``SAME`` holds reports of one event that different
outlets retell with other wording and length, in Persian and in English, with names in two
scripts, kinds of event named differently, a date missing or a day later, one partner more or less.
The near misses that must stay apart are in ``dedup_stories_apart``. Each report is
``(text, published)``; used by ``test_dedup_stories.py``.
"""

Report = tuple[str, str | None]

# one English report of a hosted session, told against several other reports below and in the near misses
TABRIZ_BUREAU_EN: Report = (
    "Tabriz hosts UCLG-MEWA executive bureau\nTABRIZ – Delegates from 11 cities of the Middle East and "
    "West Asia met in Tabriz on Monday for a three-day session of the UCLG-MEWA executive bureau. Tabriz "
    "Mayor Behzad Kashefinia opened the session and urged cities of the region to share their experience "
    "in water management and the renewal of historic quarters. Secretary General Selim Demirkan said the "
    "section now counts 140 member cities. The mayors of Bursa and Gaziantep and delegates from Erbil and "
    "Doha are taking part.",
    "2025-10-21",
)

SAME: list[tuple[str, list[Report]]] = [
    (
        "fa-fa-visit-long-and-short",
        [
            (
                "سفر شهردار اصفهان به کازان\nشهردار اصفهان در رأس هیئتی از مدیران شهری روز دوشنبه وارد کازان "
                "روسیه شد و با شهردار کازان دیدار کرد. دو طرف درباره همکاری در حمل و نقل عمومی، مترو و "
                "گردشگری گفت‌وگو کردند. به گزارش روابط عمومی شهرداری اصفهان، کازان از سال ۱۳۹۸ خواهرخوانده "
                "اصفهان است و دو شهر پیش از این در زمینه صنایع دستی و برگزاری هفته فرهنگی همکاری کرده‌اند. "
                "قرار است در این سفر نمایشگاهی از آثار هنرمندان اصفهانی در موزه ملی تاتارستان افتتاح شود.",
                "2025-05-12",
            ),
            (
                "دیدار شهرداران اصفهان و کازان\nشهردار اصفهان که به کازان سفر کرده است امروز با همتای روس خود "
                "درباره توسعه مترو و گردشگری دو شهر خواهرخوانده رایزنی کرد.",
                "2025-05-12",
            ),
        ],
    ),
    (
        "fa-en-visit-outbound",
        [
            (
                "ورود شهردار اصفهان به کازان\nشهردار اصفهان به همراه هیئتی از مدیران شهرداری وارد کازان شد و "
                "با شهردار این شهر درباره حمل و نقل عمومی و گردشگری گفت‌وگو کرد.",
                "2025-05-12",
            ),
            (
                "Isfahan mayor arrives in Kazan\nThe Mayor of Isfahan, Iran, arrived in Kazan on Monday with a "
                "municipal delegation and held talks with the Mayor of Kazan on public transport and tourism.",
                "2025-05-13",
            ),
        ],
    ),
    (
        "fa-fa-meeting-and-visit",
        [
            (
                "دیدار سفیر ارمنستان با شهردار شیراز\nسفیر ارمنستان در تهران که به شیراز سفر کرده است با "
                "شهردار شیراز دیدار کرد. در این دیدار درباره گردشگری و پروازهای مستقیم ایروان و شیراز گفت‌وگو شد.",
                "2025-02-03",
            ),
            (
                "سفر سفیر ارمنستان به شیراز\nسفیر ارمنستان امروز در سفری یک‌روزه وارد شیراز شد و در "
                "شهرداری شیراز مورد استقبال شهردار قرار گرفت. برقراری پرواز مستقیم میان ایروان و شیراز و "
                "رونق گردشگری محور این دیدار بود.",
                "2025-02-04",
            ),
        ],
    ),
    (
        "fa-fa-agreement-and-statement",
        [
            (
                "امضای تفاهم‌نامه خواهرخواندگی یزد و بخارا\nتفاهم‌نامه خواهرخواندگی شهرهای یزد و بخارا امروز "
                "با حضور شهردار یزد و شهردار بخارا در محل شهرداری یزد به امضا رسید. بر اساس این تفاهم‌نامه دو "
                "شهر در زمینه میراث تاریخی، گردشگری و صنایع دستی همکاری خواهند کرد.",
                "2024-10-21",
            ),
            (
                "رئیس شورای شهر یزد: خواهرخواندگی با بخارا افق تازه‌ای برای گردشگری یزد است\nرئیس شورای "
                "اسلامی شهر یزد با اشاره به امضای تفاهم‌نامه خواهرخواندگی یزد و بخارا گفت: دو شهر تاریخی "
                "جاده ابریشم اکنون می‌توانند در میراث تاریخی و گردشگری همکاری کنند.",
                "2024-10-22",
            ),
        ],
    ),
    (
        "en-en-undated-and-dated",
        [
            (
                "Kazan hosts delegation from Shiraz\nKazan Mayor received a delegation from the Iranian city of "
                "Shiraz at the City Hall. The guests discussed tourism routes, student exchanges and a festival "
                "of Persian poetry planned for the autumn.",
                None,
            ),
            (
                "Shiraz delegation visits Kazan City Hall\nMarch 4, 2025 - A delegation of Shiraz municipality "
                "visited Kazan and met the city's mayor. Both sides agreed to prepare student exchanges and a "
                "poetry festival, and to open new tourism routes.",
                "2025-03-04",
            ),
        ],
    ),
    (
        "fa-fa-extra-city",
        [
            (
                "دیدار شهردار مشهد با شهرداران هرات و کابل\nشهردار مشهد در حاشیه نشست شهرهای مرزی با شهرداران "
                "هرات و کابل دیدار کرد و درباره مدیریت پسماند و حمل و نقل مسافران گفت‌وگو کرد.",
                "2024-12-09",
            ),
            (
                "رایزنی شهردار مشهد و شهردار هرات\nشهردار مشهد امروز با شهردار هرات دیدار و بر همکاری دو شهر "
                "در مدیریت پسماند، حمل و نقل مسافران و آموزش تأکید کرد.",
                "2024-12-09",
            ),
        ],
    ),
    (
        "fa-en-people-two-scripts",
        [
            (
                "دیدار شهردار تبریز با شهردار گنجه\nفرهاد سپهرآرا شهردار گنجه در دیدار با شهردار تبریز "
                "خواستار گسترش همکاری‌های فرهنگی و اقتصادی دو شهر شد.",
                None,
            ),
            (
                "Ganja mayor holds talks in Tabriz\nGanja Mayor Farhad Sepehrara met the Mayor of Tabriz and "
                "called for closer cultural and economic cooperation between the two cities.",
                None,
            ),
        ],
    ),
    (
        "fa-fa-three-outlets",
        [
            (
                "همکاری تهران و مسکو در مدیریت ترافیک\nمعاون حمل و نقل شهرداری تهران در سفر به مسکو با مدیران "
                "مرکز کنترل ترافیک مسکو دیدار کرد و از این مرکز بازدید کرد.",
                "2024-07-15",
            ),
            (
                "بازدید هیئت شهرداری تهران از مرکز کنترل ترافیک مسکو\nهیئتی از شهرداری تهران به سرپرستی معاون "
                "ترافیک شهرداری، از مرکز کنترل هوشمند ترافیک مسکو بازدید کرد و با مسئولان آن گفت‌وگو کرد.",
                "2024-07-15",
            ),
            (
                "تهران از تجربه مسکو در ترافیک هوشمند بهره می‌گیرد\nبه گزارش خبرنگار ما، معاون شهردار تهران "
                "که در مسکو به سر می‌برد گفت: تجربه مسکو در کنترل هوشمند ترافیک برای تهران ارزشمند است.",
                "2024-07-16",
            ),
        ],
    ),
    (
        "en-en-different-headlines",
        [
            (
                "Mashhad and Karbala pledge to ease pilgrims' travel\nThe mayors of Mashhad and Karbala met in "
                "Karbala on Sunday and pledged to work together on pilgrims' transport, hotels and city services "
                "during the religious season.",
                "2024-08-18",
            ),
            (
                "Mashhad mayor in Karbala for talks on pilgrim services\nOn a visit to Iraq, the Mayor of Mashhad "
                "held talks with his Karbala counterpart about transport and accommodation for pilgrims.",
                "2024-08-19",
            ),
        ],
    ),
    (
        "fa-en-mirrored",
        [
            (
                "سفر شهردار دوشنبه به اصفهان\nشهردار دوشنبه پایتخت تاجیکستان در رأس هیئتی وارد اصفهان شد و با "
                "شهردار اصفهان درباره همکاری‌های فرهنگی و گردشگری دیدار کرد.",
                "2024-04-08",
            ),
            (
                "Dushanbe mayor leads delegation to Isfahan\nThe Mayor of Dushanbe led a delegation to Isfahan, "
                "Iran, and met the Mayor of Isfahan on cultural ties and tourism.",
                "2024-04-09",
            ),
        ],
    ),
    (
        "fa-fa-org-event",
        [
            (
                "حضور شهرداری تهران در کنگره جهانی متروپلیس\nهیئت شهرداری تهران در کنگره جهانی متروپلیس که "
                "در بارسلونا برگزار می‌شود حضور یافت و تجربه تهران در مدیریت بحران را ارائه کرد.",
                "2023-11-20",
            ),
            (
                "ارائه تجربه مدیریت بحران تهران در بارسلونا\nمدیرکل روابط بین‌الملل شهرداری تهران در کنگره "
                "متروپلیس در بارسلونا، برنامه‌های تهران برای آمادگی در برابر زلزله را تشریح کرد.",
                "2023-11-21",
            ),
        ],
    ),
    (
        "fa-en-org-event",
        [
            (
                "حضور شهردار تهران در نشست متروپلیس\nشهردار تهران در نشست هیئت مدیره متروپلیس در بارسلونا "
                "شرکت کرد و درباره حکمرانی شهری سخنرانی کرد.",
                "2023-11-20",
            ),
            (
                "Tehran mayor addresses Metropolis board in Barcelona\nThe Mayor of Tehran attended the board "
                "meeting of Metropolis in Barcelona and spoke on urban governance.",
                None,
            ),
        ],
    ),
    (
        "fa-fa-no-date-one",
        [
            (
                "دیدار سرکنسول ترکیه با شهردار ارومیه\nسرکنسول ترکیه در ارومیه با شهردار ارومیه دیدار و درباره "
                "برگزاری هفته فرهنگی ترکیه و توسعه گردشگری گفت‌وگو کرد.",
                "2025-01-14",
            ),
            (
                "شهردار ارومیه: هفته فرهنگی ترکیه در ارومیه برگزار می‌شود\nشهردار ارومیه در دیدار با سرکنسول "
                "ترکیه از برگزاری هفته فرهنگی ترکیه در ارومیه خبر داد و بر توسعه گردشگری تأکید کرد.",
                None,
            ),
        ],
    ),
    (
        "en-en-agreement-and-signing-visit",
        [
            (
                "Kazan and Tabriz sign memorandum on tourism\nKazan and Tabriz signed a memorandum of "
                "understanding on tourism and culture on Thursday during the visit of Tabriz's mayor to Kazan.",
                "2024-09-12",
            ),
            (
                "Tabriz mayor visits Kazan\nA delegation led by the Mayor of Tabriz visited Kazan this week, "
                "toured the Kremlin and met the Mayor of Kazan. A memorandum on tourism and culture was signed.",
                "2024-09-13",
            ),
        ],
    ),
    (
        "fa-fa-hosted-and-meeting",
        [
            (
                "برگزاری همایش شهرهای خواهرخوانده در شیراز\nهمایش بین‌المللی شهرهای خواهرخوانده شیراز با حضور "
                "نمایندگانی از دوشنبه، بخارا و ایروان امروز در شیراز برگزار شد.",
                "2024-05-06",
            ),
            (
                "شهردار شیراز: شهرهای خواهرخوانده سفیران فرهنگی شیرازند\nشهردار شیراز در همایش شهرهای "
                "خواهرخوانده که با حضور نمایندگان دوشنبه و بخارا برگزار شد گفت این شهرها سفیران فرهنگی شیرازند.",
                "2024-05-06",
            ),
        ],
    ),
    (
        "en-fa-ambassador",
        [
            (
                "Ambassador of Austria meets Isfahan mayor\nThe Ambassador of Austria to Iran met the Mayor of "
                "Isfahan in Isfahan on Tuesday to discuss restoring historic buildings and cultural exchanges.",
                "2025-04-15",
            ),
            (
                "دیدار سفیر اتریش با شهردار اصفهان\nسفیر اتریش در ایران امروز با شهردار اصفهان دیدار کرد و "
                "درباره مرمت بناهای تاریخی و تبادل فرهنگی گفت‌وگو کرد.",
                "2025-04-15",
            ),
        ],
    ),
    (
        "fa-fa-background-heavy",
        [
            (
                "دیدار شهردار رشت با کنسول روسیه\nکنسول روسیه در رشت با شهردار رشت دیدار کرد.",
                "2024-03-02",
            ),
            (
                "گسترش همکاری رشت و آستاراخان\nکنسول روسیه در رشت در دیدار با شهردار رشت بر گسترش همکاری‌های "
                "رشت و آستاراخان تأکید کرد. رشت و آستاراخان از سال‌ها پیش روابط دوستانه دارند و کشتیرانی در "
                "دریای خزر، گردشگری و تجارت محصولات کشاورزی از محورهای اصلی همکاری دو شهر است. شهردار رشت نیز "
                "در این دیدار از آمادگی شهرداری برای برگزاری هفته فرهنگی روسیه در رشت خبر داد و گفت: گیلان و "
                "استان آستاراخان پیوندهای تاریخی دارند و باید از این ظرفیت استفاده کرد.",
                "2024-03-03",
            ),
        ],
    ),
    (
        "en-en-one-undated-retold",
        [
            (
                "Yazd delegation at the Bukhara crafts fair\nA delegation of Yazd municipality attended the "
                "international crafts fair in Bukhara, Uzbekistan, and presented the city's textiles.",
                "2024-06-10",
            ),
            (
                "Iranian city of Yazd showcases textiles in Bukhara\nYazd's municipal delegation joined the "
                "crafts fair in Bukhara, presenting hand-woven textiles and inviting visitors to Yazd.",
                None,
            ),
        ],
    ),
    (
        "fa-fa-people-forms",
        [
            (
                "دیدار شهردار کرج با شهردار ایروان\nکاوه نیک‌اندیش شهردار کرج در سفر به ایروان با شهردار این شهر "
                "دیدار کرد و دو طرف بر گسترش همکاری در فضای سبز تأکید کردند.",
                "2024-10-02",
            ),
            (
                "همکاری کرج و ایروان در فضای سبز\nنیک اندیش شهردار کرج که به ارمنستان سفر کرده است در ایروان "
                "گفت: تجربه ایروان در فضای سبز و پارک‌های شهری برای کرج ارزشمند است.",
                "2024-10-03",
            ),
        ],
    ),
    (
        "en-en-virtual",
        [
            (
                "Tehran and Seoul hold online meeting on smart city\nOfficials of Tehran and Seoul held a video "
                "conference on smart city services and digital payment in public transport.",
                "2024-02-20",
            ),
            (
                "Seoul shares smart city know-how with Tehran\nIn an online session, Seoul's smart city officials "
                "presented digital payment and traffic data services to their Tehran counterparts.",
                "2024-02-20",
            ),
        ],
    ),
    (
        "fa-en-event-attended",
        [
            (
                "حضور شهردار شیراز در اجلاس شهرداران آسیا در استانبول\nشهردار شیراز برای شرکت در اجلاس "
                "شهرداران آسیا وارد استانبول شد.",
                "2024-09-23",
            ),
            (
                "Shiraz mayor at Asian mayors summit in Istanbul\nShiraz Mayor joined the Asian mayors summit in "
                "Istanbul and spoke about cultural tourism and historic gardens.",
                "2024-09-24",
            ),
        ],
    ),
    (
        "fa-fa-org-unhabitat",
        [
            (
                "دیدار نماینده یونیدو با شهردار مشهد\nنماینده یونیدو در ایران با شهردار مشهد دیدار و درباره "
                "صنایع کوچک و اشتغال جوانان گفت‌وگو کرد.",
                "2024-11-11",
            ),
            (
                "همکاری مشهد و یونیدو در توسعه صنایع کوچک\nشهردار مشهد در دیدار با نماینده سازمان توسعه صنعتی "
                "ملل متحد (یونیدو) از آمادگی شهرداری برای همکاری در اشتغال جوانان خبر داد.",
                "2024-11-12",
            ),
        ],
    ),
    (
        "en-en-partner-city-only-one",
        [
            (
                "Qom and Najaf to twin\nThe mayors of Qom and Najaf agreed to draft a sister-city agreement "
                "during a meeting in Najaf on Monday.",
                "2024-01-15",
            ),
            (
                "Qom mayor visits Iraq\nThe Mayor of Qom, on a visit to Iraq, met his Najaf counterpart and both "
                "agreed to draft a sister-city agreement.",
                "2024-01-16",
            ),
        ],
    ),
    (
        "fa-en-agreement-other-kind",
        [
            (
                "امضای تفاهم‌نامه همکاری شهرداری تبریز و شهرداری باکو\nشهرداری‌های تبریز و باکو تفاهم‌نامه "
                "همکاری در زمینه حمل و نقل عمومی و گردشگری امضا کردند.",
                "2024-06-03",
            ),
            (
                "Tabriz mayor in Baku\nThe Mayor of Tabriz visited Baku and met the head of Baku's executive "
                "power; a memorandum on public transport and tourism was signed.",
                "2024-06-04",
            ),
        ],
    ),
    (
        "fa-fa-short-agency",
        [
            (
                "شهردار اصفهان با سفیر ژاپن دیدار کرد\nسفیر ژاپن در ایران با شهردار اصفهان درباره مرمت باغ‌های "
                "تاریخی و همکاری فرهنگی دو کشور گفت‌وگو کرد.",
                "2025-03-10",
            ),
            (
                "سفیر ژاپن در شهرداری اصفهان\nسفیر ژاپن امروز در شهرداری اصفهان حضور یافت و با شهردار دیدار کرد.",
                "2025-03-10",
            ),
        ],
    ),
    (
        "en-en-mirrored-press",
        [
            (
                "Bursa welcomes Tabriz delegation\nBursa Mayor welcomed a delegation from Tabriz at the city hall "
                "and discussed the silk road heritage shared by the two cities.",
                "2024-11-05",
            ),
            (
                "Tabriz delegation in Bursa\nA Tabriz municipality delegation was received by the Mayor of Bursa "
                "to talk about silk road heritage and tourism.",
                "2024-11-05",
            ),
        ],
    ),
    (
        "fa-fa-undated-two-people-other-kinds",
        [
            (
                "دیدار سفیر بلاروس با شهردار تبریز\nویکتور کاراسیک سفیر بلاروس در ایران در دیدار با بهروز "
                "نیک‌سرشت شهردار تبریز بر همکاری دو کشور در ساخت اتوبوس برقی تأکید کرد.",
                None,
            ),
            (
                "سفر سفیر بلاروس به تبریز\nکاراسیک سفیر بلاروس که به تبریز سفر کرده است در شهرداری تبریز با "
                "نیک‌سرشت شهردار این شهر درباره خرید اتوبوس برقی و آموزش رانندگان گفت‌وگو کرد.",
                None,
            ),
        ],
    ),
    (
        "fa-en-undated-one-person-other-kinds",
        [
            (
                "دیدار سفیر بلاروس با شهردار تبریز\nویکتور کاراسیک سفیر بلاروس با شهردار تبریز دیدار و درباره "
                "ساخت اتوبوس برقی گفت‌وگو کرد.",
                None,
            ),
            (
                "Belarus ambassador visits Tabriz\nAmbassador of Belarus Viktor Karasik visited Tabriz and held "
                "talks with the city's mayor on electric buses.",
                None,
            ),
        ],
    ),
    (
        # the engine reads the Persian report as a statement (it quotes the two speeches at the opening)
        "fa-en-hosted-board-told-by-its-speeches",
        [
            (
                "شهرهای منطقه منتظر دولت‌ها نمانند\nبهزاد کاشفی‌نیا شهردار تبریز روز گذشته در آیین گشایش نشست دفتر "
                "اجرایی سازمان جهانی شهرها و دولت‌های محلی متحد گفت: شهرهای منطقه نباید منتظر دولت‌ها بمانند و "
                "می‌توانند در مدیریت آب و بازآفرینی بافت تاریخی از تجربه یکدیگر بهره ببرند. به گزارش خبرنگار ما، "
                "شهرداران بورسا و غازی‌عنتاب و نمایندگان اربیل و دوحه در این نشست حضور دارند. سلیم دمیرکان دبیرکل "
                "این سازمان نیز با ارائه گزارشی گفت: شمار اعضا در دو سال اخیر به ۱۴۰ شهر رسیده است.",
                "2025-10-21",
            ),
            TABRIZ_BUREAU_EN,
        ],
    ),
    (
        # a short agency item names the organization and one guest city, the fuller report every city
        "fa-en-short-item-names-one-guest-city",
        [
            (
                "آغاز نشست دفتر اجرایی یوسی‌ال‌جی در تبریز\nنشست دفتر اجرایی سازمان جهانی شهرها و دولت‌های محلی "
                "متحد امروز دوشنبه با حضور نمایندگان شهرهای عضو در تبریز آغاز شد. شهردار تبریز در افتتاحیه این "
                "نشست از آمادگی این شهر برای تبادل تجربه خبر داد و شهردار بورسا نیز از میزبانی تبریز قدردانی کرد.",
                "2025-10-20",
            ),
            TABRIZ_BUREAU_EN,
        ],
    ),
]
