"""Events and visits received on a partner's timeline (partners/timeline.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.links import detail_url
from citydiplomacy.partners.models import City, Contact, Country, Organization
from citydiplomacy.partners.timeline import Item, labels, register

from .models import Event, Kind, Status


def _condition(partner, visits):
    if isinstance(partner, City):
        q = Q(partner_cities=partner) | (Q(city=partner) if not visits else Q(pk__in=[]))
    elif isinstance(partner, Organization):
        q = Q(partner_organizations=partner) | Q(organizers=partner) | Q(co_organizers=partner)
    elif isinstance(partner, Contact):
        q = Q(partner_contacts=partner) | Q(sessions__speakers=partner) | Q(sessions__chairs=partner)
    elif isinstance(partner, Country):
        q = Q(partner_cities__country=partner) | Q(partner_organizations__country=partner)
        q |= Q(partner_contacts__country=partner) | (Q(country=partner) if not visits else Q(pk__in=[]))
    else:
        return None
    kind = Q(kind=Kind.VISIT_RECEIVED) if visits else ~Q(kind=Kind.VISIT_RECEIVED)
    return q & kind


def _items(partner, limit, visits):
    condition = _condition(partner, visits)
    if condition is None:
        return []
    ids = Event.objects.filter(condition).values("pk")
    qs = Event.objects.filter(pk__in=ids).order_by("-start_date", "-id")[:limit]
    url, statuses, kinds = detail_url("events:detail"), labels(Status), labels(Kind)
    key = "visits" if visits else "events"
    return [
        Item(e.start_date, key, e.title, url(e.pk), statuses.get(e.status, e.status),
             detail=kinds.get(e.kind, e.kind) if not visits else "",
             extra={"end_on": e.end_date})
        for e in qs
    ]  # fmt: skip


def events(partner, user, today, limit):
    return _items(partner, limit, visits=False)


def visits(partner, user, today, limit):
    return _items(partner, limit, visits=True)


def register_sources():
    register("visits", _("Visits received"), visits, order=12)
    register("events", _("Events"), events, order=15)
