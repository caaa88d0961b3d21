"""Pages, downloads and the API of the exports app, with the permissions of each role."""

import datetime as dt
import io
import unicodedata
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from citydiplomacy.agreements.models import Agreement
from citydiplomacy.exports import services
from citydiplomacy.exports.models import BrochureTemplate, Lead, Stage


@pytest.fixture
def everyone(personas, officer):
    return {**personas, "exports": officer, "anonymous": None}


# page name → roles that may open it (GET); everybody else gets 403, anonymous the login page
READERS = {
    "exports:offering_list": "all",
    "exports:board": {"exports", "admin", "secretary"},
    "exports:lead_list": {"exports", "admin", "secretary"},
    "exports:lead_create": {"exports", "admin"},
    "exports:settings": {"exports", "admin"},
    "exports:report": {"exports", "admin", "secretary", "member", "chair", "observer", "analyst"},
    "exports:report_xlsx": {"exports", "admin", "secretary", "member", "chair", "observer", "analyst"},
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_page_permissions_per_role(name, everyone, client_for):
    allowed = READERS[name]
    for role, user in everyone.items():
        response = client_for(user).get(reverse(name))
        if user is None:
            assert response.status_code == 302 and "/login/" in response["Location"], (name, role)
        elif allowed == "all" or role in allowed:
            assert response.status_code == 200, (name, role)
        else:
            assert response.status_code == 403, (name, role)


def test_lead_pages_and_moves_per_role(everyone, client_for, lead_factory):
    lead = lead_factory()
    for role, user in everyone.items():
        client = client_for(user)
        detail = client.get(reverse("exports:lead_detail", args=[lead.pk]))
        move = client.post(reverse("exports:lead_move", args=[lead.pk]), {"to": "presentation"})
        expected_read = 200 if role in {"exports", "admin", "secretary"} else (302 if user is None else 403)
        assert detail.status_code == expected_read, role
        if role in {"exports", "admin"}:
            assert move.status_code == 302
            lead.refresh_from_db()
            assert lead.stage == "presentation"
            services.move(lead, everyone["exports"], Stage.INQUIRY, reason="test reset")
        else:
            assert move.status_code in (302, 403) and (user is None or move.status_code == 403), role
            lead.refresh_from_db()
            assert lead.stage == "inquiry"


def test_an_offering_is_edited_by_its_unit_and_the_exports_officer(client_for, hotline, requester, other_requester,
                                                                    officer, observer):  # fmt: skip
    url = reverse("exports:offering_edit", args=[hotline.pk])
    assert client_for(requester).get(url).status_code == 200  # the hotline's unit
    assert client_for(other_requester).get(url).status_code == 403
    assert client_for(observer).get(url).status_code == 403
    assert client_for(officer).get(url).status_code == 200


def test_board_reads_a_fixed_number_of_queries_whatever_the_rows(client_for, officer, lead_factory):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client_for(officer).get(reverse("exports:board")).status_code == 200
        return len(queries)

    lead_factory()
    few = count()
    for i in range(12):
        lead = lead_factory(title=f"Lead {i}")
        if i % 3 == 0:
            services.move(lead, officer, Stage.PRESENTATION)
    assert count() == few


def test_drag_on_the_board_moves_by_json_and_a_move_needing_more_points_to_the_form(client_for, officer,
                                                                                    lead_factory):  # fmt: skip
    lead = lead_factory()
    client = client_for(officer)
    url = reverse("exports:lead_move", args=[lead.pk])
    ok = client.post(url, {"to": "proposal"}, HTTP_ACCEPT="application/json")
    assert ok.json() == {"ok": True, "stage": "proposal"}
    refused = client.post(url, {"to": "won"}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 400
    assert "proposal on file" in refused.json()["error"]
    assert refused.json()["form"].endswith(f"/exports/leads/{lead.pk}/?to=won#move")
    lead.refresh_from_db()
    assert lead.stage == "proposal"


def test_the_public_catalogue_shows_only_public_offerings_once_switched_on(
    client, officer, hotline, app_offering
):
    url = reverse("exports:public_catalogue")
    assert client.get(url).status_code == 404
    services.switch_public_catalogue(officer, on=True)
    page = client.get(url + "?lang=en").content.decode()
    assert "hotline system" in page and app_offering.name_en not in page
    page_fa = client.get(url + "?lang=fa").content.decode()
    assert hotline.name_fa in page_fa and 'dir="rtl"' in page_fa


def test_persian_brochure_pdf_carries_the_offerings_text(client_for, officer, hotline):
    from pypdf import PdfReader

    response = client_for(officer, "fa").get(reverse("exports:brochure", args=[hotline.pk]) + "?lang=fa")
    assert response["Content-Type"] == "application/pdf"
    # pypdf gives right-to-left text back in logical order; NFKC maps the joined letter forms to plain letters
    text = unicodedata.normalize("NFKC", PdfReader(io.BytesIO(response.content)).pages[0].extract_text())
    assert "سامانه پاسخگویی شهروندان" in text
    assert "نرم‌افزار" in text or "سامانه نرم" in text  # the kind, in Persian
    # pypdf reverses a run of Persian digits (it counts them as right-to-left although they are drawn left to right)
    assert "۲٬۰۰۰٬۰۰۰" in text or "۲٬۰۰۰٬۰۰۰"[::-1] in text
    english = client_for(officer).get(reverse("exports:brochure", args=[hotline.pk]) + "?lang=en")
    assert "Citizens' hotline system" in PdfReader(io.BytesIO(english.content)).pages[0].extract_text()


def test_a_brochure_carries_the_offerings_russian_and_arabic_names_as_its_page_does(
    client_for, officer, hotline
):
    from pypdf import PdfReader

    services.update_offering(
        hotline, officer, name_ru="Горячая линия для граждан", name_ar="نظام الخط الساخن"
    )
    page = client_for(officer).get(reverse("exports:offering_detail", args=[hotline.pk])).content.decode()
    assert "Горячая линия для граждан" in page

    def text_of(url, language):
        response = client_for(officer, language).get(f"{url}?lang={language}")
        assert response["Content-Type"] == "application/pdf"
        return unicodedata.normalize("NFKC", PdfReader(io.BytesIO(response.content)).pages[0].extract_text())

    persian = text_of(reverse("exports:brochure", args=[hotline.pk]), "fa")
    assert "Горячая линия для граждан" in persian and "نظام الخط الساخن" in persian
    assert "سامانه پاسخگویی شهروندان" in persian
    english = text_of(reverse("exports:catalogue_pdf"), "en")
    assert "Горячая линия для граждан" in english and "نظام الخط الساخن" in english


def test_a_brochure_template_with_an_unknown_field_is_refused(client_for, officer):
    client = client_for(officer)
    response = client.post(reverse("exports:settings"), {"tpl-language": "en", "tpl-heading": "{name}",
                                                         "tpl-body": "{name} costs {secret_price}"}, follow=True)  # fmt: skip
    assert "Unknown field in the template: {secret_price}" in response.content.decode()
    assert not BrochureTemplate.objects.exists()
    client.post(reverse("exports:settings"), {"tpl-language": "en", "tpl-heading": "Offer: {name}",
                                              "tpl-body": "{description}"})  # fmt: skip
    assert BrochureTemplate.objects.get(language="en").heading == "Offer: {name}"


def test_a_lead_from_a_missions_follow_up_keeps_the_link(
    client_for, admin_user, officer, mission_factory, hotline
):
    mission = mission_factory(title="Talks in Najaf")
    # the exports officer reads missions only as its role allows; the administrator reads them all
    assert (
        client_for(officer).get(reverse("exports:lead_create") + f"?mission={mission.pk}").status_code == 404
    )
    client = client_for(admin_user)
    page = client.get(reverse("exports:lead_create") + f"?mission={mission.pk}")
    assert page.status_code == 200 and "Talks in Najaf" in page.content.decode()
    response = client.post(reverse("exports:lead_create") + f"?mission={mission.pk}", {
        "title": "Hotline for Najaf", "country": mission.countries.first().pk, "offerings": [hotline.pk],
        "source": "mission", "value": "1000", "currency": "USD",
    })  # fmt: skip
    assert response.status_code == 302
    assert Lead.objects.get().source_mission == mission


def test_report_downloads_and_api(client_for, analyst, lead_factory):
    lead_factory(value=Decimal(2500))
    client = client_for(analyst)
    assert client.get(reverse("exports:report") + "?from=1404-13-40&to=x").status_code == 400
    pdf = client.get(reverse("exports:report_pdf"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    api = client.get("/api/exports-report/").json()
    assert api["pipeline"][0]["stage"] == "inquiry" and api["pipeline_total"] == "2500.00"
    assert client.get("/api/exports-report/?from=1404-13-40&to=x").status_code == 400


def test_api_moves_and_wins_with_the_same_rules(client_for, officer, lead_factory, observer):
    lead = lead_factory()
    client = client_for(officer)
    refused = client.post(f"/api/leads/{lead.pk}/move/", {"to": "won"}, content_type="application/json")
    assert refused.status_code == 400 and "proposal" in refused.json()["detail"]
    client.post(f"/api/leads/{lead.pk}/proposals/", {"sent_on": dt.date.today().isoformat(), "reference": "P-1"},
                content_type="application/json")  # fmt: skip
    won = client.post(f"/api/leads/{lead.pk}/move/", {"to": "won"}, content_type="application/json")
    assert won.status_code == 200 and won.json()["stage"] == "won"
    assert Agreement.objects.get(pk=won.json()["agreement"]).kind == "contract"
    assert client_for(observer).get("/api/leads/").status_code == 403
    assert client_for(observer).get("/api/offerings/").status_code == 200


def test_api_lead_list_reads_a_fixed_number_of_queries(client_for, officer, lead_factory):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client_for(officer).get("/api/leads/").status_code == 200
        return len(queries)

    lead_factory()
    few = count()
    for i in range(8):
        lead_factory(title=f"L{i}")
    assert count() == few


def test_leads_export_to_excel(client_for, officer, lead_factory):
    from openpyxl import load_workbook

    lead_factory(title="Hotline for Najaf")
    response = client_for(officer).get(reverse("exports:lead_list") + "?format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(2, 1).value == "Hotline for Najaf"


def test_overdue_next_actions_are_reminded(officer, lead_factory):
    from citydiplomacy.agreements.reminders import due_reminders

    today = dt.date.today()
    lead_factory(next_action="Send the demo video", next_action_due=today)
    reminders = [r for r in due_reminders(today) if r.kind == "next_action"]
    assert len(reminders) == 1 and "Send the demo video" in reminders[0].subject


def test_unit_people_cannot_publish_or_move_an_offering_to_another_unit(
    client_for, requester, hotline, other_unit
):
    response = client_for(requester).patch(f"/api/offerings/{hotline.pk}/", {"unit": other_unit.pk},
                                           content_type="application/json")  # fmt: skip
    assert response.status_code == 400
    hotline.refresh_from_db()
    assert hotline.unit_id == requester.unit_id


def test_offering_files_are_checked_by_content_and_served_by_permission(client_for, client, requester,
                                                                        other_requester, hotline, officer):  # fmt: skip
    from django.core.files.uploadedfile import SimpleUploadedFile

    from citydiplomacy.exports.models import OfferingFile

    from .conftest import png_bytes

    url = reverse("exports:add_offering_file", args=[hotline.pk])
    fake = SimpleUploadedFile("letter.png", b"<html><script>alert(1)</script></html>", "image/png")
    page = client_for(requester).post(url, {"file-kind": "image", "file-title": "Shot", "file-upload": fake},
                                      follow=True)  # fmt: skip
    assert "not an image" in page.content.decode() or "not" in page.content.decode()
    assert not OfferingFile.objects.exists()
    denied = client_for(other_requester).post(url, {"file-kind": "image", "file-title": "Shot"})
    assert denied.status_code == 403
    good = SimpleUploadedFile("shot.png", png_bytes(), "image/png")
    client_for(requester).post(url, {"file-kind": "image", "file-title": "Shot", "file-upload": good,
                                     "file-public": "on"})  # fmt: skip
    item = OfferingFile.objects.get()
    file_url = reverse("exports:offering_file", args=[hotline.pk, item.pk])
    assert client.get(file_url).status_code == 302  # the catalogue is not public yet: log in first
    services.switch_public_catalogue(officer, on=True)
    answer = client.get(file_url)
    assert answer.status_code == 200 and answer["X-Content-Type-Options"] == "nosniff"
    assert b"".join(answer.streaming_content if answer.streaming else [answer.content]).startswith(b"\x89PNG")


def test_a_lead_from_an_event_or_a_news_story_keeps_its_source(client_for, admin_user, hotline, iraq):
    import datetime as dt

    from citydiplomacy.events.models import Event
    from citydiplomacy.news.models import Story

    event = Event.objects.create(title_fa="نمایشگاه", title_en="Exhibition", start_date=dt.date(2025, 10, 1),
                                 end_date=dt.date(2025, 10, 3), country=iraq)  # fmt: skip
    story = Story.objects.create(title="Najaf asks for the hotline")
    client = client_for(admin_user)
    for query, field, source in (
        (f"event={event.pk}", "source_event", "b2b"),
        (f"story={story.pk}", "source_story", "news"),
    ):
        page = client.get(reverse("exports:lead_create") + "?" + query)
        assert page.status_code == 200
        client.post(reverse("exports:lead_create") + "?" + query, {
            "title": f"From {field}", "country": iraq.pk, "offerings": [hotline.pk], "source": source,
            "value": "10", "currency": "USD",
        })  # fmt: skip
        lead = Lead.objects.get(title=f"From {field}")
        assert getattr(lead, field) in (event, story)
    assert client.get(reverse("exports:lead_create") + "?event=999999").status_code == 404
