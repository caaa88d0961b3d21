"""The jury: conflicts of interest, assignments, scoring rules, blind review, progress and reminders, the chair's
decisions, publication and certificates."""

import datetime as dt
import io
import unicodedata

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from citydiplomacy.awards import services
from citydiplomacy.awards.models import Assignment, Result, Score
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import AuditEntry
from citydiplomacy.partners.models import City

from .conftest import PDF, criteria_of, score


@pytest.fixture
def scored(edition, secretary, entry_factory, jurors, countries):
    """Two entries assigned to the three jurors and scored by all of them."""
    e1, _ = entry_factory(title="Green corridors", files=[SimpleUploadedFile("istanbul-dossier.pdf", PDF)])
    e2, _ = entry_factory(title="Metro for all", entrant_name="Lyon Metropole", country=countries["FR"],
                          city_name="Lyon", email="l@example.fr")  # fmt: skip
    services.assign_all(edition, secretary)
    for juror, (a, b) in zip(jurors.values(), [(9, 8), (5, 5), (7, 6)], strict=True):
        score(juror, e1, (a, b))
        score(juror, e2, (a - 2, b - 1))
    return e1, e2


def close(edition):
    edition.closes_at = timezone.now() - dt.timedelta(minutes=1)
    edition.save()


def test_an_entry_is_never_assigned_to_a_juror_with_a_conflict(
    edition, secretary, entry_factory, jurors, countries
):
    turkish, _ = entry_factory()
    french, _ = entry_factory(entrant_name="Lyon Metropole", country=countries["FR"], city_name="Lyon")
    services.declare_conflict(jurors["j2"], secretary, country=countries["TR"], note="Adviser to Istanbul")
    services.assign_all(edition, secretary)
    assert not Assignment.objects.filter(juror=jurors["j2"], entry=turkish).exists()
    assert Assignment.objects.filter(juror=jurors["j2"], entry=french).exists()
    with pytest.raises(DomainError, match="conflict of interest"):
        services.assign(jurors["j2"], turkish, secretary)
    assert AuditEntry.objects.filter(action="awards.juror.conflict").exists()


def test_a_conflict_with_a_city_matches_the_entrant_city_found_in_the_registry(edition, secretary, entry_factory,
                                                                                jurors, countries):  # fmt: skip
    istanbul = City.objects.filter(country=countries["TR"], name_en="Istanbul").first()
    if istanbul is None:
        istanbul = City.objects.create(name_fa="استانبول", name_en="Istanbul", country=countries["TR"])
    entry, _ = entry_factory(city_name="istanbul")
    assert entry.city == istanbul
    services.declare_conflict(jurors["j3"], secretary, city=istanbul)
    services.assign_all(edition, secretary)
    assert not Assignment.objects.filter(juror=jurors["j3"], entry=entry).exists()


def test_a_conflict_declared_late_withdraws_the_assignment_and_its_scores(edition, scored, jurors, secretary):
    e1, _ = scored
    services.declare_conflict(jurors["j3"], jurors["j3"].user, entry=e1, note="I advised this project")
    assert not Assignment.objects.filter(juror=jurors["j3"], entry=e1).exists()
    assert not Score.objects.filter(juror=jurors["j3"], entry=e1).exists()


def test_a_score_outside_the_scale_is_refused_and_nothing_is_saved(edition, secretary, entry_factory, jurors):
    entry, _ = entry_factory()
    services.assign_all(edition, secretary)
    innovation, impact = criteria_of(edition)
    for bad in ("11", "0", "-3", "abc", "7.555", "NaN"):
        with pytest.raises(DomainError):
            services.save_scores(
                jurors["j2"], entry, jurors["j2"].user, {innovation: ("8", ""), impact: (bad, "")}
            )
    assert not Score.objects.exists()


def test_a_juror_cannot_score_an_entry_not_assigned_to_it_nor_one_it_has_a_conflict_with(
    edition, secretary, entry_factory, jury_factory, jurors, countries, client_for
):
    other_category = edition.categories.get(order=2)
    outsider = jury_factory("juror_outsider", categories=[other_category])
    entry, _ = entry_factory()
    services.assign_all(edition, secretary)
    innovation, _impact = criteria_of(edition)
    with pytest.raises(DomainError, match="not assigned"):
        services.save_scores(outsider, entry, outsider.user, {innovation: ("5", "")})
    services.declare_conflict(jurors["j2"], secretary, country=countries["TR"])
    with pytest.raises(DomainError, match="conflict"):
        services.save_scores(jurors["j2"], entry, jurors["j2"].user, {innovation: ("5", "")})
    with pytest.raises(DomainError, match="own"):
        services.save_scores(jurors["j3"], entry, jurors["j2"].user, {innovation: ("5", "")})
    # Through the page: the entry does not exist for the outsider.
    response = client_for(outsider.user).post(
        f"/awards/entries/{entry.pk}/score/", {f"value-{innovation.pk}": "5"}
    )
    assert response.status_code == 404
    assert not Score.objects.exists()


def test_a_juror_scores_through_its_page_with_comments(edition, secretary, entry_factory, jurors, client_for):
    entry, _ = entry_factory()
    services.assign_all(edition, secretary)
    innovation, impact = criteria_of(edition)
    client = client_for(jurors["j2"].user)
    response = client.post(f"/awards/entries/{entry.pk}/score/", {
        f"value-{innovation.pk}": "8.5", f"comment-{innovation.pk}": "Bold idea",
        f"value-{impact.pk}": "6", f"comment-{impact.pk}": "Small pilot"}, follow=True)  # fmt: skip
    assert "Your scores were saved." in response.text
    assert {(s.criterion_id, str(s.value), s.comment) for s in Score.objects.all()} == {
        (innovation.pk, "8.50", "Bold idea"), (impact.pk, "6.00", "Small pilot")}  # fmt: skip
    over = client.post(f"/awards/entries/{entry.pk}/score/", {f"value-{innovation.pk}": "12"}, follow=True)
    assert "between 1 and 10" in over.text
    assert Score.objects.get(criterion=innovation).value == 8.5


def test_blind_review_hides_the_entrant_in_pages_api_and_file_names(edition, scored, jurors, client_for):
    e1, _ = scored
    client = client_for(jurors["j2"].user)
    for url in (f"/awards/{edition.pk}/entries/", f"/awards/entries/{e1.pk}/", f"/api/award-entries/{e1.pk}/",
                "/api/award-entries/", f"/api/award-editions/{edition.pk}/results/"):  # fmt: skip
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "Istanbul" not in response.text and "ayse@example.org" not in response.text, url
        assert "Lyon" not in response.text, url
    file = e1.files.get()
    download = client.get(f"/awards/files/{file.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    assert "istanbul" not in download["Content-Disposition"] and e1.code in download["Content-Disposition"]
    # Without blind review the juror sees who entered.
    edition.blind_review = False
    edition.save()
    assert "Istanbul Metropolitan Municipality" in client.get(f"/awards/entries/{e1.pk}/").text
    named = client.get(f"/awards/files/{file.pk}/")
    b"".join(named.streaming_content)  # read to the end: the test client then closes the file
    assert "istanbul-dossier.pdf" in named["Content-Disposition"]


def test_the_secretary_sees_progress_and_reminds_a_juror(
    edition, secretary, entry_factory, jurors, client_for
):
    e1, _ = entry_factory()
    entry_factory(title="Second")
    services.assign_all(edition, secretary)
    score(jurors["chair"], e1, (8, 8))
    progress = {
        r["juror"].pk: (r["assigned"], r["done"], r["missing"]) for r in services.missing_scores(edition)
    }
    assert progress[jurors["chair"].pk] == (2, 1, 1) and progress[jurors["j2"].pk] == (2, 0, 2)
    client = client_for(secretary)
    page = client.get(f"/awards/{edition.pk}/")
    assert 'data-juror="juror2"' in page.text
    client.post(f"/awards/jurors/{jurors['j2'].pk}/remind/")
    (message,) = mail.outbox
    assert message.to == ["juror2@example.org"] and "2 of your entries" in message.body
    assert AuditEntry.objects.filter(action="awards.juror.reminded", object_id=str(jurors["j2"].pk)).exists()
    assert client_for(jurors["j3"].user).post(f"/awards/jurors/{jurors['j2'].pk}/remind/").status_code == 403


def test_only_the_jury_chair_decides_and_publishes_after_the_call_closes(edition, scored, jurors, secretary,
                                                                          client_for):  # fmt: skip
    e1, e2 = scored
    for user in (secretary, jurors["j2"].user):
        with pytest.raises(DomainError, match="chair"):
            services.decide(e1, user, Result.WINNER)
    assert (
        client_for(jurors["j2"].user)
        .post(f"/awards/entries/{e1.pk}/decide/", {"result": "winner"})
        .status_code
        == 403
    )
    chair = client_for(jurors["chair"].user)
    chair.post(f"/awards/entries/{e1.pk}/decide/", {"result": "winner"})
    chair.post(f"/awards/entries/{e2.pk}/decide/", {"result": "shortlisted"})
    e1.refresh_from_db()
    assert e1.result == Result.WINNER
    assert AuditEntry.objects.filter(
        action="awards.entry.result", object_id=str(e1.pk), actor=jurors["chair"].user
    ).exists()
    with pytest.raises(DomainError, match="after the call closes"):
        services.publish_results(edition, jurors["chair"].user)
    close(edition)
    with pytest.raises(DomainError, match="chair"):
        services.publish_results(edition, secretary)
    assert client_for(None).get(f"/awards/results/{edition.slug}/").status_code == 404
    assert client_for(None).get(f"/api/award-editions/{edition.pk}/results/").status_code == 404
    chair.post(f"/awards/{edition.pk}/publish/")
    edition.refresh_from_db()
    assert edition.published
    public = client_for(None).get(f"/awards/results/{edition.slug}/")
    assert public.status_code == 200 and "Green corridors" in public.text and "Metro for all" in public.text
    assert "ayse@example.org" not in public.text
    api = client_for(None).get(f"/api/award-editions/{edition.pk}/results/").json()
    assert [r["code"] for r in api["categories"][0]["rows"]] == [e1.code, e2.code]
    with pytest.raises(DomainError, match="published"):
        services.decide(e2, jurors["chair"].user, Result.WINNER)
    with pytest.raises(DomainError, match="published"):
        score(jurors["j2"], e1, (1, 1))


def test_the_results_page_shows_ties_as_ties(edition, secretary, entry_factory, jurors, client_for):
    a, _ = entry_factory(title="Alpha")
    b, _ = entry_factory(title="Beta")
    c, _ = entry_factory(title="Gamma")
    services.assign_all(edition, secretary)
    for juror in jurors.values():
        score(juror, a, (8, 8))
        score(juror, b, (8, 8))
        score(juror, c, (4, 4))
    page = client_for(jurors["chair"].user, "en").get(f"/awards/{edition.pk}/results/")
    assert page.status_code == 200
    ranks = {code: rank for code, rank in _ranks(page.text)}
    assert ranks[a.code] == "1=" and ranks[b.code] == "1=" and ranks[c.code] == "3"
    assert "Istanbul" not in page.text  # blind until published


def _ranks(html):
    import re

    return re.findall(r'data-entry="([^"]+)"><td class="rank">([^<]+)</td>', html)


def test_the_certificate_pdf_reads_in_persian(edition, scored, jurors, client_for):
    from pypdf import PdfReader

    e1, _ = scored
    services.decide(e1, jurors["chair"].user, Result.WINNER)
    assert (
        client_for(None).get(f"/awards/entries/{e1.pk}/certificate.pdf").status_code == 404
    )  # not published
    close(edition)
    services.publish_results(edition, jurors["chair"].user)
    response = client_for(None).get(f"/awards/entries/{e1.pk}/certificate.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = unicodedata.normalize(
        "NFKC", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    )
    # pypdf puts the right-to-left runs back in logical order; NFKC maps the joined letter forms back.
    for words in ("گواهی", "برنده", "ششمین جایزه خشت طلایی", "بازآفرینی شهری", "Certificate", "Green corridors",
                  "Istanbul Metropolitan Municipality"):  # fmt: skip
        assert words in text, words


def test_the_secretary_records_a_declaration_for_a_jury_member(edition, secretary, entry_factory, jurors, countries,
                                                               client_for):  # fmt: skip
    entry, _ = entry_factory()
    services.assign_all(edition, secretary)
    client = client_for(secretary)
    response = client.post(f"/awards/{edition.pk}/conflicts/", {"juror": jurors["j3"].pk, "country": countries["TR"].pk,
                                                                  "note": "Adviser"}, follow=True)  # fmt: skip
    assert "The conflict of interest was recorded." in response.text
    assert not Assignment.objects.filter(juror=jurors["j3"], entry=entry).exists()
    empty = client.post(f"/awards/{edition.pk}/conflicts/", {"juror": jurors["j2"].pk}, follow=True)
    assert "Name the country, city, organization or entry" in empty.text
    assert (
        client_for(jurors["j2"].user)
        .post(f"/awards/{edition.pk}/conflicts/", {"juror": jurors["j2"].pk})
        .status_code
        == 403
    )
