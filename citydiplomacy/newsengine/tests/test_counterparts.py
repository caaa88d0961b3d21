"""A foreign official met at home: the proposal, offer or words of the meeting are its content (``counterparts``)."""

import pytest

from citydiplomacy.newsengine import NewsItem, process_item

MET_AT_HOME = [
    (
        "fa-consul-proposes-festival",
        "پیشنهاد سرکنسول ترکیه به شهردار ارومیه برای خواهرخواندگی با وان",
        "سرکنسول ترکیه در ارومیه این پیشنهاد را دیروز در دیدار با شهردار ارومیه مطرح کرد. "
        "به گزارش خبرنگار ما، وی پیشنهاد کرد دو شهر ارومیه و وان جشنواره مشترک غذا برگزار کنند. "
        "شهردار ارومیه گفت: از پیشنهاد خواهرخواندگی استقبال می‌کنیم و کارشناسان ما برنامه آن را "
        "آماده خواهند کرد. وی افزود: ارومیه تجربه خوبی در گردشگری دارد.",
    ),
    (
        "en-ambassador-proposes-twinning",
        "Austrian envoy proposes Tehran-Graz twinning",
        "Austria's ambassador to Iran has proposed that Tehran and Graz become sister cities, saying both "
        "cities share a love of music. He put the idea to the chairman of Tehran City Council when the two met "
        "on Monday. The chairman said the council would study a draft.",
    ),
    (
        "en-consul-discusses",
        "Lahore mayor, Turkish consul general discuss tram project",
        "Lahore Mayor held a meeting with the Consul General of Turkey in Lahore on Tuesday at the city hall. "
        "They discussed trams and parks, said a spokesman. The mayor said Lahore and Istanbul have been sister "
        "cities for years and proposed reviving the exchange of engineers. The consul general said Turkish "
        "firms were interested in the tram line.",
    ),
]


@pytest.mark.parametrize(("sid", "title", "lead"), MET_AT_HOME, ids=[c[0] for c in MET_AT_HOME])
def test_a_proposal_made_at_a_meeting_with_a_foreign_official_at_home_is_the_meeting(sid, title, lead):
    r = process_item(NewsItem(id=sid, text=title + "\n" + lead))
    assert r.event_type == "meeting", (r.event_type, r.evidence)


def test_a_meeting_abroad_reported_by_the_city_stays_a_statement():
    r = process_item(
        NewsItem(
            id="x",
            text="پیشنهاد خواهرخواندگی یزد با شهر پالرمو\n"
            "سفیر ایران در ایتالیا در دیدار با شهردار پالرمو، پیشنهاد خواهرخواندگی شهر یزد با این شهر را "
            "مطرح کرد. شهردار یزد گفت: پیشنهاد خواهرخواندگی به دلیل شباهت تاریخی دو شهر است.",
        )
    )
    assert r.event_type == "statement_or_report", (r.event_type, r.evidence)
