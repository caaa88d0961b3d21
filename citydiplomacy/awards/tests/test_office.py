"""The secretary's side: editions typed in Jalali Tehran time, categories and criteria, the jury, exports; and the
entrant's files through its private link."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citydiplomacy.awards import services
from citydiplomacy.awards.models import Assignment, AwardEdition
from citydiplomacy.core.errors import DomainError
from citydiplomacy.core.models import AuditEntry

from .conftest import PDF, png_bytes, score

TEHRAN = ZoneInfo("Asia/Tehran")


def test_the_secretary_creates_an_edition_in_jalali_tehran_time(series, secretary, client_for):
    client = client_for(secretary, "fa")
    response = client.post("/awards/new/", {
        "series": series.pk, "number": 8, "slug": "golden-brick-8", "title_fa": "هشتمین جایزه خشت طلایی",
        "opens_at": "۱۴۰۵/۰۲/۰۱ ۰۹:۰۰", "closes_at": "1405/05/31 23:30", "scale_min": 0, "scale_max": 5,
        "blind_review": "on", "normalization": "rank", "max_file_mb": 5, "max_files": 3,
    })  # fmt: skip
    assert response.status_code == 302
    edition = AwardEdition.objects.get(slug="golden-brick-8")
    assert edition.opens_at.astimezone(TEHRAN).replace(tzinfo=None) == dt.datetime(2026, 4, 21, 9, 0)
    assert edition.closes_at.astimezone(TEHRAN).replace(tzinfo=None) == dt.datetime(2026, 8, 22, 23, 30)
    assert AuditEntry.objects.filter(action="awards.edition.created", object_id=str(edition.pk)).exists()
    form = client.get(f"/awards/{edition.pk}/edit/")
    assert "۱۴۰۵/۰۲/۰۱ ۰۹:۰۰" in form.text


def test_an_edition_whose_call_closes_before_it_opens_is_refused_with_a_message(
    series, secretary, client_for
):
    response = client_for(secretary).post("/awards/new/", {
        "series": series.pk, "number": 9, "slug": "gb-9", "title_fa": "نهم", "opens_at": "2026-05-01 10:00",
        "closes_at": "2026-04-01 10:00", "scale_min": 1, "scale_max": 10, "normalization": "zscore",
        "max_file_mb": 5, "max_files": 3,
    })  # fmt: skip
    assert response.status_code == 400 and "must close after it opens" in response.text
    assert not AwardEdition.objects.filter(slug="gb-9").exists()


def test_criteria_are_fixed_once_scoring_began(edition, secretary, entry_factory, jurors):
    entry, _ = entry_factory()
    services.assign_all(edition, secretary)
    score(jurors["j2"], entry, (5, 5))
    with pytest.raises(DomainError, match="Scoring has begun"):
        services.add_criterion(edition, secretary, name_fa="تازه", weight=1)


def test_unconfirmed_entries_are_not_assigned(edition, secretary, entry_factory, jurors):
    entry, _ = entry_factory(confirmed=False)
    assert services.assign_all(edition, secretary) == 0
    assert not Assignment.objects.filter(entry=entry).exists()


def test_one_chair_per_jury_and_only_jury_accounts(edition, secretary, jury_factory, jurors, requester):
    from citydiplomacy.partners.models import Contact

    with pytest.raises(DomainError, match="already has a chair"):
        jury_factory("second_chair", chair=True)
    with pytest.raises(DomainError, match="jury member role"):
        services.add_juror(
            edition, secretary, account=requester, contact=Contact.objects.create(name_fa="x", name_en="x")
        )


def test_the_entrant_adds_files_through_its_private_link_up_to_the_limit(edition, entry_factory, client_for):
    from .test_public import form_data

    edition.max_files = 2
    edition.save()
    entry, key = entry_factory(files=[SimpleUploadedFile("a.pdf", PDF)])
    client = client_for(None)
    data = form_data(entry.category, entry.country, email=entry.email)
    response = client.post(
        f"/awards/entry/{key}/", {**data, "files": [SimpleUploadedFile("b.png", png_bytes())]}
    )
    assert response.status_code == 302 and entry.files.count() == 2
    refused = client.post(f"/awards/entry/{key}/", {**data, "files": [SimpleUploadedFile("c.pdf", PDF)]})
    assert refused.status_code == 400 and "at most 2 files" in refused.text and entry.files.count() == 2
    removed = client.post(f"/awards/entry/{key}/files/{entry.files.first().pk}/delete/")
    assert removed.status_code == 302 and entry.files.count() == 1


def test_a_changed_email_must_be_confirmed_again(edition, entry_factory, client_for):
    from .test_public import form_data

    entry, key = entry_factory()
    client_for(None).post(
        f"/awards/entry/{key}/", form_data(entry.category, entry.country, email="new@example.org")
    )
    entry.refresh_from_db()
    assert entry.email == "new@example.org" and not entry.confirmed


def test_entries_and_results_export_to_excel_blinded_for_the_chair(edition, secretary, entry_factory, jurors,
                                                                    client_for):  # fmt: skip
    from openpyxl import load_workbook

    entry, _ = entry_factory()
    services.assign_all(edition, secretary)
    score(jurors["j2"], entry, (7, 7))
    rows = load_workbook(
        io.BytesIO(client_for(secretary).get(f"/awards/{edition.pk}/entries/?format=xlsx").content)
    )
    text = str(list(rows.active.values))
    assert "Istanbul Metropolitan Municipality" in text and "ayse@example.org" in text
    chair_rows = client_for(jurors["chair"].user).get(f"/awards/{edition.pk}/entries/?format=xlsx").content
    chair_text = str(list(load_workbook(io.BytesIO(chair_rows)).active.values))
    assert entry.code in chair_text and "Istanbul" not in chair_text
    results = load_workbook(
        io.BytesIO(client_for(secretary).get(f"/awards/{edition.pk}/results/?format=xlsx").content)
    )
    assert entry.code in str(list(results.active.values))
