"""Invented stories for the event-type tests where only the text's evidence tells the types apart.

Written for the tests like ``event_stories`` (no sentence or name pairing of the evaluation files). Each
pair of confusions the engine is known to make has its own stories here:

- a foreign official met with no travel shown (an envoy posted in the city, a meeting in another home
  city, online, on an event's sidelines) vs a guest whose coming the text shows (a trip, a delegation
  from abroad, thanks for the hospitality, a first visit);
- our officials abroad vs guests at home, told from either side;
- an event attended or hosted vs a meeting;
- an agreement signed in this story (also online, also announced) vs one that is only the topic of a
  statement, a report, a visit or a follow-up.
"""

# -- a foreign official met, no travel shown: a meeting -------------------------------------------------
NO_TRAVEL = [
    (
        "meet-fa-honorary-consul",
        "دیدار کنسول افتخاری اسپانیا با شهردار شیراز",
        "کنسول افتخاری اسپانیا در شیراز با شهردار شیراز دیدار و درباره برگزاری نمایشگاه عکس باغ‌های "
        "ایرانی گفت‌وگو کرد.",
        "meeting",
    ),
    (
        "meet-fa-counsellor-capital",
        "دیدار رایزن فرهنگی سفارت کره جنوبی با شهردار تهران",
        "رایزن فرهنگی سفارت کره جنوبی در تهران با شهردار تهران دیدار و درباره برپایی بوستان دوستی دو کشور "
        "رایزنی کرد.",
        "meeting",
    ),
    (
        "meet-fa-mayor-goes-to-capital",
        "دیدار شهردار اصفهان با سفیر ارمنستان",
        "شهردار اصفهان در سفر یک‌روزه به تهران با سفیر ارمنستان دیدار کرد و دو طرف درباره مرمت کلیسای "
        "وانک گفت‌وگو کردند.",
        "meeting",  # a trip inside the country: the ambassador stays in the capital
    ),
    (
        "meet-fa-at-the-embassy",
        "حضور شهردار تبریز در سفارت ترکیه",
        "شهردار تبریز با حضور در سفارت ترکیه در تهران با سفیر این کشور دیدار و گفت‌وگو کرد.",
        "meeting",
    ),
    (
        "meet-en-kazan-embassy-moscow",
        "Kazan mayor holds talks with Iranian ambassador",
        "The mayor of Kazan met the ambassador of Iran to Russia at the embassy in Moscow on Thursday. They "
        "talked about direct flights between Kazan and Isfahan.",
        "meeting",
    ),
    (
        "meet-en-consul-general-residence",
        "Mashhad mayor and Afghan consul general discuss migrant services",
        "The mayor of Mashhad and the consul general of Afghanistan in Mashhad discussed services for "
        "Afghan residents at a meeting on Monday.",
        "meeting",
    ),
    (
        "meet-fa-un-office",
        "دیدار نماینده کمیساریای عالی پناهندگان با شهردار مشهد",
        "نماینده کمیساریای عالی سازمان ملل در امور پناهندگان در ایران با شهردار مشهد درباره خدمات شهری به "
        "مهاجران گفت‌وگو کرد.",
        "meeting",
    ),
    (
        "meet-en-ambassador-in-capital-city-hall",
        "Dutch ambassador meets Tehran's deputy mayor on water management",
        "The ambassador of the Netherlands met Tehran's deputy mayor for urban services at City Hall on "
        "Wednesday to discuss flood control.",
        "meeting",
    ),
    (
        "meet-fa-ambassador-no-travel-word",
        "دیدار سفیر مجارستان با شهردار کرمان",
        "سفیر مجارستان و شهردار کرمان درباره همکاری در مدیریت منابع آب و احیای قنات‌ها گفت‌وگو کردند.",
        "meeting",  # a foreign official named, but no word of a trip, a stay or a tour
    ),
    (
        "meet-en-minister-no-travel-word",
        "Georgian minister and Ardabil mayor discuss direct flights",
        "Georgia's minister of economy and the mayor of Ardabil discussed direct flights between Batumi and "
        "Ardabil and the opening of a Georgian trade office.",
        "meeting",
    ),
]
# -- a guest whose coming the text shows: an inbound visit --------------------------------------------
CAME = [
    (
        "in-fa-hospitality",
        "دیدار سفیر اسپانیا با شهردار یزد",
        "سفیر اسپانیا در دیدار با شهردار یزد ضمن قدردانی از مهمان‌نوازی مردم یزد، از معماری خشتی این شهر "
        "تمجید کرد.",
        "inbound_visit",
    ),
    (
        "in-en-first-time",
        "Czech ambassador: Kerman's desert gardens are a treasure",
        "The ambassador of the Czech Republic, on his first visit to Kerman, met the mayor of Kerman and said "
        "the city's desert gardens deserve to be better known in Europe.",
        "inbound_visit",
    ),
    (
        "in-fa-present-in-city",
        "حضور معاون شهردار کازان در مشهد",
        "معاون شهردار کازان که در رأس هیئتی در مشهد حضور دارد، با شهردار مشهد درباره گسترش پروازهای "
        "مستقیم دو شهر گفت‌وگو کرد.",
        "inbound_visit",
    ),
    (
        "in-en-investors-invited",
        "Chinese investors tour Mashhad's free zone",
        "A group of investors from Guangzhou, in Mashhad at the invitation of Mashhad Municipality, toured "
        "the city's new logistics zone and met the deputy mayor of Mashhad for economic affairs.",
        "inbound_visit",
    ),
    (
        "in-fa-governor-thanks",
        "دیدار استاندار ولایت بلخ با شهردار مشهد",
        "استاندار بلخ افغانستان امروز در دیدار با شهردار مشهد ضمن تشکر از مهمان‌نوازی شهرداری مشهد، خواستار "
        "انتقال تجربه‌های مدیریت شهری شد.",
        "inbound_visit",
    ),
    (
        "in-en-guests-toured",
        "Tabriz mayor shows guests from Bishkek round the bazaar",
        "The mayor of Tabriz showed the mayor of Bishkek, who is visiting Tabriz with a delegation of city "
        "officials, round the historic bazaar on Saturday.",
        "inbound_visit",
    ),
]
# -- who goes where, told from either side ------------------------------------------------------------
WHO_GOES = [
    (
        "out-fa-sister-city-destination",
        "سفر هیئت شهرداری اصفهان به شهر خواهرخوانده کوالالامپور",
        "هیئتی از شهرداری اصفهان به ریاست معاون شهردار اصفهان برای بررسی تجربه‌های حمل و نقل عمومی به "
        "کوالالامپور سفر کرد.",
        "outbound_visit",
    ),
    (
        "out-fa-hosted-by-them",
        "شهردار کربلا میزبان شهردار قم شد",
        "شهردار کربلا امروز در محل شهرداری کربلا میزبان شهردار قم و هیئت همراه بود.",
        "outbound_visit",
    ),
    (
        "out-fa-continuing-trip",
        "دیدار شهردار شیراز با شهردار بخارا",
        "شهردار شیراز در ادامه سفر خود به ازبکستان، امروز با شهردار بخارا دیدار کرد.",
        "outbound_visit",
    ),
    (
        "out-en-returned",
        "Yazd delegation back from Kazan with tourism deals",
        "A delegation of Yazd Municipality returned on Sunday from a five-day trip to Kazan, where it met "
        "city officials and tour operators.",
        "outbound_visit",
    ),
    (
        "out-fa-quote-headline-abroad",
        "شهردار تبریز در باکو: ظرفیت‌های همکاری دو شهر فراوان است",
        "شهردار تبریز که در رأس هیئتی به باکو سفر کرده است، در دیدار با شهردار باکو گفت دو شهر ظرفیت‌های "
        "زیادی برای همکاری دارند.",
        "outbound_visit",
    ),
    (
        "out-en-speaking-in",
        "Isfahan mayor: Kazan and Isfahan share a love of craft",
        "Speaking during his visit to Kazan on Tuesday, the mayor of Isfahan said the two cities should hold "
        "joint craft fairs.",
        "outbound_visit",
    ),
    (
        "in-en-foreign-press-guests",
        "Freiburg welcomes guests from Isfahan",
        "Freiburg's mayor received a delegation from Isfahan at the town hall on Monday. The guests from "
        "Freiburg's sister city will stay for three days.",
        "inbound_visit",
    ),
]
# -- an event attended or hosted, not a plain meeting ---------------------------------------------------
EVENTS = [
    (
        "att-en-met-during-forum",
        "Tabriz mayor meets Baku counterpart",
        "The mayor of Tabriz met the mayor of Baku during the World Urban Forum in Cairo, where the two "
        "discussed a joint heritage route.",
        "event_attended",
    ),
    (
        "att-fa-network-session",
        "حضور شهردار اصفهان در نشست شبکه شهرهای خلاق در پرتغال",
        "شهردار اصفهان برای شرکت در نشست سالانه شبکه شهرهای خلاق یونسکو به براگا پرتغال رفت.",
        "event_attended",
    ),
    (
        "att-en-panel",
        "Tehran deputy mayor on panel at Istanbul urban summit",
        "The deputy mayor of Tehran for planning spoke on a panel about housing at the urban summit in "
        "Istanbul on Friday.",
        "event_attended",
    ),
    (
        "att-fa-film-week",
        "حضور شهردار شیراز در افتتاح هفته فیلم ایران در کازان",
        "شهردار شیراز در مراسم افتتاح هفته فیلم ایران در کازان شرکت کرد و با شهردار کازان گفت‌وگو کرد.",
        "event_attended",
    ),
    (
        "host-fa-workshop-experts",
        "کارگاه آموزشی مدیریت پسماند با حضور کارشناسان ژاپنی در شیراز",
        "کارگاه آموزشی مدیریت پسماند با حضور کارشناسان شهرداری کیوتو در سالن اجتماعات شهرداری شیراز برگزار "
        "شد.",
        "event_hosted",
    ),
    (
        "host-en-met-at-opening",
        "Mayors of Mashhad and Najaf meet at pilgrimage expo opening",
        "The mayor of Mashhad met the governor of Najaf at the opening of the international pilgrimage expo "
        "held in Mashhad on Sunday.",
        "event_hosted",
    ),
    (
        "host-fa-tournament",
        "مسابقات بین‌المللی دوچرخه‌سواری به میزبانی تبریز آغاز شد",
        "مسابقات بین‌المللی دوچرخه‌سواری جاده‌ای با حضور رکابزنانی از ۱۲ کشور به میزبانی شهرداری تبریز آغاز شد.",
        "event_hosted",
    ),
    (
        "att-en-culture-days-abroad",
        "Isfahan at the Iranian culture days in Kazan",
        "A delegation of Isfahan Municipality took part in the Iranian culture days in Kazan, where the "
        "city's craftsmen showed their work.",
        "event_attended",
    ),
    (
        "host-en-foreign-press-festival",
        "Graz opens its festival of sister cities",
        "The festival of sister cities opened in Graz on Saturday with guests from Almaty and Pula, welcomed "
        "by the mayor of Graz.",
        "event_hosted",
    ),
]
# -- an agreement signed in this story ---------------------------------------------------------------------
SIGNED = [
    (
        "agr-fa-reached-signature",
        "امضای تفاهم‌نامه همکاری کرمانشاه و سلیمانیه",
        "تفاهم‌نامه همکاری میان شهرداری کرمانشاه و شهرداری سلیمانیه عراق در زمینه حمل و نقل عمومی به "
        "امضا رسید.",
        "agreement",
    ),
    (
        "agr-en-signed-by-video",
        "Tabriz and Kazan mayors sign memorandum by video link",
        "The mayors of Tabriz and Kazan signed a memorandum of understanding on tourism by video link on "
        "Tuesday.",
        "agreement",  # signed online: the signing is the news
    ),
    (
        "agr-fa-signed-in-videoconference",
        "امضای سند خواهرخواندگی رشت و باتومی در ویدئوکنفرانس",
        "سند خواهرخواندگی شهرهای رشت و باتومی امروز در یک ویدئوکنفرانس با حضور شهرداران دو شهر امضا شد.",
        "agreement",
    ),
    (
        "agr-fa-announced-signing",
        "امضای تفاهم‌نامه گردشگری میان شهرداری یزد و شهرداری بخارا",
        "مدیر امور بین‌الملل شهرداری یزد از امضای تفاهم‌نامه همکاری گردشگری میان شهرداری یزد و شهرداری "
        "بخارا خبر داد.",
        "agreement",
    ),
    (
        "agr-fa-council-approved",
        "تصویب خواهرخواندگی اردبیل و باتومی در شورای شهر",
        "شورای اسلامی شهر اردبیل در جلسه امروز خود طرح خواهرخواندگی اردبیل و باتومی گرجستان را تصویب کرد.",
        "agreement",
    ),
    (
        "agr-en-renewed",
        "Shiraz and Ganja renew their cooperation memorandum",
        "Shiraz and Ganja renewed their memorandum of understanding for five more years at a ceremony at "
        "Shiraz City Hall on Monday.",
        "agreement",
    ),
    (
        "agr-fa-renewed",
        "تمدید تفاهم‌نامه همکاری شهرداری‌های قزوین و باتومی",
        "تفاهم‌نامه همکاری شهرداری‌های قزوین و باتومی برای سه سال دیگر تمدید شد.",
        "agreement",
    ),
    (
        "agr-en-during-visit",
        "Herat delegation in Mashhad signs bus contract",
        "A delegation from Herat, visiting Mashhad, signed a contract with the bus company of Mashhad "
        "Municipality for 40 city buses on Wednesday.",
        "agreement",
    ),
    (
        "agr-fa-reported-today",
        "امضای تفاهم‌نامه همکاری شهرداری‌های اصفهان و کوالالامپور",
        "به گزارش روابط عمومی شهرداری اصفهان، معاون امور بین‌الملل شهرداری اصفهان گفت: تفاهم‌نامه همکاری "
        "دو شهر در زمینه گردشگری و حمل و نقل امروز به امضای شهرداران دو شهر رسید.",
        "agreement",
    ),
    (
        "agr-fa-virtual-session",
        "خواهرخواندگی مشهد و لاهور در نشست مجازی",
        "در نشست مجازی شهرداران مشهد و لاهور، تفاهم‌نامه خواهرخواندگی دو شهر به امضای طرفین رسید.",
        "agreement",
    ),
    (
        "agr-en-passive-videoconference",
        "Memorandum signed between Yazd and Bukhara",
        "A memorandum of understanding on heritage conservation was signed between Yazd Municipality and the "
        "city of Bukhara during a videoconference of the two mayors on Sunday.",
        "agreement",
    ),
    (
        "agr-en-announced-has-signed",
        "Tabriz mayor announces sister-city deal with Kazan",
        "The mayor of Tabriz announced on Monday that the city has signed a sister-city agreement with Kazan, "
        "the first such tie with a Russian city.",
        "agreement",
    ),
    (
        "agr-fa-contract-company",
        "قرارداد خرید اتوبوس برقی با شرکت چینی امضا شد",
        "قرارداد خرید ۶۰ دستگاه اتوبوس برقی میان شهرداری شیراز و یک شرکت خودروسازی چین امضا شد.",
        "agreement",
    ),
    (
        "agr-en-sidelines-summit",
        "Mashhad and Karachi sign MoU at Islamic cities summit in Istanbul",
        "On the sidelines of the Islamic cities summit in Istanbul, the mayors of Mashhad and Karachi signed a "
        "memorandum of understanding on pilgrim services.",
        "agreement",
    ),
    (
        "agr-fa-signed-at-the-end",
        "دیدار شهردار زنجان با سفیر قزاقستان",
        "سفیر قزاقستان در دیدار با شهردار زنجان گفت دو کشور پیوندهای فرهنگی دیرینه‌ای دارند. "
        "وی افزود: شهرهای قزاقستان آماده تبادل تجربه در حوزه مدیریت شهری هستند. "
        "شهردار زنجان نیز در این دیدار گفت زنجان ظرفیت‌های فراوانی در صنایع دستی دارد. "
        "وی همچنین از علاقه شهرداری به همکاری با شهر آلماتی سخن گفت و بر توسعه گردشگری تأکید کرد. "
        "شهردار زنجان افزود: پروازهای مستقیم می‌تواند گردشگری دو طرف را رونق دهد. "
        "در پایان این دیدار تفاهم‌نامه همکاری شهرداری زنجان و شهرداری آلماتی به امضا رسید.",
        "agreement",  # the meeting's outcome, told in its last sentence
    ),
    (
        "agr-en-signed-at-the-end-video",
        "Tabriz and Kazan mayors hold videoconference",
        "The mayors of Tabriz and Kazan held a videoconference on Wednesday. "
        "The mayor of Kazan said the two cities share a long history of trade. "
        "The mayor of Tabriz said his city wants more Russian tourists. "
        "They also talked about a joint carpet exhibition and student exchanges. "
        "The mayor of Kazan invited his counterpart to the city's annual festival. "
        "At the end of the videoconference, the two mayors signed a memorandum of understanding on tourism.",
        "agreement",  # signed online: the signing, not the call, is the news
    ),
]
# -- an agreement only the topic: a statement, a report, a visit to follow it up ------------------------
ONLY_TOPIC = [
    (
        "stat-fa-performance-report",
        "گزارش عملکرد امور بین‌الملل شهرداری شیراز",
        "مدیر امور بین‌الملل شهرداری شیراز در گزارش عملکرد یک‌ساله این اداره گفت پنج تفاهم‌نامه با شهرهای "
        "خارجی امضا شده است.",
        "statement_or_report",
    ),
    (
        "stat-en-progress-report",
        "Mashhad reports progress on its memorandum with Herat",
        "Under the memorandum signed with Herat last year, 20 engineers from Herat have been trained in "
        "Mashhad, according to a report by the municipality's international office.",
        "statement_or_report",
    ),
    (
        "stat-fa-interview-sister",
        "گفت‌وگو با شهردار اردبیل درباره خواهرخواندگی با باتومی",
        "شهردار اردبیل در گفت‌وگو با خبرنگار ما گفت خواهرخواندگی اردبیل و باتومی که سال گذشته امضا شد، "
        "گردشگری دو شهر را رونق داده است.",
        "statement_or_report",
    ),
    (
        "meet-fa-follow-up-mou",
        "پیگیری اجرای تفاهم‌نامه شیراز و گنجه در دیدار با سرکنسول آذربایجان",
        "شهردار شیراز و سرکنسول جمهوری آذربایجان در تبریز در دیداری در شیراز اجرای تفاهم‌نامه همکاری "
        "شیراز و گنجه را پیگیری کردند.",
        "meeting",
    ),
    (
        "in-fa-visit-to-follow-up",
        "سفر هیئت سلیمانیه به کرمانشاه برای اجرای تفاهم‌نامه",
        "هیئتی از شهرداری سلیمانیه برای پیگیری اجرای تفاهم‌نامه همکاری دو شهر وارد کرمانشاه شد و با شهردار "
        "کرمانشاه دیدار کرد.",
        "inbound_visit",
    ),
    (
        "out-en-visit-under-mou",
        "Qazvin officials in Batumi to put memorandum into practice",
        "A delegation of Qazvin Municipality arrived in Batumi on Monday to implement the cooperation "
        "memorandum signed by the two cities in 2022.",
        "outbound_visit",
    ),
    (
        "stat-en-mayor-says-twinning-results",
        "Graz mayor sees results from Almaty twinning",
        "The twinning agreement with Almaty has brought two student exchanges and a joint concert, the mayor "
        "of Graz told the city council on Thursday.",
        "statement_or_report",
    ),
    (
        "stat-fa-mayor-to-reporters",
        "شهردار کرمانشاه: تفاهم‌نامه با سلیمانیه ثمربخش بود",
        "شهردار کرمانشاه در جمع خبرنگاران گفت تفاهم‌نامه‌ای که سال گذشته با شهرداری سلیمانیه امضا شد، به "
        "تبادل تجربه در مدیریت پسماند انجامیده است.",
        "statement_or_report",
    ),
    (
        "stat-fa-press-conference",
        "نشست خبری شهردار تبریز",
        "شهردار تبریز در نشست خبری امروز از سفر هیئت شهرداری به باکو و امضای سه تفاهم‌نامه با شهرهای "
        "همسایه در سال جاری سخن گفت.",
        "statement_or_report",
    ),
    (
        "stat-en-press-conference",
        "Isfahan mayor: foreign tourists up 30 percent",
        "At a news conference on Sunday, the mayor of Isfahan said the number of foreign tourists visiting "
        "the city had risen by 30 percent, thanks partly to ties with Kyoto and Florence.",
        "statement_or_report",
    ),
    (
        "stat-en-council-debate",
        "Councillors question value of twinning links",
        "Bristol city councillors questioned on Tuesday the value of the city's twinning agreements, saying "
        "the links with Porto and Hanover had brought few exchanges.",
        "statement_or_report",
    ),
]

EVIDENCE = NO_TRAVEL + CAME + WHO_GOES + EVENTS + SIGNED + ONLY_TOPIC
