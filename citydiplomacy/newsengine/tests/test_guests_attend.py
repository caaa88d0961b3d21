"""A guest who travels to the home city to attend an event there: our side attends nothing abroad."""

from citydiplomacy.newsengine import NewsItem, process_item


def test_a_guest_who_came_to_attend_an_event_here_is_a_visit_not_an_event_attended():
    text = (
        "شهرداری یزد | اخبار\n"
        "شهردار گراتس که برای شرکت در جشنواره «شب‌های کویر» به یزد سفر کرده است، امروز با شهردار یزد "
        "دیدار کرد.\n"
        "در این دیدار دو طرف درباره همکاری در حوزه گردشگری گفت‌وگو کردند.\n"
    )
    assert process_item(NewsItem(id="x", text=text)).event_type != "event_attended"


def test_our_mayor_who_travels_abroad_to_attend_still_attends():
    text = (
        "شهرداری یزد | اخبار\n"
        "شهردار یزد برای شرکت در جشنواره «شب‌های کویر» به گراتس سفر کرد و با شهردار گراتس دیدار کرد.\n"
    )
    assert process_item(NewsItem(id="x", text=text)).event_type == "event_attended"
