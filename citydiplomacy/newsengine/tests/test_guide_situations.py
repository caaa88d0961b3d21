"""Situations a writers' guide does not spell out: a municipality under its local names, a lead telling
the same event as its headline.

Invented examples written for these tests (no sentence or name pairing of the evaluation files).
"""

from citydiplomacy.newsengine import NewsItem, process_item


def test_a_tajik_citys_hukumat_receiving_guests_is_a_municipality_acting():
    text = (
        "Executive Body of State Power of Khujand\nHome / News\nGuests from Lanzhou\n"
        "A delegation of the Lanzhou city government (China) is on a working visit to Khujand. The Chairman "
        "of the city received the guests in the building of the city Hukumat to discuss a joint textile park."
    )
    r = process_item(NewsItem(id="x", url="https://khujand.tj/en/news/12", text=text))
    assert r.is_city_diplomacy
    assert r.home_city == "Khujand"
    assert r.event_type == "inbound_visit", r.evidence


def test_of_a_headline_and_a_lead_saying_the_same_the_lead_is_the_evidence_and_dates_the_event():
    text = (
        "خبرگزاری نمونه / شهری\nچهارشنبه / ۲۱ آبان ۱۴۰۴ / ۱۰:۰۰\n"
        "دوره آموزشی برخط شبکه شهرهای آسیایی برای کارشناسان شهرداری کرمان آغاز شد\n"
        "نخستین جلسه دوره آموزشی «حمل‌ونقل پاک» با همکاری شبکه سیتی‌نت دیروز به‌صورت برخط برای ۴۰ نفر "
        "از کارشناسان شهرداری کرمان برگزار شد.\n"
        "مدرسان این دوره از دفتر منطقه‌ای سیتی‌نت در کوالالامپور هستند.\n"
    )
    r = process_item(NewsItem(id="x", text=text))
    assert r.event_type == "virtual_meeting", r.evidence
    assert r.evidence.startswith("نخستین جلسه")
    assert r.event_date == "2025-11-11"  # the day before the page's date (12 November 2025)


def test_a_trip_made_is_not_turned_into_an_event_agreed_for_next_season():
    text = (
        "خبرگزاری نمونه | کرمان | بین‌الملل\n۱۴۰۴/۰۸/۱۲ - ۱۰:۴۰\n"
        "سفر شهردار کرمان به تفلیس و دیدار با همتای گرجی\n"
        "به گزارش خبرگزاری نمونه، بهروز قنادی شهردار کرمان که روز دوشنبه با هیئتی به تفلیس سفر کرد، با شهردار "
        "تفلیس دیدار و گفت‌وگو کرد.\n"
        "در این دیدار دو طرف بر برگزاری «روزهای فرهنگی کرمان» در تفلیس در تابستان آینده توافق کردند.\n"
        "قنادی در این سفر از موزه ملی گرجستان نیز بازدید کرد.\n"
    )
    r = process_item(NewsItem(id="x", text=text))
    assert r.home_city == "Kerman"
    assert r.event_type == "outbound_visit", r.evidence


def test_a_headline_infinitive_announces_the_event_and_the_trip_made_stays_a_visit():
    text = (
        "Sample Agency | Provinces\n"
        "Yazd to stage carpet festival in Kazan, mayor says\n"
        "Kazan, Nov. 4 – The mayor of the Iranian city of Yazd, Parviz Saberi, who flew to Kazan on Monday, "
        "has agreed with the Tatar capital on staging a Yazd carpet festival there next autumn.\n"
        "Saberi met Kazan officials at the city hall and discussed cooperation in tourism and crafts.\n"
        "The Yazd delegation is also scheduled to visit the Kazan metro depot.\n"
    )
    r = process_item(NewsItem(id="x", url="https://en.sample-agency.ir/news/1", text=text))
    assert r.home_city == "Yazd"
    assert r.event_type == "outbound_visit", r.evidence


def test_a_headline_infinitive_is_a_future():
    from citydiplomacy.newsengine import signals as Sg

    assert Sg.comes_later("Shiraz to host Asian mayors forum")
    assert Sg.comes_later("Mashhad mayor to visit Kazan next week")
    assert not Sg.comes_later("The mayor travelled to Baku to attend the forum")
    assert Sg.comes_later("جشنواره در بهار آینده برگزار می‌شود")


def test_a_roadmap_signed_to_carry_out_an_older_sister_city_agreement_is_an_agreement_made_now():
    text = (
        "Sample Agency | Regions\n12.05.2025 | 11:20\n"
        "Bukhara and Konya sign plan for partnership\n"
        "BUKHARA, May 12. A delegation of Konya Metropolitan Municipality headed by its deputy mayor is on a "
        "visit to Bukhara.\n"
        "Today, at the Bukhara city hokimiyat, the hokim of Bukhara and the guests signed a roadmap for 2025-2026 "
        "implementing the sister-city agreement the two cities concluded in 2016.\n"
        "The guests also visited the old town's madrasas.\n"
    )
    r = process_item(NewsItem(id="x", url="https://sample-agency.uz/en/posts/1", text=text))
    assert r.home_city == "Bukhara"
    assert r.event_type == "agreement", r.evidence
    assert r.agreement_kind == "sister_city"


def test_an_older_agreement_as_framework_is_blanked_and_the_new_signing_kept():
    from citydiplomacy.newsengine import signals as Sg

    fa = (
        "شهرداران دو شهر برنامه اقدام دوساله را در چارچوب تفاهم‌نامه خواهرخواندگی که سال ۲۰۱۷ امضا شده بود "
        "امضا کردند."
    )
    en = "The two mayors signed an action plan under the 2017 memorandum of understanding."
    for text in (fa, en):
        assert Sg.signs_agreement(Sg.Sentence.of(text, [], 1.0)) == 1.0, text
    # the older agreement alone, recalled, is still only mentioned
    recalled = "The two cities have cooperated under the memorandum signed in 2017."
    assert Sg.signs_agreement(Sg.Sentence.of(recalled, [], 1.0)) < 1.0


def test_a_vietnamese_citys_peoples_committee_is_its_municipality():
    text = (
        "Sample Times | Home | Politics | Economy | Society | Tourism\n"
        "Da Nang delegation tours Isfahan bus depot\n"
        "June 2, 2025 - 10:15\n"
        "ISFAHAN – A delegation from the Da Nang People’s Committee, led by one of its vice chairmen, arrived in "
        "Isfahan on Sunday for a two-day visit focused on bus rapid transit.\n"
        "The guests toured the depot of the city's bus company, whose managers briefed them on fare systems.\n"
    )
    r = process_item(NewsItem(id="x", url="https://www.tehrantimes.com/news/2/x", text=text))
    assert r.is_city_diplomacy
    assert r.home_city == "Isfahan"
    assert r.event_type == "inbound_visit", r.evidence
