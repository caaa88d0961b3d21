"""Letters from templates the office edits: `{{ placeholder }}` fields and nothing else.

The body is written in the Django template syntax the office knows, but only plain `{{ name }}` fields from
PLACEHOLDERS are allowed: no tags, no filters, no attribute lookups. A template naming anything else is
refused when saved, with the unknown names in the message; rendering substitutes the values as plain text,
so a template can never run code or read data it was not given.
"""

import re

from django.utils.translation import gettext as _

from citydiplomacy.core.errors import DomainError

PLACEHOLDERS = {
    "guest_name": "the guest's name",
    "guest_title": "the guest's position",
    "organization": "the guest's organization",
    "city": "the guest's city",
    "country": "the guest's country",
    "event_title": "the event's title",
    "event_dates": "the event's dates",
    "venue": "the venue",
    "delegation": "the delegation",
    "today": "the date of the letter",
}
FIELD = re.compile(r"{{\s*([A-Za-z_][A-Za-z0-9_]*)\s*}}")
ANY_TAG = re.compile(r"{%|%}|{#|#}|{{|}}")


def check_template(text):
    """Raise DomainError (also a ValidationError for forms, see forms.LetterTemplateForm) if `text` uses
    anything but the known placeholders."""
    unknown = sorted({name for name in FIELD.findall(text) if name not in PLACEHOLDERS})
    rest = FIELD.sub("", text)
    if ANY_TAG.search(rest):
        raise DomainError(
            _("Only fields such as {{ guest_name }} may be used: no tags, filters or other template syntax.")
        )
    if unknown:
        raise DomainError(
            _("Unknown fields: {names}. Known fields: {known}.").format(
                names=", ".join(unknown), known=", ".join(sorted(PLACEHOLDERS))
            )
        )


def render(text, values):
    return FIELD.sub(lambda m: str(values.get(m.group(1), "")), text)


def values_for(invitation, language):
    from django.utils import timezone, translation

    from citydiplomacy.lib.jalali import format_jalali

    event = invitation.event
    with translation.override(language):
        if language == "fa":
            dates = _("{start} to {end}").format(
                start=format_jalali(event.start_date), end=format_jalali(event.end_date)
            )
            today = format_jalali(timezone.localdate())
        else:
            dates = f"{event.start_date:%d %B %Y} – {event.end_date:%d %B %Y}"
            today = f"{timezone.localdate():%d %B %Y}"
        contact = invitation.contact
        return {
            "guest_name": invitation.guest_name,
            "guest_title": contact.title if contact else "",
            "organization": str(invitation.organization or ""),
            "city": str(invitation.city or ""),
            "country": str(invitation.country or ""),
            "event_title": event.title_fa if language == "fa" else (event.title_en or event.title_fa),
            "event_dates": dates,
            "venue": event.venue,
            "delegation": str(invitation.delegation or ""),
            "today": today,
        }


DEFAULTS = {
    ("invitation", "fa"): (
        "دعوت به {{ event_title }}",
        "جناب {{ guest_name }}\n{{ guest_title }} {{ organization }}\n\nبا سلام و احترام، مرکز ارتباطات و امور "
        "بین‌الملل شهرداری تهران مفتخر است از جنابعالی برای حضور در «{{ event_title }}» که در تاریخ "
        "{{ event_dates }} در {{ venue }} برگزار می‌شود دعوت کند.\n\n{{ today }}",
    ),
    ("invitation", "en"): (
        "Invitation to {{ event_title }}",
        "Dear {{ guest_name }},\n{{ guest_title }} {{ organization }}\n\nThe Center for International Relations "
        "and Affairs of Tehran Municipality is honoured to invite you to “{{ event_title }}”, held on "
        "{{ event_dates }} at {{ venue }}.\n\n{{ today }}",
    ),
    ("visa_support", "fa"): (
        "نامه حمایت از روادید: {{ guest_name }}",
        "به نام خدا\n\nبدین‌وسیله گواهی می‌شود {{ guest_name }} از {{ city }}، {{ country }} برای حضور در "
        "«{{ event_title }}» ({{ event_dates }}) مهمان شهرداری تهران است. خواهشمند است روادید ایشان صادر شود."
        "\n\n{{ today }}",
    ),
    ("visa_support", "en"): (
        "Visa support letter: {{ guest_name }}",
        "To the Embassy of the Islamic Republic of Iran,\n\nThis is to certify that {{ guest_name }} of {{ city }}, "
        "{{ country }}, is a guest of Tehran Municipality at “{{ event_title }}” ({{ event_dates }}). We kindly "
        "ask you to issue the visa.\n\n{{ today }}",
    ),
}


def template_for(kind, language):
    from .models import LetterTemplate

    found = LetterTemplate.objects.filter(kind=kind, language=language).first()
    if found:
        return found.subject, found.body
    return DEFAULTS[(kind, language)]


def letter_pdf(invitation, kind, language):
    from citydiplomacy.lib.pdf import Document

    subject, body = template_for(kind, language)
    values = values_for(invitation, language)
    doc = Document(render(subject, values), rtl=language == "fa")
    doc.heading(render(subject, values), level=1)
    doc.spacer()
    for paragraph in render(body, values).split("\n"):
        doc.paragraph(paragraph) if paragraph.strip() else doc.spacer()
    return doc.build()
