"""Who may see and do what with the award: the office, the edition's jury and its chair, the council roles, the
public.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format). The matrix's
jury member sits on the edition as its chair, with the entry assigned to it; the other jury cases (a juror of
another edition, an entry not assigned) are in test_permissions.py.
"""

import atexit
import datetime as dt
import itertools
import shutil
import tempfile
from pathlib import Path

from citydiplomacy.core.tests.matrix import DENIED, HIDDEN, OK, roles

OFFICE = roles(DENIED, secretary=OK, admin=OK)
OVERVIEW = roles(OK, requester=DENIED, other_requester=DENIED)
OFFICE_AND_JURY = roles(DENIED, secretary=OK, admin=OK, jury=OK)
JURY = roles(DENIED, jury=OK)
PUBLIC = roles(OK, anonymous=OK)
API_OVERVIEW = roles(OK, requester=DENIED, other_requester=DENIED)

_numbers = itertools.count(1)
_private_root = None
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _files_in_a_temporary_directory():
    """Entry files go under the system's temporary directory, never the installation's private data."""
    global _private_root
    from django.conf import settings

    if _private_root is None:
        _private_root = Path(tempfile.mkdtemp(prefix="matrix-awards-"))
        atexit.register(shutil.rmtree, _private_root, ignore_errors=True)
    settings.AWARDS_PRIVATE_ROOT = _private_root


def world(users):
    from django.core import signing
    from django.core.cache import cache
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from citydiplomacy.awards import services
    from citydiplomacy.awards.models import AwardSeries
    from citydiplomacy.partners.models import Contact, Country

    _files_in_a_temporary_directory()
    cache.clear()  # the public pages' rate limits count per address: each table starts afresh
    secretary, jury = users["secretary"], users["jury"]
    series, _new = AwardSeries.objects.get_or_create(slug="golden-brick", defaults={"name_fa": "خشت طلایی"})
    turkey = Country.objects.get(iso2="TR")
    now = timezone.now()

    def edition(opens_at, closes_at):
        n = next(_numbers)
        made = services.create_edition(
            secretary, series=series, number=n, slug=f"golden-brick-{n}", title_fa=f"جایزه {n}", title_en=f"Award {n}",
            opens_at=opens_at, closes_at=closes_at, scale_min=1, scale_max=10, blind_review=True,
            normalization="zscore",
        )  # fmt: skip
        category = services.add_category(
            made, secretary, name_fa="بازآفرینی", name_en="Regeneration", order=1
        )
        services.add_criterion(made, secretary, name_fa="نوآوری", name_en="Innovation", weight=1, order=1)
        contact = Contact.objects.create(
            name_fa=f"داور {n}", name_en=f"Juror {n}", country=Country.objects.get(iso2="JP")
        )
        juror = services.add_juror(
            made, secretary, account=jury, contact=contact, categories=[category], is_chair=True
        )
        entry, key = services.submit_entry(
            made, now=opens_at + dt.timedelta(days=1), files=[SimpleUploadedFile("plan.pdf", PDF)], category=category,
            title="Green corridors", summary="Corridors.", entrant_kind="city", entrant_name="Istanbul",
            country=turkey, city_name="Istanbul", contact_person="Ayse Kaya", email="ayse@example.org",
        )  # fmt: skip
        entry.email_confirmed_at = now
        entry.save(update_fields=["email_confirmed_at"])
        services.assign(juror, entry, secretary)
        services.decide(entry, jury, "winner")
        return made, juror, entry, key

    current, juror, entry, key = edition(now - dt.timedelta(days=10), now + dt.timedelta(days=10))
    published, _juror, _entry, _key = edition(now - dt.timedelta(days=30), now - dt.timedelta(days=20))
    services.publish_results(published, jury)
    services.save_scores(juror, entry, jury, {current.criteria.get(): ("7", "")})
    return {
        "edition": current, "category": current.categories.get(), "juror": juror, "score": juror.scores.get(), "entry": entry, "file": entry.files.get(), "key": key,
        "confirmation": signing.TimestampSigner(salt=services.CONFIRM_SALT).sign(str(entry.pk)),
        "slug": current.slug, "published": published, "published_slug": published.slug,
    }  # fmt: skip


PAGES = {
    "awards:list": {"GET": OVERVIEW},
    "awards:edition_create": {"GET": OFFICE, "POST": OFFICE},
    "awards:edition": {"args": ["edition"], "GET": OVERVIEW},
    "awards:edition_edit": {"args": ["edition"], "GET": OFFICE, "POST": OFFICE},
    "awards:add_category": {"args": ["edition"], "POST": OFFICE},
    "awards:add_criterion": {"args": ["edition"], "POST": OFFICE},
    "awards:add_juror": {"args": ["edition"], "POST": OFFICE},
    "awards:assign_all": {"args": ["edition"], "POST": OFFICE},
    "awards:record_conflict": {"args": ["edition"], "POST": OFFICE},
    "awards:entries": {"args": ["edition"], "GET": OFFICE_AND_JURY},
    "awards:results": {"args": ["edition"], "GET": OFFICE_AND_JURY},
    "awards:publish": {"args": ["edition"], "POST": JURY},
    "awards:add_conflict": {"args": ["juror"], "POST": OFFICE_AND_JURY},
    "awards:remind": {"args": ["juror"], "POST": OFFICE},
    "awards:entry": {"args": ["entry"], "GET": OFFICE_AND_JURY},
    "awards:score": {"args": ["entry"], "POST": roles(DENIED, jury=OK, secretary=DENIED, admin=DENIED)},
    "awards:decide": {"args": ["entry"], "POST": JURY},
    "awards:certificate": {
        "args": ["entry"],
        "GET": roles(DENIED, secretary=OK, admin=OK, jury=OK, anonymous=HIDDEN),
    },
    "awards:file": {"args": ["file"], "GET": OFFICE_AND_JURY},
    "awards:call": {"args": ["slug"], "GET": PUBLIC, "POST": PUBLIC},
    "awards:confirm": {"args": ["confirmation"], "GET": PUBLIC},
    "awards:private": {"args": ["key"], "GET": PUBLIC, "POST": PUBLIC},
    "awards:resend": {"args": ["key"], "POST": PUBLIC},
    "awards:private_file": {"args": ["key", "file"], "GET": PUBLIC},
    "awards:private_file_delete": {"args": ["key", "file"], "POST": PUBLIC},
    "awards:public_results": {"args": ["published_slug"], "GET": PUBLIC},
}
API = {
    "GET /api/award-editions/": API_OVERVIEW,
    "GET /api/award-editions/{id}/": ("edition", API_OVERVIEW),
    "GET /api/award-editions/{id}/results/": ("published", roles(OK, anonymous=OK)),
    "GET /api/award-categories/": API_OVERVIEW,
    "GET /api/award-categories/{id}/": ("category", API_OVERVIEW),
    "GET /api/award-entries/": roles(OK),
    "GET /api/award-entries/{id}/": ("entry", roles(HIDDEN, secretary=OK, admin=OK, jury=OK)),
    "GET /api/award-scores/": roles(OK),
    "POST /api/award-scores/": roles(DENIED, jury=OK),
    "GET /api/award-scores/{id}/": ("score", roles(HIDDEN, jury=OK)),
}
