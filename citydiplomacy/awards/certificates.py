"""Certificates of the winners and the shortlisted, Persian (right to left) with the English beside it."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from citydiplomacy.lib.jalali import format_jalali
from citydiplomacy.lib.pdf import Document

from .models import Result


def certificate_pdf(entry):
    edition = entry.edition
    winner = entry.result == Result.WINNER
    day = (edition.results_published_at or entry.updated_at).date()
    doc = Document(f"{edition.title_fa} — {entry.code}", rtl=True)
    with translation.override("fa"):
        kind = _("Winner") if winner else _("Shortlisted")
        doc.heading(_("Certificate"), level=1)
        doc.heading(edition.title_fa)
        doc.paragraph(_("The jury of {edition} awards this certificate ({kind}) in the category {category} to "
                        "{entrant}, {city}, {country}, for the project «{title}».").format(
            edition=edition.title_fa, kind=kind, category=entry.category.name_fa, entrant=entry.entrant_name,
            city=entry.city_name, country=entry.country.name_fa, title=entry.title))  # fmt: skip
        doc.paragraph(_("Date: {day}, {city}").format(day=format_jalali(day), city=settings.CITY_NAME_FA))
    doc.spacer()
    english = Document("", rtl=False)
    english.heading("Certificate", level=1)
    english.heading(edition.title_en or edition.title_fa)
    english.paragraph(
        f"The jury of {edition.title_en or edition.title_fa} awards this certificate "
        f"({'Winner' if winner else 'Shortlisted'}) in the category {entry.category.name_en or entry.category.name_fa} "
        f"to {entry.entrant_name}, {entry.city_name}, {entry.country.name_en}, for the project “{entry.title}”."
    )
    english.paragraph(f"Date: {day.isoformat()} — {settings.CITY_NAME_EN}")
    doc.story.extend(english.story)
    chair = edition.jurors.filter(is_chair=True).select_related("contact").first()
    if chair:
        doc.signatures(
            [f"{chair.contact.name_fa} / {chair.contact.name_en}"], caption="رئیس هیئت داوران / Jury chair"
        )
    return doc.build()
