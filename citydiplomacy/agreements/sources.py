"""Agreements and commitments due on a partner's timeline."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.links import detail_url
from citydiplomacy.partners.models import City, Contact, Country, Organization
from citydiplomacy.partners.timeline import Item, register

from .models import IN_FORCE, Agreement, Commitment, CommitmentStatus, Kind, Party, Status


def _party_filter(partner, prefix=""):
    if isinstance(partner, Country):
        return {f"{prefix}country": partner}
    if isinstance(partner, City):
        return {f"{prefix}city": partner}
    if isinstance(partner, Organization):
        return {f"{prefix}organization": partner}
    return None


def agreements(partner, user, today, limit):
    flt = _party_filter(partner)
    if flt is None:
        return []
    ids = Party.objects.filter(**flt).values("agreement_id")
    rows = (
        Agreement.objects.filter(pk__in=ids)
        .order_by("-signed_on", "-id")
        .values_list("pk", "reference", "title_fa", "title_en", "kind", "status", "signed_on", "expires_on")[
            :limit
        ]
    )
    url, statuses, kinds = detail_url("agreements:detail"), dict(Status.choices), dict(Kind.choices)
    english = get_language() == "en"
    items = []
    for pk, reference, title_fa, title_en, kind, status, signed_on, expires_on in rows:
        title = title_en if english and title_en else title_fa  # as an Agreement reads
        if status in IN_FORCE and expires_on and expires_on < today:  # `Agreement.effective_status`
            status = Status.EXPIRED
        items.append(
            Item(signed_on, "agreements", f"{reference}: {title}", url(pk), str(statuses.get(status, status)),
                 detail=str(kinds.get(kind, kind)))
        )  # fmt: skip
    return items


def commitments_due(partner, user, today, limit):
    if isinstance(partner, Contact):
        if not partner.person_id:
            return []
        qs = Commitment.objects.open().filter(owner_id=partner.person_id)
    else:
        flt = _party_filter(partner)
        if flt is None:
            return []
        ids = Party.objects.filter(**flt).values("agreement_id")
        qs = Commitment.objects.open().filter(agreement_id__in=ids)
    rows = qs.order_by("due_on", "id").values_list(
        "agreement_id",
        "title",
        "status",
        "due_on",
        "agreement__reference",
        "owner__name_fa",
        "owner__name_en",
    )[:limit]  # plain rows: no model built for an item that shows five fields
    url, statuses = detail_url("agreements:detail"), dict(CommitmentStatus.choices)
    english = get_language() == "en"
    items = []
    for agreement_id, title, status, due_on, reference, owner_fa, owner_en in rows:
        owner = (owner_en if english and owner_en else owner_fa) or ""  # as a Person's name reads
        items.append(
            Item(due_on, "commitments", title, url(agreement_id), str(statuses.get(status, status)),
                 detail=f"{reference} · {owner}", overdue=due_on is not None and due_on < today)
        )  # fmt: skip
    return items  # every one is open: overdue once its day has passed


def register_sources():
    register("agreements", _("Agreements"), agreements, order=20)
    register("commitments", _("Commitments due"), commitments_due, order=25)
