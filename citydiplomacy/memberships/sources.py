"""Memberships and seats on an organization's timeline."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from citydiplomacy.partners.models import Organization
from citydiplomacy.partners.timeline import Item, register

from .models import Membership, SeatTerm


def memberships(partner, user, today, limit):
    if not isinstance(partner, Organization):
        return []
    qs = Membership.objects.filter(organization=partner).prefetch_related("dues")
    return [
        Item(m.since, "memberships", str(_("Membership of the city")), reverse("memberships:detail", args=[m.pk]),
             m.status_label(today))
        for m in qs[:limit]
    ]  # fmt: skip


def seats(partner, user, today, limit):
    if not isinstance(partner, Organization):
        return []
    qs = SeatTerm.objects.filter(seat__organization=partner).select_related("seat", "holder")
    return [
        Item(t.start_on, "seats", f"{t.seat.title}: {t.holder_name}", reverse("memberships:seat_detail", args=[t.seat_id]),
             extra={"end_on": t.end_on})
        for t in qs.order_by("-start_on")[:limit]
    ]  # fmt: skip


def register_sources():
    register("memberships", _("Memberships"), memberships, order=30)
    register("seats", _("Seats"), seats, order=35)
