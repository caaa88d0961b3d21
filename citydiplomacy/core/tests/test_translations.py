"""Every user-facing string is translated into Persian, and the compiled catalogues match their sources."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

PACKAGE = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(PACKAGE.rglob("locale/fa/LC_MESSAGES/django.po"))


def test_there_are_persian_catalogues():
    assert CATALOGUES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=[str(p.relative_to(PACKAGE)) for p in CATALOGUES])
def test_catalogue_is_complete_and_compiled(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated in {po_path}: {untranslated[:10]}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy[:10]}"
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(po_path.with_suffix(".mo")))}
    source = {(e.msgctxt, e.msgid): e.msgstr for e in catalogue.translated_entries() if not e.msgid_plural}
    stale = [k[1] for k, v in source.items() if compiled.get(k) != v]
    assert not stale, f"{po_path.with_suffix('.mo')} is out of date (run `make messages`): {stale[:5]}"


def test_pages_speak_persian_by_default(client_for, requester):
    from django.test import Client

    client = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")  # an English browser still gets Persian
    client.force_login(requester)
    page = client.get("/").content.decode()
    assert 'dir="rtl"' in page and "پیشخوان" in page
    with translation.override("fa"):
        assert translation.gettext("Council report") == "گزارش به شورا"
