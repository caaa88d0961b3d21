"""Agreements and commitments due on a partner's timeline."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.links import detail_url
from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import City, Contact, Country, Organization
from citydiplomacy.partners.timeline import Item, Rows, labels, name, register, select

from .models import IN_FORCE, OPEN_STATUSES, Agreement, Commitment, CommitmentStatus, Kind, Party, Status

_PARTY_FIELD = {Country: "country", City: "city", Organization: "organization"}


def _agreement_ids(partner):
    """SQL for the ids of the partner's agreements, and its parameters (None for a contact)."""
    field = _PARTY_FIELD.get(type(partner))
    if field is None:
        return None, None
    return (
        f"SELECT {name(Party, 'agreement')} FROM {name(Party)} WHERE {name(Party, field)} = %s",
        [partner.pk],
    )


def agreements(partner, user, today, limit):
    ids, params = _agreement_ids(partner)
    if ids is None:
        return []
    url, statuses, kinds = detail_url("agreements:detail"), labels(Status), labels(Kind)
    english = get_language() == "en"

    def items(rows):
        found = []
        for signed_on, expires_on, pk, reference, title_fa, title_en, kind, status, _moment in rows:
            title = title_en if english and title_en else title_fa  # as an Agreement reads
            if status in IN_FORCE and expires_on and expires_on < today:  # `Agreement.effective_status`
                status = Status.EXPIRED
            found.append(
                Item(signed_on, "agreements", f"{reference}: {title}", url(pk), statuses.get(status, status),
                     detail=kinds.get(kind, kind))
            )  # fmt: skip
        return found

    a = {f: f"a.{name(Agreement, f)}" for f in ("id", "reference", "title_fa", "title_en", "kind", "status",
                                                "signed_on", "expires_on")}  # fmt: skip
    return Rows(
        select(day=a["signed_on"], until=a["expires_on"], number=a["id"],
               texts=[a[f] for f in ("reference", "title_fa", "title_en", "kind", "status")]),
        f"FROM {name(Agreement)} a WHERE {a['id']} IN ({ids})", params,
        f"{a['signed_on']} DESC, {a['id']} DESC", items,
    )  # fmt: skip


def commitments_due(partner, user, today, limit):
    c = {f: f"c.{name(Commitment, f)}" for f in ("id", "agreement", "owner", "title", "status", "due_on")}
    if isinstance(partner, Contact):
        if not partner.person_id:
            return []
        which, params = f"{c['owner']} = %s", [partner.person_id]
    else:
        ids, params = _agreement_ids(partner)
        if ids is None:
            return []
        which = f"{c['agreement']} IN ({ids})"
    url, statuses = detail_url("agreements:detail"), labels(CommitmentStatus)
    english = get_language() == "en"

    def items(rows):
        found = []
        for due_on, _until, agreement_id, title, status, reference, owner_fa, owner_en, _moment in rows:
            owner = (owner_en if english and owner_en else owner_fa) or ""  # as a Person's name reads
            found.append(
                Item(due_on, "commitments", title, url(agreement_id), statuses.get(status, status),
                     detail=f"{reference} · {owner}", overdue=due_on is not None and due_on < today, written=True)
            )  # fmt: skip
        return found  # every one is open: overdue once its day has passed

    order = f"{c['due_on']}, {c['id']}"
    soonest = (  # the first `limit` open commitments, then their agreement's reference and owner's name
        f"SELECT * FROM {name(Commitment)} c WHERE {c['status']} IN (%s, %s) AND {which} ORDER BY {order} "
        f"LIMIT {int(limit)}"
    )
    return Rows(
        select(day=c["due_on"], number=c["agreement"], texts=[c["title"], c["status"], f"a.{name(Agreement, 'reference')}",
               f"o.{name(Person, 'name_fa')}", f"o.{name(Person, 'name_en')}"]),
        f"FROM ({soonest}) c JOIN {name(Agreement)} a ON a.{name(Agreement, 'id')} = {c['agreement']} "
        f"LEFT JOIN {name(Person)} o ON o.{name(Person, 'id')} = {c['owner']}",
        [*OPEN_STATUSES, *params], order, items,
    )  # fmt: skip


def register_sources():
    register("agreements", _("Agreements"), agreements, order=20)
    register("commitments", _("Commitments due"), commitments_due, order=25)
