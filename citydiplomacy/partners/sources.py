"""The partners app's own timeline sources: missions there, people, positions and notes."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import City, Contact, Country, Note, Organization
from .timeline import Item, detail_url, register


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
    return [
        Item(m.start_date, "missions", f"{m.reference}: {m.title}", url(m.pk), m.get_status_display())
        for m in qs.order_by("-start_date", "-id")[:limit]
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
    return [
        Item(None, "contacts", c.name, reverse("partners:detail", args=["contact", c.pk]), detail=c.title)
        for c in qs.order_by("name_en")[:limit]
    ]


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
    qs = Note.objects.filter(partner_kind=kind, partner_id=partner.pk).select_related("author")
    return [Item(n.created_at.date(), "notes", n.text, detail=str(n.author or "")) for n in qs[:limit]]


def register_sources():
    register("missions", _("Missions there"), missions_there, order=10)
    register("contacts", _("People"), contacts, order=70)
    register("positions", _("Positions"), positions, order=75)
    register("notes", _("Notes"), notes, order=90)
