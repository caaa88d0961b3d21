import datetime as dt
import io

import pytest
from icalendar import Calendar

from citydiplomacy.core.errors import DomainError
from citydiplomacy.events import services
from citydiplomacy.events.feeds import feed_token
from citydiplomacy.events.models import Session

from .conftest import START, at


def add(event, user, title, start, end, room="", speakers=(), chairs=()):
    return services.save_session(event, user, title_fa=title, title_en=title, starts_at=start, ends_at=end,
                                 room=room, speakers=list(speakers), chairs=list(chairs))  # fmt: skip


def test_a_room_cannot_hold_two_sessions_at_once_and_the_error_names_both(event, secretary):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), room="Hall A")
    with pytest.raises(DomainError) as error:
        add(event, secretary, "Panel", at(START, 9, 30), at(START, 11), room="hall a")
    assert "Opening" in error.value.message and "Panel" in error.value.message
    assert Session.objects.count() == 1


def test_back_to_back_sessions_share_a_room(event, secretary):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), room="Hall A")
    add(event, secretary, "Panel", at(START, 10), at(START, 11), room="Hall A")
    assert Session.objects.count() == 2


def test_a_speaker_cannot_be_in_two_places_at_once(event, secretary, speaker, other_speaker):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), room="Hall A", speakers=[speaker])
    with pytest.raises(DomainError) as error:
        add(
            event,
            secretary,
            "Workshop",
            at(START, 9, 45),
            at(START, 11),
            room="Hall B",
            chairs=[speaker, other_speaker],
        )
    message = error.value.message
    assert "Opening" in message and "Workshop" in message and str(speaker) in message
    assert str(other_speaker) not in message


def test_a_speaker_is_not_in_two_events_at_once_either(event_factory, event, secretary, speaker):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), speakers=[speaker])
    other = event_factory(title_en="Another event")
    with pytest.raises(DomainError, match="Opening"):
        add(other, secretary, "Elsewhere", at(START, 9), at(START, 10), speakers=[speaker])


def test_a_session_outside_the_event_dates_is_refused(event, secretary):
    day_after = event.end_date + dt.timedelta(days=1)
    with pytest.raises(DomainError, match="outside the event"):
        add(event, secretary, "Late", at(day_after, 9), at(day_after, 10))


def test_editing_a_session_does_not_clash_with_itself(event, secretary, speaker):
    session = add(event, secretary, "Opening", at(START, 9), at(START, 10), room="Hall A", speakers=[speaker])
    services.save_session(event, secretary, session=session, title_fa="Opening", starts_at=at(START, 9),
                          ends_at=at(START, 10, 30), room="Hall A", speakers=[speaker], chairs=[])  # fmt: skip
    session.refresh_from_db()
    assert session.ends_at == at(START, 10, 30)


def test_the_session_form_shows_the_clash_as_a_message(event, secretary, client_for):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), room="Hall A")
    response = client_for(secretary).post(f"/events/{event.pk}/sessions/new/", {
        "title_fa": "پنل", "day": START.isoformat(), "start_time": "09:30", "end_time": "10:30", "room": "Hall A",
        "interpretation": "none",
    })  # fmt: skip
    assert response.status_code == 200
    assert "Opening" in response.content.decode()
    assert Session.objects.count() == 1


def test_event_ics_parses_back_with_every_session(event, secretary, speaker, client_for):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), room="Hall A", speakers=[speaker])
    add(event, secretary, "Panel", at(START, 11), at(START, 12), room="Hall B")
    response = client_for(secretary).get(f"/events/{event.pk}/programme.ics")
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    items = sorted(cal.walk("VEVENT"), key=lambda v: v.decoded("dtstart"))
    assert [str(v["summary"]) for v in items] == ["Opening / Opening", "Panel / Panel"]
    assert items[0].decoded("dtstart") == at(START, 9)
    assert "Hall A" in str(items[0]["location"])


def test_person_feed_is_subscribable_without_login_but_only_with_the_signed_token(
    event, secretary, speaker, other_speaker, client_for
):
    add(event, secretary, "Opening", at(START, 9), at(START, 10), speakers=[speaker])
    add(event, secretary, "Panel", at(START, 11), at(START, 12), speakers=[other_speaker])
    anonymous = client_for(None)
    response = anonymous.get(f"/events/feeds/{feed_token('person', speaker.pk)}.ics")
    assert response.status_code == 200
    summaries = [str(v["summary"]) for v in Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries == ["Opening / Opening"]
    assert anonymous.get(f"/events/feeds/person-{speaker.pk}.ics").status_code == 404
    assert anonymous.get(f"/events/feeds/{feed_token('person', speaker.pk)[:-2]}xx.ics").status_code == 404


def test_programme_pdf_reads_in_persian(event, secretary, speaker, client_for):
    from pypdf import PdfReader

    services.save_session(event, secretary, title_fa="نشست افتتاحیه", title_en="Opening session",
                          starts_at=at(START, 9), ends_at=at(START, 10), room="Hall A", speakers=[speaker],
                          chairs=[])  # fmt: skip
    response = client_for(secretary).get(f"/events/{event.pk}/programme.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    # shaped Persian comes out in presentation forms; normalize them back to letters
    import unicodedata

    flat = unicodedata.normalize("NFKC", text)
    assert "Opening session" in flat
    assert "افتتاحیه"[::-1] in flat or "افتتاحیه" in flat
    assert "برنامه"[::-1] in flat or "برنامه" in flat


def test_programme_page_by_role(
    event, personas, client_for, django_assert_max_num_queries, secretary, speaker
):
    for i in range(5):
        add(event, secretary, f"S{i}", at(START, 8 + i), at(START, 9 + i), room="Hall A", speakers=[speaker])
    for name, user in personas.items():
        client = client_for(user)
        with django_assert_max_num_queries(6):
            assert client.get(f"/events/{event.pk}/programme/").status_code == 200, name
