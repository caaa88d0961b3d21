"""Who may open and change what: every page and endpoint of the award against every role, the jury member and
the anonymous entrant included."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citydiplomacy.awards import services
from citydiplomacy.awards.models import AwardEdition, Result
from citydiplomacy.conftest import make_user
from citydiplomacy.core.models import Role

from .conftest import PDF

ROLES = ["anonymous", "requester", "secretary", "member", "chair", "observer", "analyst", "admin", "juror",
         "other_juror", "jury_chair"]  # fmt: skip
OVERVIEW = {
    "secretary",
    "member",
    "chair",
    "observer",
    "analyst",
    "admin",
    "juror",
    "other_juror",
    "jury_chair",
}
OFFICE = {"secretary", "admin"}
ON_JURY = {"juror", "jury_chair"}


def expected(allowed, role, denied=403):
    if role in allowed:
        return 200
    return 302 if role == "anonymous" else denied


@pytest.fixture
def world(personas, edition, secretary, entry_factory, jurors, series):
    entry, key = entry_factory(files=[SimpleUploadedFile("plan.pdf", PDF)])
    services.assign_all(edition, secretary)
    services.decide(entry, jurors["chair"].user, Result.WINNER)
    other = AwardEdition.objects.create(series=series, number=7, slug="golden-brick-7", title_fa="هفتمین",
                                        opens_at=edition.opens_at, closes_at=edition.closes_at)  # fmt: skip
    outsider = make_user("other_juror", Role.JURY)
    from citydiplomacy.partners.models import Contact

    services.add_juror(
        other, secretary, account=outsider, contact=Contact.objects.create(name_fa="د", name_en="D")
    )
    users = {**personas, "anonymous": None, "juror": jurors["j2"].user, "other_juror": outsider,
             "jury_chair": jurors["chair"].user}  # fmt: skip
    return {"edition": edition, "entry": entry, "key": key, "file": entry.files.get(), "users": users}


def pages(w):
    e, entry = w["edition"], w["entry"]
    return {
        "awards:list": ("/awards/", OVERVIEW),
        "awards:edition": (f"/awards/{e.pk}/", OVERVIEW - {"other_juror"}),
        "awards:edition_create": ("/awards/new/", OFFICE),
        "awards:edition_edit": (f"/awards/{e.pk}/edit/", OFFICE),
        "awards:entries": (f"/awards/{e.pk}/entries/", OFFICE | ON_JURY),
        "awards:entry": (f"/awards/entries/{entry.pk}/", OFFICE | ON_JURY),
        "awards:file": (f"/awards/files/{w['file'].pk}/", OFFICE | ON_JURY),
        "awards:results": (f"/awards/{e.pk}/results/", OFFICE | {"jury_chair"}),
    }


@pytest.mark.parametrize("role", ROLES)
def test_pages_by_role(world, client_for, role):
    client = client_for(world["users"][role])
    for name, (url, allowed) in pages(world).items():
        response = client.get(url)
        want = expected(allowed, role)
        if role == "other_juror" and name not in ("awards:list", "awards:edition_create"):
            want = 404  # a jury member does not learn of editions and entries it was not given
        assert response.status_code == want, (name, role, response.status_code)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)  # read to the end: the test client then closes the file


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_are_open_to_everyone_and_the_certificate_only_to_the_office_before_publication(
    world, client_for, role
):
    client = client_for(world["users"][role])
    e, entry = world["edition"], world["entry"]
    assert client.get(f"/awards/call/{e.slug}/").status_code == 200
    assert client.get(f"/awards/entry/{world['key']}/").status_code == 200  # whoever holds the private link
    assert client.get(f"/awards/results/{e.slug}/").status_code == 404
    certificate = client.get(f"/awards/entries/{entry.pk}/certificate.pdf").status_code
    assert certificate == (200 if role in OFFICE | {"jury_chair"} else 404 if role == "anonymous" else 403)


@pytest.mark.parametrize("role", ROLES)
def test_changes_by_role(world, client_for, role):
    client = client_for(world["users"][role])
    e, entry = world["edition"], world["entry"]
    posts = {
        "awards:add_category": (f"/awards/{e.pk}/categories/", {"name_fa": "تازه", "order": 3}, OFFICE),
        "awards:add_criterion": (
            f"/awards/{e.pk}/criteria/",
            {"name_fa": "پایداری", "weight": "1", "order": 3},
            OFFICE,
        ),  # fmt: skip
        "awards:assign_all": (f"/awards/{e.pk}/assign/", {}, OFFICE),
        "awards:remind": (
            f"/awards/jurors/{world['users']['juror'].jury_seats.get().pk}/remind/",
            {},
            OFFICE,
        ),
        "awards:add_conflict": (
            f"/awards/jurors/{world['users']['juror'].jury_seats.get().pk}/conflicts/",
            {"note": "x", "country": entry.country_id},
            OFFICE | {"juror"},
        ),  # fmt: skip
        "awards:record_conflict": (
            f"/awards/{e.pk}/conflicts/",
            {"juror": world["users"]["juror"].jury_seats.get().pk, "country": entry.country_id},
            OFFICE,
        ),  # fmt: skip
        "awards:decide": (f"/awards/entries/{entry.pk}/decide/", {"result": "shortlisted"}, {"jury_chair"}),
        "awards:publish": (f"/awards/{e.pk}/publish/", {}, {"jury_chair"}),
    }
    for name, (url, data, allowed) in posts.items():
        response = client.post(url, data)
        if role in allowed:
            assert response.status_code == 302 and "/login/" not in response["Location"], (name, role)
        else:
            want = 302 if role == "anonymous" else 403
            if role == "other_juror" and url.startswith(f"/awards/{e.pk}/"):
                want = 404  # not its edition
            assert response.status_code == want, (name, role, response.status_code)
            if role == "anonymous":
                assert "/login/" in response["Location"]


@pytest.mark.parametrize("role", ROLES)
def test_scoring_only_by_the_assigned_juror(world, client_for, role):
    entry = world["entry"]
    criterion = world["edition"].criteria.first()
    response = client_for(world["users"][role]).post(f"/awards/entries/{entry.pk}/score/",
                                                     {f"value-{criterion.pk}": "7"})  # fmt: skip
    saved = entry.scores.exists()
    if role in ON_JURY:
        assert response.status_code == 302 and saved
    else:
        assert not saved
        assert response.status_code == {"anonymous": 302, "other_juror": 404}.get(role, 403)


@pytest.mark.parametrize("role", ROLES)
def test_api_by_role(world, client_for, role):
    client = client_for(world["users"][role])
    e, entry = world["edition"], world["entry"]
    denied = 403
    editions = client.get("/api/award-editions/")
    assert editions.status_code == (200 if role in OVERVIEW else denied)
    if role in OVERVIEW:
        slugs = {row["slug"] for row in editions.json()["results"]}
        assert slugs == ({"golden-brick-7"} if role == "other_juror" else {e.slug, "golden-brick-7"} if role not in
                         ON_JURY else {e.slug})  # fmt: skip
    categories = client.get("/api/award-categories/")
    if role in OVERVIEW:
        editions_seen = {row["edition"] for row in categories.json()["results"]}
        assert (e.pk in editions_seen) == (role != "other_juror")
    entries = client.get("/api/award-entries/")
    if role == "anonymous":
        assert entries.status_code == denied
    else:
        codes = [row["code"] for row in entries.json()["results"]]
        assert codes == ([entry.code] if role in OFFICE | ON_JURY else [])
        body = entries.text
        assert ("ayse@example.org" in body) == (role in OFFICE)  # contact details: the office only
        assert ("Istanbul" in body) == (role in OFFICE)  # blind review hides the entrant from the jury
    results = client.get(f"/api/award-editions/{e.pk}/results/")
    assert results.status_code == (200 if role in OFFICE | {"jury_chair"} else 404)
    scores = client.post(
        "/api/award-scores/", {"entry": entry.pk, "criterion": e.criteria.first().pk, "value": "6"}
    )
    assert scores.status_code == (201 if role in ON_JURY else 400 if role == "other_juror" else denied), role


def test_a_jury_member_sees_nothing_of_the_office_but_the_award(jurors, client_for):
    client = client_for(jurors["j2"].user)
    for url in ("/reports/council/", "/agreements/", "/partners/countries/", "/news/", "/api/agreements/",
                "/api/contacts/", "/api/countries/"):  # fmt: skip
        assert client.get(url).status_code == 403, url
    home = client.get("/")
    assert 'href="/awards/"' in home.text and 'href="/agreements/"' not in home.text
    assert 'id="overdue-commitments"' not in home.text
