"""What readers trip over: names sorted in their language, amounts written and typed as they write them,
changes with their sign, every list paged, the registry in one menu, the API telling how to get a token."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from citydiplomacy.core.forms import AmountField
from citydiplomacy.lib.persian import sort_key

pytestmark = pytest.mark.django_db


def render(text, **context):
    return Template(text).render(Context(context))


def test_persian_names_sort_as_in_a_persian_dictionary():
    words = ["یمن", "گرجستان", "پاکستان", "چین", "ژاپن", "بلژیک", "کانادا", "تایلند", "آلمان", "زامبیا"]
    assert sorted(words, key=sort_key) == [
        "آلمان", "بلژیک", "پاکستان", "تایلند", "چین", "زامبیا", "ژاپن", "کانادا", "گرجستان", "یمن",
    ]  # fmt: skip
    assert sorted(words) != sorted(words, key=sort_key)  # code-point order gets it wrong
    assert sort_key("كيف") == sort_key("کیف")  # Arabic letter forms sort as the Persian ones


def test_country_choices_follow_the_language_of_the_page(client_for, requester):
    def countries(language):
        page = client_for(requester, language).get("/missions/new/").content.decode()
        select = re.search(r'<select name="countries".*?</select>', page, re.S).group(0)
        return re.findall(r"<option value=\"\d+\">([^<]+)</option>", select)

    persian, english = countries("fa"), countries("en")
    assert len(persian) == len(english) > 200
    assert persian == sorted(persian, key=sort_key) and persian.index("پاکستان") < persian.index("تایلند")
    assert english == sorted(english, key=str.casefold) and english[0].startswith("A")


def test_numbers_are_grouped_and_changes_signed():
    with translation.override("fa"):
        assert render("{{ n|num }}", n=Decimal("1500000000.00")) == "۱٬۵۰۰٬۰۰۰٬۰۰۰"
        assert render("{{ n|num }}", n=Decimal("2.50")) == "۲٫۵"
        assert render("{{ n|money:'IRR' }}", n=Decimal("1500000000.00")) == "۱٬۵۰۰٬۰۰۰٬۰۰۰ ریال"
        assert render("{{ n|signed }}", n=12) == "+۱۲"
        assert render("{{ n|signed }}", n=-3) == "\u2212۳"
        assert render("{{ r|points }}", r=0.032) == "+۳٫۲ واحد درصد"
    with translation.override("en"):
        assert render("{{ n|num }}", n=Decimal("1500000000.00")) == "1,500,000,000"
        assert render("{{ n|money:'IRR' }}", n=Decimal("1500000000")) == "1,500,000,000 IRR"
        assert render("{{ r|points }}", r=-0.05) == "\u22125.0 pp"
        assert render("{{ n|signed }}", n=0) == "0"


def test_amounts_are_typed_with_persian_digits_and_separators():
    field = AmountField(max_digits=16, decimal_places=2)
    assert field.clean("۱٬۵۰۰٬۰۰۰٬۰۰۰") == Decimal("1500000000")
    assert field.clean("1,500,000,000.00") == Decimal("1500000000")
    assert field.clean("۲٫۵") == Decimal("2.5")
    from django import forms

    with pytest.raises(forms.ValidationError):
        field.clean("یک میلیون")


def test_the_edit_form_shows_an_amount_without_cents(client_for, secretary, mission_factory):
    mission = mission_factory(estimated_cost=Decimal("1500000000.00"))
    page = client_for(secretary, "fa").get(f"/missions/{mission.pk}/edit/").content.decode()
    field = re.search(r'<input[^>]*name="estimated_cost"[^>]*>', page).group(0)
    assert 'value="۱٬۵۰۰٬۰۰۰٬۰۰۰"' in field and 'inputmode="decimal"' in field
    detail = client_for(secretary, "fa").get(f"/missions/{mission.pk}/").content.decode()
    funding = detail.split('id="history"')[0]  # the history's details keep the raw values
    assert "۱٬۵۰۰٬۰۰۰٬۰۰۰ ریال" in funding and "IRR" not in funding


def test_an_amount_typed_in_persian_is_saved(client_for, secretary, mission_factory):
    from citydiplomacy.missions.forms import MissionRequestForm

    mission = mission_factory()
    with translation.override("fa"):
        form = MissionRequestForm(instance=mission, user=secretary)
        data = {name: form[name].value() for name in form.fields}
    data.update(estimated_cost="۲٬۵۰۰٬۰۰۰", countries=[c.pk for c in mission.countries.all()],
                travellers=[p.pk for p in mission.travellers.all()], cities=[],
                start_date=mission.start_date.isoformat(), end_date=mission.end_date.isoformat())  # fmt: skip
    data = {k: v for k, v in data.items() if v is not None}
    response = client_for(secretary, "fa").post(f"/missions/{mission.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:500]
    mission.refresh_from_db()
    assert mission.estimated_cost == Decimal("2500000")


def test_english_pages_write_dates_one_way():
    day = dt.date(2025, 10, 16)
    with translation.override("en"):
        assert render("{{ d|jdate }}", d=day) == render('{{ d|jdate:"long" }}', d=day) == "16 Oct 2025"


def test_the_sessions_list_pages_on(client_for, secretary):
    from citydiplomacy.missions.models import CommitteeSession

    CommitteeSession.objects.bulk_create(
        CommitteeSession(number=n, date=dt.date(2024, 1, 1) + dt.timedelta(days=n)) for n in range(1, 36)
    )
    client = client_for(secretary)
    first = client.get("/missions/sessions/").content.decode()
    assert "Page 1 of 2 (35 rows)" in first and "page=2" in first
    second = client.get("/missions/sessions/?page=2").content.decode()
    assert "Page 2 of 2 (35 rows)" in second and second.count("/minutes.pdf") == 5


def test_the_registry_is_one_menu_with_its_pages(client_for, analyst):
    page = client_for(analyst).get("/").content.decode()
    menu = re.search(r'<ul class="dropdown-menu" aria-labelledby="nav-registry">.*?</ul>', page, re.S).group(
        0
    )
    for address in ("/partners/country/", "/partners/city/", "/partners/organization/", "/partners/contact/",
                    "/memberships/", "/memberships/seats/", "/agreements/", "/agreements/commitments/",
                    "/agreements/report/", "/agreements/reminders/", "/partners/search/"):  # fmt: skip
        assert f'href="{address}"' in menu
    assert client_for(analyst).get("/partners/countries/").url == "/partners/country/"


def test_search_results_are_named_in_the_language_of_the_page(client_for, analyst):
    from citydiplomacy.partners.models import Organization

    Organization.objects.create(
        name_fa="سازمان آزمایشی شهرها", name_en="Test Cities Organization", kind="other"
    )
    fa = client_for(analyst, "fa").get("/partners/search/?q=Test Cities").content.decode()
    en = client_for(analyst, "en").get("/partners/search/?q=سازمان آزمایشی").content.decode()
    assert ">سازمان آزمایشی شهرها</a>" in fa and "Test Cities Organization</a>" not in fa
    assert ">Test Cities Organization</a>" in en


def test_the_api_schema_says_how_to_get_a_token_in_the_language_asked(client_for, analyst):
    from django.test import Client

    client = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.8")
    client.force_login(analyst)
    english = client.get("/api/schema/?format=json").json()
    assert "POST /api/token/" in english["info"]["description"]
    assert "Authorization: Token" in english["info"]["description"]
    assert not re.search("[\u0600-\u06ff]", str(english["info"]))
    persian = client.get("/api/schema/?format=json&lang=fa").json()
    assert re.search("[\u0600-\u06ff]", persian["info"]["description"])
    assert "POST /api/token/" in persian["info"]["description"]
    # a browser page still speaks Persian whatever the browser's language
    assert 'dir="rtl"' in client.get("/").content.decode()


def test_the_token_endpoint_gives_a_token_and_is_throttled(secretary):
    from django.core.cache import cache
    from django.test import Client

    cache.clear()
    client = Client()
    answer = client.post("/api/token/", {"username": secretary.username, "password": "pass-12345"})
    assert answer.status_code == 200 and len(answer.json()["token"]) == 40
    token = answer.json()["token"]
    assert Client(HTTP_AUTHORIZATION=f"Token {token}").get("/api/missions/").status_code == 200
    statuses = [
        client.post("/api/token/", {"username": secretary.username, "password": "wrong"}).status_code
        for _ in range(12)
    ]
    assert statuses[0] == 400 and statuses[-1] == 429
    cache.clear()


def test_no_template_has_an_inline_script_or_handler():
    """Content-Security-Policy `script-src 'self'`: scripts only from static files (json_script data is fine)."""
    from pathlib import Path

    package = Path(__file__).resolve().parents[2]
    found = []
    for path in package.rglob("templates/**/*.html"):
        text = path.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag:
                found.append(f"{path.name}: {tag}")
        found += [f"{path.name}: {m}" for m in re.findall(r"<[^>]*\son[a-z]+\s*=", text)]
        found += [f"{path.name}: javascript: URL" for _ in re.findall(r"javascript:", text)]
    assert not found, found


def test_the_search_page_names_its_results_in_a_query_per_kind(
    client_for, analyst, django_assert_max_num_queries
):
    from citydiplomacy.partners.models import Organization

    for n in range(12):
        Organization.objects.create(
            name_fa=f"سازمان آزمون {n}", name_en=f"Probe Organization {n}", kind="other"
        )
    client = client_for(analyst)
    client.get("/partners/search/?q=Probe")  # sessions and caches warm
    # session, user, the search, one query for the organizations found
    with django_assert_max_num_queries(4):
        page = client.get("/partners/search/?q=Probe").content.decode()
    assert page.count("Probe Organization") == 12


def test_registry_lists_are_in_persian_alphabetical_order(client_for, analyst):
    """پ after ب and before ت, گ after ک, ی last: in the database's order (ICU on PostgreSQL, a registered
    collation on SQLite), not by code point."""
    from citydiplomacy.partners.models import Organization

    names = ["یگانه آزمون", "گروه آزمون", "پیمان آزمون", "بنیاد آزمون", "تعاونی آزمون", "کانون آزمون"]
    for n, name in enumerate(names):
        Organization.objects.create(name_fa=name, name_en=f"Probe {n}", kind="other")
    page = client_for(analyst, "fa").get("/partners/organization/?q=آزمون").content.decode()
    shown = [name for name in re.findall(r">([^<>]+ آزمون)</a>", page)]
    assert shown == ["بنیاد آزمون", "پیمان آزمون", "تعاونی آزمون", "کانون آزمون", "گروه آزمون", "یگانه آزمون"]
