import io
import unicodedata

import pytest
from pypdf import PdfReader

from citydiplomacy.core.audit import history
from citydiplomacy.core.errors import DomainError
from citydiplomacy.events import guests
from citydiplomacy.events.models import Audience, Invitation, InvitationStatus, LetterTemplate
from citydiplomacy.partners.models import City


@pytest.fixture
def beijing(db):
    return City.objects.get(name_en="Beijing")


@pytest.fixture
def guest(event, secretary, beijing):
    return guests.invite(event, secretary, guest_name="Li Wei", city=beijing,
                         audience=Audience.CITIES_GOVERNMENTS, foreign=True)  # fmt: skip


def test_invitation_takes_its_country_from_the_city_and_is_audited(guest):
    assert guest.country.iso2 == "CN" and guest.status == InvitationStatus.INVITED
    assert history(guest).first().action == "events.invitation.created"


def test_foreign_guest_goes_through_the_visa_letter_before_arriving(guest, secretary):
    guests.answer(guest, secretary, accepted=True)
    with pytest.raises(DomainError, match="visa support letter first"):
        guests.arrive(guest, secretary)
    guests.issue_visa_letter(guest, secretary)
    guests.arrive(guest, secretary)
    guests.leave(guest, secretary)
    guest.refresh_from_db()
    assert guest.status == InvitationStatus.LEFT and guest.arrived_at and guest.left_at
    assert [e.action for e in history(guest)][:4] == [
        "events.invitation.left", "events.invitation.arrived", "events.invitation.visa_letter",
        "events.invitation.accepted",
    ]  # fmt: skip


def test_local_guest_needs_no_visa_letter(event, secretary):
    local = guests.invite(event, secretary, guest_name="Citizen", audience=Audience.CITIZENS, foreign=False)
    guests.answer(local, secretary, accepted=True)
    with pytest.raises(DomainError, match="not a foreign guest"):
        guests.issue_visa_letter(local, secretary)
    guests.arrive(local, secretary)


def test_a_declined_invitation_cannot_arrive_or_be_answered_again(guest, secretary):
    guests.answer(guest, secretary, accepted=False)
    with pytest.raises(DomainError):
        guests.answer(guest, secretary, accepted=True)
    with pytest.raises(DomainError):
        guests.arrive(guest, secretary)


def test_guests_are_invited_only_to_hosted_events(event_factory, secretary):
    attended = event_factory(hosted=False)
    with pytest.raises(DomainError, match="hosts"):
        guests.invite(attended, secretary, guest_name="X", audience=Audience.CITIZENS)


def test_check_in_by_typed_code_and_counts_by_audience_and_country(event, guest, secretary, client_for):
    local = guests.invite(event, secretary, guest_name="Citizen", audience=Audience.CITIZENS, foreign=False)
    guests.answer(local, secretary, accepted=True)
    guests.answer(guest, secretary, accepted=True)
    client = client_for(secretary)
    response = client.post(f"/events/{event.pk}/check-in/", {"code": local.badge_code.lower()}, follow=True)
    assert "Welcome, Citizen" in response.content.decode()
    response = client.post(f"/events/{event.pk}/check-in/", {"code": "NOPE"}, follow=True)
    assert "No guest of this event" in response.content.decode()
    data = client.get(f"/events/{event.pk}/guest-counts.json").json()
    assert data["total"] == {"invited": 2, "accepted": 2, "declined": 0, "arrived": 1}
    by_audience = {row["audience"]: row for row in data["by_audience"]}
    assert by_audience["citizens"]["arrived"] == 1 and by_audience["cities_governments"]["arrived"] == 0
    assert {row["country"] for row in data["by_country"]} == {"CN", ""}


def test_check_in_page_loads_its_script_from_a_static_file_only(event, secretary, client_for):
    html = client_for(secretary).get(f"/events/{event.pk}/check-in/").content.decode()
    assert 'src="/static/events/checkin.js"' in html
    import re

    inline = [s for s in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S) if s[1].strip()]
    assert inline == []


def test_letter_template_with_an_unknown_field_is_refused_with_its_name(secretary):
    with pytest.raises(DomainError, match="passport_number"):
        guests.save_letter_template(secretary, kind="invitation", language="en", subject="Hi",
                                    body="Dear {{ guest_name }}, {{ passport_number }}")  # fmt: skip
    assert not LetterTemplate.objects.exists()


@pytest.mark.parametrize("body", ["{% load static %}x", "{{ guest_name|upper }}", "{{ event.owner.password }}",
                                  "{% include 'base.html' %}", "{# c #}"])  # fmt: skip
def test_letter_template_refuses_tags_filters_and_lookups(secretary, body):
    with pytest.raises(DomainError):
        guests.save_letter_template(secretary, kind="invitation", language="en", subject="Hi", body=body)


def test_letter_pdf_renders_the_office_template_in_persian(event, guest, secretary, client_for):
    guests.save_letter_template(secretary, kind="invitation", language="fa", subject="دعوت‌نامه {{ guest_name }}",
                                body="مهمان گرامی {{ guest_name }} از {{ city }}")  # fmt: skip
    response = client_for(secretary).get(f"/events/{event.pk}/guests/{guest.pk}/letter/invitation/fa.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = unicodedata.normalize("NFKC", PdfReader(io.BytesIO(response.content)).pages[0].extract_text())
    assert "Li Wei" in text
    assert "گرامی" in text or "گرامی"[::-1] in text


def test_badges_sheet_holds_a_qr_per_guest(event, guest, secretary, client_for):
    for i in range(9):
        guests.invite(event, secretary, guest_name=f"Guest {i}", audience=Audience.CITIZENS, foreign=False)
    response = client_for(secretary).get(f"/events/{event.pk}/badges.pdf")
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 2  # ten badges, eight to a page
    assert guest.badge_code in reader.pages[0].extract_text() + reader.pages[1].extract_text()


def test_a_russian_guests_name_is_drawn_on_the_badge(event, secretary, client_for):
    guests.invite(event, secretary, guest_name="Иван Петров", audience=Audience.CITIZENS, foreign=False)
    response = client_for(secretary).get(f"/events/{event.pk}/badges.pdf")
    text = unicodedata.normalize("NFKC", PdfReader(io.BytesIO(response.content)).pages[0].extract_text())
    assert "Иван Петров" in text


def test_guest_pages_only_for_secretary_and_admin(event, guest, personas, client_for):
    urls = [f"/events/{event.pk}/guests/", f"/events/{event.pk}/check-in/", f"/events/{event.pk}/guest-counts.json",
            f"/events/{event.pk}/badges.pdf", "/events/letter-templates/"]  # fmt: skip
    for name, user in personas.items():
        client = client_for(user)
        for url in urls:
            expected = 200 if name in ("secretary", "admin") else 403
            assert client.get(url).status_code == expected, (name, url)


def test_invite_form_without_a_name_or_person_shows_the_message(event, secretary, client_for):
    response = client_for(secretary).post(f"/events/{event.pk}/guests/", {
        "form": "invite", "invite-audience": "citizens", "invite-protocol_level": "standard",
        "invite-hotel_nights": "0",
    })  # fmt: skip
    assert response.status_code == 200
    assert "Name the guest" in response.content.decode()
    assert not Invitation.objects.exists()
