import datetime as dt

from django.utils import timezone

from citydiplomacy.agreements import services as agreements
from citydiplomacy.partners import services
from citydiplomacy.partners.models import City


def _agreement(user, city, n):
    today = timezone.localdate()
    agreement = agreements.create_agreement(
        user, kind="mou", title_fa=f"تفاهم‌نامه {n}", title_en=f"MoU {n}", parties=[city],
        signed_on=today - dt.timedelta(days=30), valid_years=5, status="active",
    )  # fmt: skip
    agreements.add_commitment(agreement, user, title=f"Promise {n}", due_on=today - dt.timedelta(days=1))
    return agreement


def test_city_page_shows_agreements_overdue_commitments_and_notes(client_for, secretary, observer):
    beijing = City.objects.get(name_en="Beijing")
    _agreement(secretary, beijing, 1)
    services.add_note(beijing, "city", secretary, "Mayor visits in autumn")
    page = client_for(observer).get(f"/partners/city/{beijing.pk}/").content.decode()
    assert "MoU 1" in page and "Promise 1" in page and "Mayor visits in autumn" in page
    assert "overdue" in page


def test_country_page_gathers_its_cities_agreements(client_for, secretary, china):
    _agreement(secretary, City.objects.get(name_en="Shanghai"), 1)
    page = client_for(secretary).get(f"/partners/country/{china.pk}/").content.decode()
    assert "MoU 1" in page


def test_partner_page_query_count_does_not_grow_with_rows(
    client_for, secretary, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    beijing = City.objects.get(name_en="Beijing")
    client = client_for(secretary)
    _agreement(secretary, beijing, 0)
    with CaptureQueriesContext(connection) as few:
        client.get(f"/partners/city/{beijing.pk}/")
    for n in range(1, 8):
        _agreement(secretary, beijing, n)
    with django_assert_max_num_queries(len(few)):
        client.get(f"/partners/city/{beijing.pk}/")


def test_positions_answer_who_held_a_post_on_a_day(secretary):
    contact = services.create_partner("contact", secretary, name_fa="چن جینینگ", name_en="Chen Jining")
    beijing = City.objects.get(name_en="Beijing")
    services.add_position(contact, secretary, title_fa="شهردار پکن", title_en="Mayor of Beijing", city=beijing,
                          start_on=dt.date(2017, 5, 27), end_on=dt.date(2022, 10, 28))  # fmt: skip
    assert [p.contact for p in services.holders_on(dt.date(2019, 3, 1), city=beijing)] == [contact]
    assert list(services.holders_on(dt.date(2023, 1, 1), city=beijing)) == []


def test_list_exports_excel_with_filters(client_for, observer):
    response = client_for(observer).get("/partners/organization/", {"kind": "city_org", "format": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    from io import BytesIO

    from openpyxl import load_workbook

    rows = list(load_workbook(BytesIO(response.content)).active.values)
    assert "UCLG" in {r[0] for r in rows[1:]}
    assert "UNIDO" not in {r[0] for r in rows[1:]}


def test_list_pages_have_a_bounded_query_count(client_for, observer, django_assert_max_num_queries):
    client = client_for(observer)
    for kind in ("country", "city", "organization", "contact"):
        with django_assert_max_num_queries(8):
            assert client.get(f"/partners/{kind}/").status_code == 200


def test_long_sections_show_the_newest_with_a_link_to_all(client_for, secretary):
    beijing = City.objects.get(name_en="Beijing")
    for n in range(12):
        _agreement(secretary, beijing, n)
    client = client_for(secretary)
    page = client.get(f"/partners/city/{beijing.pk}/").content.decode()
    shown = [n for n in range(12) if f"MoU {n}<" in page]
    assert len(shown) == 10 and "?all=agreements" in page
    page = client.get(f"/partners/city/{beijing.pk}/", {"all": "agreements"}).content.decode()
    assert all(f"MoU {n}<" in page for n in range(12))


def test_partner_page_history_reads_as_every_other_history(client_for, secretary, observer):
    """Who changed what and when, as the shared history include shows it from the audit trail."""
    from django.template.loader import render_to_string
    from django.utils import translation

    from citydiplomacy.core.audit import history

    beijing = City.objects.get(name_en="Beijing")
    services.update_partner(beijing, "city", secretary, aliases=["Khanbaliq"])
    services.add_note(beijing, "city", secretary, "Mayor visits in autumn")
    response = client_for(observer).get(f"/partners/city/{beijing.pk}/")
    page = response.content.decode()
    with translation.override(response.headers["Content-Language"]):
        expected = render_to_string("includes/history.html", {"history": history(beijing)[:30]})
    assert expected in page
    assert (
        "partners.city.edited" in expected
        and "Khanbaliq" in expected
        and secretary.get_full_name() in expected
    )
