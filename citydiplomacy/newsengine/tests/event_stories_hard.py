"""Invented stories for the event-type tests, the harder ones: agency style with the event only in a second
sentence, hosts and guests, tours, stands and interviews, foreign cities' own news, envoys.

Written for the tests like ``event_stories`` (no sentence or name pairing of the evaluation files); that module
joins them to the basic stories in ``STORIES``.
"""

# -- harder stories: agency style, the event only in a second sentence, hosts and guests ------------
HARD = [
    (
        "att-fa-sidelines",
        "دیدار شهردار تبریز با شهردار باکو",
        "به گزارش روابط عمومی شهرداری تبریز، شهردار تبریز در حاشیه اجلاس شهرهای جاده ابریشم که در باکو "
        "برگزار شد با شهردار باکو دیدار و گفت‌وگو کرد.",
        "event_attended",
    ),
    (
        "att-en-sidelines",
        "Shiraz mayor meets Ufa counterpart",
        "On the sidelines of the international urban forum in Ufa, the mayor of Shiraz met the mayor of "
        "Ufa and discussed tourism.",
        "event_attended",
    ),
    (
        "att-fa-second-sentence",
        "سفر شهردار اصفهان به سئول",
        "شهردار اصفهان در رأس هیئتی به سئول سفر کرد. این سفر به منظور شرکت در مجمع عمومی سازمان جهانی "
        "شهرهای الکترونیک انجام شده است.",
        "event_attended",
    ),
    (
        "att-en-commission",
        "Shiraz Municipality takes part in UCLG committee meeting in Barcelona",
        "Shiraz's deputy mayor for culture attended the meeting of the UCLG committee on culture "
        "in Barcelona on Thursday.",
        "event_attended",
    ),
    (
        "host-fa-commission",
        "نشست کمیسیون شهرهای هوشمند متروپلیس به میزبانی تبریز برگزار شد",
        "نشست کمیسیون شهرهای هوشمند انجمن متروپلیس با حضور نمایندگان ۱۰ شهر جهان به میزبانی شهرداری تبریز "
        "برگزار شد.",
        "event_hosted",
    ),
    (
        "host-en-sidelines-home",
        "Tabriz mayor meets Trabzon mayor at Tabriz tourism festival",
        "The mayor of Tabriz met the mayor of Trabzon on the sidelines of the international tourism festival "
        "held in Tabriz this week.",
        "event_hosted",
    ),
    (
        "host-fa-week",
        "هفته فرهنگی روسیه در اوفا... در شیراز آغاز شد",
        "هفته فرهنگی روسیه با حضور سرکنسول روسیه و شهردار شیراز در باغ ارم شیراز آغاز شد.",
        "event_hosted",
    ),
    (
        "out-en-hosted-by-them",
        "Tabriz Municipality delegation hosted in Trabzon",
        "The mayor of Trabzon hosted a delegation of Tabriz Municipality led by Tabriz Mayor on Monday. "
        "The visitors from Tabriz Municipality and their hosts discussed a joint tourism route.",
        "outbound_visit",
    ),
    (
        "out-fa-received-there",
        "استقبال شهردار اوفا از شهردار یزد",
        "شهردار یزد که در رأس هیئتی به روسیه سفر کرده است، امروز در اوفا مورد استقبال شهردار اوفا قرار گرفت.",
        "outbound_visit",
    ),
    (
        "in-fa-came",
        "شهردار استانبول به تهران آمد",
        "شهردار استانبول صبح امروز در رأس هیئتی به تهران آمد و در ساختمان شهرداری تهران با شهردار تهران "
        "دیدار کرد.",
        "inbound_visit",
    ),
    (
        "in-en-hosted-us",
        "Isfahan Municipality hosts mayor of Florence",
        "Isfahan Municipality hosted the mayor of Florence and his delegation on Saturday; Isfahan Mayor "
        "showed the guests the historic bazaar.",
        "inbound_visit",
    ),
    (
        "in-fa-ambassadors-tour",
        "بازدید سفیر ژاپن از پروژه‌های شهری اصفهان",
        "سفیر ژاپن در تهران که به اصفهان سفر کرده است، با حضور در شهرداری اصفهان از پروژه‌های حمل و نقل "
        "شهری بازدید کرد.",
        "inbound_visit",
    ),
    (
        "agr-fa-agency",
        "امضای سند خواهرخواندگی تبریز و ترابزون",
        "به گزارش خبرگزاری ایرنا، سند خواهرخواندگی شهرهای تبریز و ترابزون با امضای شهرداران دو شهر در "
        "تبریز رسمیت یافت.",
        "agreement",
    ),
    (
        "agr-en-council-approved",
        "City council approves twinning with Isfahan",
        "Bukhara city council approved on Tuesday a twinning agreement with Isfahan, the municipality said.",
        "agreement",
    ),
    (
        "not-agr-en-interview-mou",
        "Interview: Mashhad's mayor on ties with Najaf",
        "In an interview with our reporter, the mayor of Mashhad said the memorandum signed with Najaf "
        "two years ago has improved services to pilgrims.",
        "statement_or_report",
    ),
    (
        "not-agr-fa-council-member",
        "عضو شورای شهر یزد: تفاهم‌نامه‌های خواهرخواندگی روی کاغذ مانده است",
        "یک عضو شورای اسلامی شهر یزد گفت از هشت تفاهم‌نامه خواهرخواندگی که شهرداری یزد با شهرهای خارجی "
        "امضا کرده، تنها دو مورد فعال است.",
        "statement_or_report",
    ),
    (
        "not-agr-en-meeting-follow-up",
        "Rasht mayor, Russian consul review sister-city memorandum",
        "The mayor of Rasht and the Russian consul general in Rasht reviewed the implementation of the "
        "memorandum of understanding signed between Rasht and Makhachkala.",
        "meeting",
    ),
    (
        "mem-fa-joined-network",
        "پیوستن یزد به شبکه شهرهای میراث جهانی",
        "شهرداری یزد به عضویت سازمان شهرهای میراث جهانی درآمد و شهردار یزد در نشست این سازمان عضویت "
        "یزد را اعلام کرد.",
        "membership",
    ),
    (
        "virt-fa-online-forum",
        "حضور مجازی شهردار مشهد در اجلاس شهرهای آسیایی",
        "شهردار مشهد به صورت مجازی در اجلاس شهرداران آسیایی که در کوالالامپور برگزار شد سخنرانی کرد.",
        "virtual_meeting",
    ),
    (
        "stat-en-interview-visit",
        "Tabriz mayor: our visit to Trabzon opened doors",
        "In an interview with a local newspaper, the mayor of Tabriz reviewed the results of his visit to "
        "Trabzon last year.",
        "statement_or_report",
    ),
    (
        "stat-fa-plan",
        "برنامه شهرداری شیراز برای گسترش روابط با شهرهای خواهرخوانده",
        "مدیر کل امور بین‌الملل شهرداری شیراز از تدوین برنامه سه‌ساله توسعه روابط با شهرهای خواهرخوانده "
        "شیراز خبر داد.",
        "statement_or_report",
    ),
]

# -- page-like stories: an agency's byline first, the deciding fact in a later sentence -------------------
PAGES = [
    (
        "att-fa-sidelines-no-place",
        "گفت‌وگوی شهرداران تبریز و باکو",
        "به گزارش خبرنگار ما، در حاشیه اجلاس شهرداران شهرهای آسیایی، شهردار تبریز با شهردار باکو دیدار و "
        "درباره همکاری در حوزه گردشگری گفت‌وگو کرد.",
        "event_attended",
    ),
    (
        "host-fa-multilateral-meeting",
        "نشست شهرداران شهرهای خواهرخوانده در اصفهان برگزار شد",
        "نخستین نشست شهرداران شهرهای خواهرخوانده اصفهان با حضور نمایندگانی از ۸ کشور امروز در اصفهان "
        "برگزار شد. شهردار اصفهان در این نشست از تجربه‌های شهر در حفاظت از بافت تاریخی گفت.",
        "event_hosted",
    ),
    (
        "host-en-dateline",
        "TABRIZ, May 3 (IRNA) - International seminar on urban heritage opens",
        "An international seminar on the restoration of historic bazaars opened in Tabriz on Sunday with "
        "experts from Turkey, Azerbaijan and Italy. The seminar is organised by Tabriz Municipality.",
        "event_hosted",
    ),
    (
        "att-en-dateline-abroad",
        "Ufa hosts Silk Road mayors' forum",
        "KAZAN, Sept. 12 - The deputy mayor of Isfahan took part in the Silk Road mayors' forum hosted by "
        "Ufa, where he presented Isfahan's tourism plan. The forum gathered mayors from 14 countries.",
        "event_attended",
    ),
    (
        "out-en-second-sentence",
        "Isfahan, Chengdu discuss tourism cooperation",
        "ISFAHAN, June 4 (IMNA) - The mayor of Isfahan, heading a municipal delegation, arrived in Chengdu on "
        "Monday. In a meeting with the mayor of Chengdu, the two sides discussed direct flights.",
        "outbound_visit",
    ),
    (
        "out-en-khokimiyat-delegation",
        "Samarkand delegation studies Bursa's tram depots",
        "A delegation of the Samarkand city khokimiyat headed by a deputy khokim arrived in Bursa on "
        "Monday for a four-day working trip to learn how the city runs its tram network.",
        "outbound_visit",
    ),
    (
        "agr-en-akimat-contract",
        "Astana signs supply contract for 150 trams",
        "The transport department of the Astana akimat signed a contract with a Turkish manufacturer on "
        "Tuesday for the supply of 150 low-floor trams.",
        "agreement",
    ),
    (
        "meet-fa-proposal-at-consul-meeting",
        "پیشنهاد خواهرخواندگی ارومیه و وان در دیدار شهردار با سرکنسول ترکیه",
        "شهردار ارومیه صبح امروز در دیدار با سرکنسول جمهوری ترکیه در ارومیه پیشنهاد خواهرخواندگی ارومیه و وان را مطرح "
        "کرد و دو طرف درباره گردشگری مرزی گفت‌وگو کردند.",
        "meeting",
    ),
    (
        "meet-en-consul-received",
        "Turkish consul general at Graz city hall",
        "The deputy mayor of Graz received the Consul General of Turkey at the city hall on Monday. She said "
        "that Graz was ready to host a week of Turkish culture in the spring.",
        "meeting",
    ),
    (
        "host-en-ceremonies-guests",
        "Bursa hosts guest delegations at its Silk Road ceremonies",
        "The mayor of Bursa welcomed delegations from Samarkand and Tabriz at the closing ceremonies of the "
        "Silk Road silk festival on Sunday.",
        "event_hosted",
    ),
    (
        "out-en-talks-on-culture-days",
        "Isfahan mayor in Kazan for metro talks",
        "The mayor of Isfahan travelled to Kazan on Monday and held talks with the mayor of Kazan. The two "
        "sides discussed metro rolling stock and the organization of Isfahan culture days in Kazan.",
        "outbound_visit",
    ),
    (
        "in-fa-fair-that-could-be-held",
        "هیئت شهرداری بخارا به یزد آمد",
        "شهردار یزد امروز در دیدار با معاون شهردار بخارا که در رأس هیئتی به یزد سفر کرده است گفت: دو شهر "
        "می‌توانند جشنواره‌ای از صنایع دستی برگزار کنند.",
        "inbound_visit",
    ),
    (
        "in-fa-byline-delegation",
        "دیدار شهردار شیراز با هیئت گردشگری ازبکستان",
        "به گزارش روابط عمومی شهرداری شیراز، هیئتی از فعالان گردشگری ازبکستان که برای آشنایی با جاذبه‌های "
        "شیراز به این شهر سفر کرده‌اند، با شهردار شیراز دیدار کردند.",
        "inbound_visit",
    ),
    (
        "in-en-visit-to-city",
        "Turkish ambassador visits Tabriz",
        "TEHRAN, Oct. 2 (MNA) - Turkey's ambassador to Iran, on a two-day visit to Tabriz, met the mayor of "
        "Tabriz and toured the municipality's new tram depot.",
        "inbound_visit",
    ),
    (
        "virt-fa-phone",
        "گفت‌وگوی تلفنی شهردار مشهد و استاندار نجف",
        "شهردار مشهد در تماس تلفنی با استاندار نجف درباره آمادگی دو شهر برای خدمت‌رسانی به زائران اربعین "
        "گفت‌وگو کرد.",
        "virtual_meeting",  # a call is a meeting at a distance
    ),
    (
        "meet-en-consul",
        "Consul General of Azerbaijan meets Tabriz mayor",
        "The Consul General of Azerbaijan in Tabriz met the mayor of Tabriz on Tuesday to discuss the "
        "tourism season.",
        "meeting",
    ),
    (
        "agr-fa-signed-during-visit",
        "سفر شهردار کرمان به هرات؛ امضای تفاهم‌نامه همکاری",
        "شهردار کرمان که در رأس هیئتی به هرات سفر کرده است، امروز با شهردار هرات تفاهم‌نامه همکاری در "
        "حوزه مدیریت پسماند امضا کرد.",
        "agreement",
    ),
    (
        "agr-en-signed-at-event",
        "Shiraz and Ganja sign MoU at Asian mayors' forum",
        "The mayors of Shiraz and Ganja signed a memorandum of understanding on heritage tourism on the "
        "sidelines of the Asian Mayors Forum.",
        "agreement",
    ),
    (
        "not-agr-en-anniversary",
        "Tabriz and Trabzon mark ten years as sister cities",
        "Tabriz and Trabzon marked on Monday the tenth anniversary of the sister-city agreement signed in "
        "2014, with a photo exhibition at Tabriz City Hall.",
        "event_hosted",
    ),
    (
        "not-agr-fa-proposal-ambassador",
        "سفیر گرجستان در اردبیل",
        "سفیر گرجستان که به اردبیل سفر کرده است، در دیدار با شهردار اردبیل انعقاد تفاهم‌نامه خواهرخواندگی "
        "اردبیل و باتومی را پیشنهاد کرد.",
        "inbound_visit",  # the proposal is made during the visit
    ),
    (
        "mem-en-appointed",
        "Tehran mayor appointed UCLG co-president",
        "The mayor of Tehran was appointed co-president of UCLG at the organisation's World Council, the "
        "municipality's international office said.",
        "membership",
    ),
    (
        "virt-fa-video-call",
        "گفت‌وگوی ویدئویی شهرداران اصفهان و فلورانس",
        "شهرداران اصفهان و فلورانس در تماس ویدئویی درباره برگزاری هفته فرهنگی دو شهر گفت‌وگو کردند.",
        "virtual_meeting",
    ),
    (
        "stat-en-op-ed",
        "Why city diplomacy matters for Mashhad",
        "In an article for the municipality's magazine, the deputy mayor of Mashhad argues that ties with "
        "Najaf and Najaf should focus on pilgrim services.",
        "statement_or_report",
    ),
    (
        "other-en-condolence",
        "Tabriz mayor sends condolences to Izmir after earthquake",
        "The mayor of Tabriz sent a message of condolence to the mayor of Izmir after the earthquake.",
        "other",
    ),
]

# -- tours of projects, stands at fairs, exclusive interviews ---------------------------------------------
TOURS = [
    (
        "in-fa-delegation-tour",
        "بازدید هیئت چینی از قطار شهری تبریز",
        "هیئتی از شهرداری چنگدو چین امروز از خط یک قطار شهری تبریز بازدید کرد و با مدیرعامل سازمان قطار "
        "شهری شهرداری تبریز گفت‌وگو کرد.",
        "inbound_visit",
    ),
    (
        "out-fa-mayor-tour",
        "بازدید شهردار تبریز از مرکز کنترل ترافیک استانبول",
        "شهردار تبریز در دومین روز سفر خود به ترکیه از مرکز کنترل ترافیک شهرداری استانبول بازدید کرد.",
        "outbound_visit",
    ),
    (
        "out-en-subject-visitor",
        "Isfahan mayor tours Kyoto's heritage district",
        "Isfahan Mayor, on the second day of his visit to Japan, toured Kyoto's historic Gion district and met "
        "the city's deputy mayor.",
        "outbound_visit",
    ),
    (
        "att-fa-stand",
        "حضور شهرداری شیراز با غرفه‌ای در نمایشگاه گردشگری مسکو",
        "شهرداری شیراز با برپایی غرفه‌ای در نمایشگاه بین‌المللی گردشگری مسکو جاذبه‌های شیراز را به "
        "گردشگران روس معرفی کرد.",
        "event_attended",
    ),
    (
        "host-fa-initiative",
        "جشنواره بین‌المللی غذای ملل در یزد",
        "جشنواره بین‌المللی غذای ملل به همت شهرداری یزد و با حضور سفرای هفت کشور در باغ دولت‌آباد یزد برگزار "
        "شد.",
        "event_hosted",
    ),
    (
        "stat-fa-exclusive",
        "گفت‌وگوی اختصاصی با معاون بین‌الملل شهرداری مشهد",
        "معاون امور بین‌الملل شهرداری مشهد در گفت‌وگوی اختصاصی با ایسنا از برنامه‌های شهر برای جذب زائران "
        "خارجی سخن گفت.",
        "statement_or_report",
    ),
    (
        "stat-en-told-agency",
        "Mayor: Tabriz ready for more tourists from Azerbaijan",
        "The mayor of Tabriz told IRNA on Sunday that the city is ready to welcome more tourists from "
        "Azerbaijan after the new border crossing opens.",
        "statement_or_report",
    ),
    (
        "meet-fa-consul-session",
        "نشست هم‌اندیشی شهردار مشهد و سرکنسول پاکستان",
        "نشست هم‌اندیشی شهردار مشهد و سرکنسول پاکستان در مشهد با موضوع خدمات به زائران پاکستانی در "
        "ساختمان شهرداری برگزار شد.",
        "meeting",
    ),
    (
        "agr-fa-signed-subject-first",
        "شهرداران قزوین و باتومی سند همکاری امضا کردند",
        "شهرداران قزوین و باتومی گرجستان با امضای سند همکاری، بر توسعه روابط گردشگری دو شهر تأکید کردند.",
        "agreement",
    ),
    (
        "mem-en-joined",
        "Kerman joins ICLEI network of sustainable cities",
        "Kerman Municipality has joined ICLEI - Local Governments for Sustainability, the municipality said "
        "on Monday, becoming its third Iranian member.",
        "membership",
    ),
    (
        "out-fa-announced",
        "شهردار همدان به شانگهای سفر می‌کند",
        "شهردار همدان هفته آینده در رأس هیئتی به شانگهای چین سفر خواهد کرد تا درباره همکاری‌های گردشگری با "
        "شهردار این شهر گفت‌وگو کند.",
        "outbound_visit",  # an announced trip is news of that trip
    ),
    (
        "other-en-invitation",
        "Mayor of Batumi invites Ardabil mayor",
        "The mayor of Batumi has invited the mayor of Ardabil to visit Batumi in the summer, in a letter "
        "sent to Ardabil Municipality.",
        "other",
    ),
]

# -- guests who come to our event, our people at theirs -------------------------------------------------
GUESTS = [
    (
        "host-fa-guests-come-for-festival",
        "ورود هیئت اوفا به تبریز برای جشنواره بین‌المللی فرش",
        "هیئتی از شهرداری اوفا روسیه برای شرکت در جشنواره بین‌المللی فرش دستباف وارد تبریز شد و مورد "
        "استقبال شهردار تبریز قرار گرفت.",
        "event_hosted",
    ),
    (
        "host-en-guests-come-for-forum",
        "Mayors arrive in Isfahan for heritage cities forum",
        "The mayors of Bukhara and Kyoto arrived in Isfahan on Sunday to attend the heritage cities forum "
        "organised by Isfahan Municipality.",
        "event_hosted",
    ),
    (
        "att-en-went-for-expo",
        "Qazvin municipality at Expo in Osaka",
        "A delegation of Qazvin Municipality travelled to Osaka to take part in the world expo, where it "
        "presented the city's handicrafts.",
        "event_attended",
    ),
    (
        "out-en-trip-mentions-a-festival",
        "Ardabil mayor in Batumi",
        "The mayor of Ardabil arrived in Batumi on Monday at the head of a municipal delegation. The two "
        "mayors discussed a joint food festival and direct flights.",
        "outbound_visit",  # an event talked about is not the purpose of the trip
    ),
    (
        "host-fa-meeting-at-our-festival",
        "دیدار شهردار شیراز با شهردار بخارا",
        "شهردار شیراز در حاشیه جشنواره بین‌المللی گل و گیاه که در شیراز برگزار شد با شهردار بخارا دیدار و "
        "گفت‌وگو کرد.",
        "event_hosted",
    ),
    (
        "stat-fa-questions-and-answers",
        "دیپلماسی شهری قزوین؛ سفر به باتومی",
        "معاون شهردار قزوین هفته گذشته به باتومی سفر کرد و با شهردار باتومی دیدار کرد.\n"
        "سفر شما به باتومی چه نتیجه‌ای داشت؟\nدو شهر درباره گردشگری و حمل و نقل به توافقاتی رسیدند.\n"
        "آیا تفاهم‌نامه‌ای هم امضا شد؟\nهنوز نه، متن آن در حال بررسی است.\n"
        "برنامه بعدی شهرداری برای روابط خارجی چیست؟\nمیزبانی از هیئت باتومی در بهار.",
        "statement_or_report",
    ),
    (
        "out-fa-trip-told-late",
        "دیدار شهردار کرمان با شهردار هرات",
        "به گزارش روابط عمومی شهرداری کرمان، این دیدار با حضور معاونان دو شهرداری انجام شد و دو طرف بر "
        "گسترش همکاری‌ها تأکید کردند. در این دیدار درباره مدیریت پسماند و حمل و نقل عمومی گفت‌وگو شد. "
        "دو طرف همچنین درباره دوره‌های آموزشی مشترک برای کارکنان دو شهرداری به تفاهم رسیدند. شهردار "
        "کرمان روز دوشنبه در رأس هیئتی به هرات سفر کرده است.",
        "outbound_visit",  # the trip told in the fourth sentence beats the guess from the title
    ),
    (
        "out-fa-tour-of",
        "بازدید شهردار اردبیل از مترو باکو",
        "شهردار اردبیل و هیئت همراه امروز از خطوط مترو و مرکز کنترل ترافیک باکو بازدید کردند.",
        "outbound_visit",
    ),
    (
        "in-fa-tour-of-from",
        "بازدید هیئتی از اوفا از پروژه‌های شهری تبریز",
        "هیئتی از اوفا روسیه به ریاست معاون شهردار اوفا از پروژه‌های شهری تبریز بازدید کرد و با شهردار "
        "تبریز دیدار کرد.",
        "inbound_visit",
    ),
]

# -- a foreign city's own press: its diplomacy, seen from there ----------------------------------------
FOREIGN_HOMES = [
    (
        "in-en-ufa-delegation",
        "Ufa Mayor meets delegation from Isfahan",
        "Ufa Mayor met a delegation from Isfahan headed by the city's deputy mayor at Ufa City Hall on "
        "Tuesday. The sides discussed cooperation in tourism.",
        "inbound_visit",
    ),
    (
        "out-en-ufa-working-visit",
        "Ufa delegation on working visit to Isfahan",
        "A delegation of Ufa City Administration headed by the Mayor of Ufa is on a working visit to Isfahan. "
        "The mayor of Ufa met the mayor of Isfahan and visited the city's metro.",
        "outbound_visit",
    ),
    (
        "host-en-ufa-forum",
        "Ufa hosts international forum of Turkic cities",
        "The international forum of Turkic cities opened in Ufa on Thursday, gathering mayors from 12 "
        "countries. Ufa Mayor welcomed the participants.",
        "event_hosted",
    ),
    (
        "att-en-ufa-forum-abroad",
        "Ufa Mayor takes part in municipal forum in Tehran",
        "The Mayor of Ufa took part in the international municipal forum held in Tehran, where he spoke "
        "about the city's digital services.",
        "event_attended",
    ),
    (
        "virt-en-ufa-video-call",
        "Ufa Mayor holds video call with Mayor of Baku",
        "The Mayor of Ufa held a video call with the Mayor of Baku to discuss preparations for the culture "
        "days.",
        "virtual_meeting",
    ),
    (
        "meet-en-bristol-consul",
        "Bristol Lord Mayor meets Consul General of China",
        "The Lord Mayor of Bristol met the Consul General of China in Manchester at the Mansion House on "
        "Friday.",
        "meeting",
    ),
    (
        "agr-en-bristol-twinning",
        "Bristol councillors approve twinning with Chengdu",
        "Bristol City Council has approved a twinning agreement with Chengdu, the council said on Wednesday.",
        "agreement",
    ),
    (
        "stat-en-bristol-interview",
        "Bristol mayor: our twin towns matter more than ever",
        "In an interview with the local newspaper, the mayor of Bristol said the city's twin-town links with "
        "Porto matter more than ever.",
        "statement_or_report",
    ),
]

# -- groups of envoys, receptions at a consulate -----------------------------------------------------------
ENVOYS = [
    (
        "in-fa-ambassadors-group",
        "بازدید سفرای کشورهای اسلامی از اصفهان",
        "سفرای هشت کشور اسلامی امروز از میدان نقش جهان و پروژه‌های شهری اصفهان بازدید کردند و با شهردار "
        "اصفهان دیدار کردند.",
        "inbound_visit",
    ),
    (
        "in-en-ambassadors-group",
        "Ambassadors tour Shiraz's gardens",
        "Ambassadors of six Latin American countries toured the historic gardens of Shiraz on Monday and met "
        "the mayor of Shiraz.",
        "inbound_visit",
    ),
    (
        "att-fa-consulate-reception",
        "حضور شهردار تبریز در مراسم روز ملی ترکیه",
        "شهردار تبریز در مراسم روز ملی ترکیه که در سرکنسولگری ترکیه در تبریز برگزار شد شرکت کرد.",
        "event_attended",  # the consulate's reception, not the city's event
    ),
    (
        "att-en-embassy-reception",
        "Qazvin mayor at Georgian national day reception",
        "The mayor of Qazvin attended the national day reception held at the Georgian embassy in Tehran.",
        "event_attended",
    ),
]

# -- capitals' meetings, assemblies, quote headlines over a meeting ---------------------------------------
MORE = [
    (
        "host-en-capitals-meeting",
        "Tehran hosts meeting of Asian capitals' mayors",
        "Mayors and deputy mayors of nine Asian capitals met in Tehran on Tuesday at a meeting hosted by "
        "Tehran Municipality.",
        "event_hosted",
    ),
    (
        "host-fa-capitals-meeting",
        "نشست شهرداران پایتخت‌های آسیایی در تهران",
        "نشست شهرداران پایتخت‌های آسیایی با حضور شهرداران و معاونان ۹ پایتخت به میزبانی شهرداری تهران "
        "برگزار شد.",
        "event_hosted",
    ),
    (
        "att-en-assembly-abroad",
        "Isfahan mayor addresses UN-Habitat assembly in Nairobi",
        "The mayor of Isfahan addressed the UN-Habitat Assembly in Nairobi on Wednesday, presenting the "
        "city's water-saving programme.",
        "event_attended",
    ),
    (
        "meet-fa-quote-headline",
        "شهردار رشت: آماده میزبانی از گردشگران روس هستیم",
        "شهردار رشت در دیدار با سرکنسول روسیه در رشت گفت شهر آماده میزبانی از گردشگران روس است.",
        "meeting",  # the quote comes from a meeting the lead tells of
    ),
    (
        "mem-fa-observer",
        "شهرداری تبریز عضو ناظر سازمان شهرهای میراث جهانی شد",
        "شهرداری تبریز به عنوان عضو ناظر به سازمان شهرهای میراث جهانی پیوست.",
        "membership",
    ),
]

CONFUSIONS = HARD + PAGES + TOURS + GUESTS + FOREIGN_HOMES + ENVOYS + MORE
