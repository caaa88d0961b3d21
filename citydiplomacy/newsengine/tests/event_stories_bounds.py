"""Invented stories at the boundaries of the README's definitions, for the event-type tests.

Written for the tests like ``event_stories`` (no sentence or name pairing of the evaluation files): a
body's board or a regional meeting that the city hosts (an event, though its noun is "نشست"), a
report that counts trips, signings and videoconferences (its content, not its event), a trip only
proposed by a speaker, an event a speaker plans for next year. ``event_stories`` joins them into
``STORIES``.
"""

# -- a meeting of many cities or of a body's board, held in our city: an event hosted ---------------
HOSTED_MEETINGS = [
    (
        "bound-fa-board-in-yazd",
        "آغاز نشست هیأت اجرایی شبکه شهرهای جاده ابریشم در یزد",
        "نشست هیأت اجرایی شبکه شهرهای جاده ابریشم صبح امروز با حضور نمایندگانی از نه شهر از جمله سمرقند و بخارا در یزد آغاز "
        "به کار کرد. شهردار یزد در آیین افتتاح گفت: یزد آماده انتقال تجربه خود در مرمت بافت تاریخی است.",
        "event_hosted",
    ),
    (
        "bound-fa-city-hosts-regional-meeting",
        "شیراز میزبان نشست منطقه‌ای شهرهای تاریخی شد",
        "نشست منطقه‌ای شهرهای تاریخی غرب آسیا با حضور هیئت‌هایی از شش کشور از دیروز در شیراز آغاز شده "
        "است و نمایندگان شهرهایی از ارمنستان و گرجستان در آن حضور دارند؛ شهردار شیراز میزبانی این نشست را فرصتی برای گردشگری شهر دانست.",
        "event_hosted",
    ),
    (
        "bound-fa-member-cities",
        "نشست شهرداران شهرهای عضو مجمع در مشهد برگزار شد",
        "نشست سالانه شهرداران شهرهای عضو مجمع شهرهای زیارتی امروز در مشهد برگزار شد و هیئتی از کربلا "
        "نیز در آن شرکت کرد.",
        "event_hosted",
    ),
    (
        "bound-en-executive-board",
        "Mashhad hosts executive board of pilgrimage cities network",
        "The executive board of the pilgrimage cities network opened its two-day session in Mashhad on "
        "Monday with delegates from seven member cities including Samarkand in Uzbekistan and Karbala in Iraq, Mashhad's mayor said at the opening.",
        "event_hosted",
    ),
]

# -- a report that counts trips, signings and videoconferences: a report, not one of them -------------
COUNTED = [
    (
        "bound-fa-yearly-record-signings",
        "کارنامه یک ساله روابط بین‌الملل شهرداری اصفهان",
        "مدیر روابط بین‌الملل شهرداری اصفهان گزارش عملکرد سال گذشته این اداره را ارائه کرد. به گفته وی "
        "در این مدت پنج تفاهم‌نامه همکاری با شهرهای ترکیه و ارمنستان امضا شد و هفت سفر خارجی انجام "
        "گرفت.",
        "statement_or_report",
    ),
    (
        "bound-fa-council-review-video",
        "گزارش سفرهای خارجی مدیران شهرداری رشت در شورای شهر",
        "رئیس کمیسیون نظارت شورای شهر رشت گزارش سفرهای خارجی مدیران شهرداری را قرائت کرد. "
        "در این مدت در شش همایش بین‌المللی در روسیه و گرجستان به صورت ویدئوکنفرانس شرکت شده است.",
        "statement_or_report",
    ),
    (
        "bound-en-annual-report-mous",
        "Kerman municipality's annual report: four MoUs and six trips abroad",
        "Kerman's international affairs office published its annual report on Sunday. Four memoranda were "
        "signed with cities in Afghanistan and Tajikistan, and six delegations from China visited Kerman.",
        "statement_or_report",
    ),
]

# -- a meeting where a trip is proposed or an event planned for next year: still a meeting ----------
PLANS_IN_A_MEETING = [
    (
        "bound-fa-ambassador-proposes-trip",
        "دیدار سفیر قطر با شهردار تهران",
        "سفیر قطر در تهران امروز با شهردار تهران در ساختمان شهرداری دیدار کرد. سفیر قطر در این دیدار "
        "گفت: پیشنهاد می‌کنم هیأتی از شهرداری تهران برای آشنایی با مترو دوحه به دوحه سفر کند.",
        "meeting",
    ),
    (
        "bound-en-consul-suggests-trip",
        "Turkish consul general meets Tabriz mayor",
        "The Consul General of Turkey in Tabriz met the mayor of Tabriz on Sunday and suggested that a "
        "delegation of the municipality travel to Trabzon to see its port.",
        "meeting",
    ),
    (
        "bound-fa-festival-next-year-in-speech",
        "دیدار سرکنسول روسیه با شهردار اصفهان",
        "سرکنسول روسیه در اصفهان امروز با شهردار اصفهان دیدار و گفت‌وگو کرد. شهردار اصفهان در این "
        "دیدار گفت: برگزاری هفته فرهنگی سن‌پترزبورگ در اصفهان برای ماه آینده قطعی شده است.",
        "meeting",
    ),
    (
        "bound-en-festival-next-year-in-speech",
        "Mashhad mayor meets Iraqi consul general",
        "The Consul General of Iraq in Mashhad met the mayor of Mashhad on Monday. The mayor said: a "
        "festival of Karbala's culture will be held in Mashhad next year with the consulate's help.",
        "meeting",
    ),
]

BOUNDS = HOSTED_MEETINGS + COUNTED + PLANS_IN_A_MEETING
