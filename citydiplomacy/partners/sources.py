"""The partners app's own timeline sources: missions there, people, positions and notes."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.links import detail_url

from .models import City, Contact, Country, Note, Organization
from .timeline import Item, register


def missions_there(partner, user, today, limit):
    from citydiplomacy.missions.permissions import visible_missions

    if user.role == "analyst":
        return []
    qs = visible_missions(user)
    if isinstance(partner, Country):
        qs = qs.filter(countries=partner)
    elif isinstance(partner, City):
        qs = qs.filter(cities=partner)
    else:
        return []
    url = detail_url("missions:detail")
    statuses = dict(qs.model._meta.get_field("status").flatchoices)
    rows = qs.order_by("-start_date", "-id").values_list("pk", "start_date", "reference", "title", "status")
    return [
        Item(start, "missions", f"{reference}: {title}", url(pk), str(statuses.get(status, status)))
        for pk, start, reference, title, status in rows[:limit]
    ]


def contacts(partner, user, today, limit):
    if isinstance(partner, Country):
        qs = Contact.objects.filter(country=partner)
    elif isinstance(partner, City):
        qs = Contact.objects.filter(city=partner)
    elif isinstance(partner, Organization):
        qs = Contact.objects.filter(organization=partner)
    else:
        return []
    url, english = detail_url("partners:detail", "contact"), get_language() == "en"
    rows = qs.order_by("name_en").values_list("pk", "name_fa", "name_en", "title")[:limit]
    return [
        Item(None, "contacts", name_en if english and name_en else name_fa, url(pk), detail=title)
        for pk, name_fa, name_en, title in rows
    ]  # the name as a Contact's reads


def positions(partner, user, today, limit):
    if isinstance(partner, Contact):
        qs = partner.positions.select_related("organization")
    elif isinstance(partner, Organization):
        qs = partner.positions.select_related("contact")
    else:
        return []
    items = []
    for p in qs[:limit]:
        title = p.title if isinstance(partner, Contact) else f"{p.contact.name}: {p.title}"
        detail = str(p.organization) if isinstance(partner, Contact) and p.organization else ""
        items.append(Item(p.start_on, "positions", title, detail=detail, extra={"end_on": p.end_on}))
    return items


def notes(partner, user, today, limit):
    kind = partner.search_kind
    rows = Note.objects.filter(partner_kind=kind, partner_id=partner.pk).values_list(
        "created_at", "text", "author_id", "author__first_name", "author__last_name", "author__username"
    )[:limit]
    items = []
    for created_at, text, author_id, first, last, username in rows:
        author = (f"{first} {last}".strip() or username) if author_id else ""  # as a User's name reads
        items.append(Item(created_at.date(), "notes", text, detail=author))
    return items


def register_sources():
    register("missions", _("Missions there"), missions_there, order=10)
    register("contacts", _("People"), contacts, order=70)
    register("positions", _("Positions"), positions, order=75)
    register("notes", _("Notes"), notes, order=90)
