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
