"""The partners app's own timeline sources: missions there, people, positions and notes."""

from django.db import connection
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.links import detail_url

from .models import City, Contact, Country, Note, Organization
from .timeline import Item, Rows, labels, name, register, select

_PARTNER_FIELD = {Country: "country", City: "city", Organization: "organization"}  # a contact's link to it


def missions_there(partner, user, today, limit):
    from citydiplomacy.missions.models import MissionRequest
    from citydiplomacy.missions.models import Status as MissionStatus
    from citydiplomacy.missions.permissions import visible_missions

    if user.role == "analyst" or not isinstance(partner, City | Country):
        return []
    visible = visible_missions(user)  # the one rule of who sees which missions, as a condition
    if visible.query.is_empty():
        return []
    through = (MissionRequest.cities if isinstance(partner, City) else MissionRequest.countries).through
    target = "city" if isinstance(partner, City) else "country"
    mission_id = f"m.{name(MissionRequest, 'id')}"
    tables = (
        f"FROM {name(MissionRequest)} m JOIN {name(through)} x ON x.{name(through, 'missionrequest')} = "
        f"{mission_id} WHERE x.{name(through, target)} = %s"
    )
    params = [partner.pk]
    if visible.query.has_filters():
        sql, visible_params = visible.values("pk").query.sql_with_params()
        tables += f" AND {mission_id} IN ({sql})"
        params.extend(visible_params)
    url = detail_url("missions:detail")
    statuses = labels(MissionStatus)

    def items(rows):
        return [
            Item(
                start,
                "missions",
                f"{reference}: {title}",
                url(pk),
                statuses.get(status, status),
                written=True,
            )
            for start, _until, pk, reference, title, status, *_rest in rows
        ]

    m = f"m.{name(MissionRequest, 'start_date')}"
    return Rows(
        select(day=m, number=mission_id, texts=[f"m.{name(MissionRequest, f)}" for f in ("reference", "title", "status")]),
        tables, params, f"{m} DESC, {mission_id} DESC", items,
    )  # fmt: skip


def contacts(partner, user, today, limit):
    field = _PARTNER_FIELD.get(type(partner))
    if field is None:
        return []
    url, english = detail_url("partners:detail", "contact"), get_language() == "en"

    def items(rows):
        return [
            Item(
                None,
                "contacts",
                name_en if english and name_en else name_fa,
                url(pk),
                detail=title,
                detail_written=True,
            )
            for _day, _until, pk, name_fa, name_en, title, *_rest in rows
        ]  # the name as a Contact's reads

    c = {f: f"c.{name(Contact, f)}" for f in ("id", "name_fa", "name_en", "title", field)}
    return Rows(
        select(number=c["id"], texts=[c["name_fa"], c["name_en"], c["title"]]),
        f"FROM {name(Contact)} c WHERE {c[field]} = %s", [partner.pk], f"{c['name_en']}, {c['id']}", items,
    )  # fmt: skip


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
    from citydiplomacy.core.models import User

    n = {
        f: f"n.{name(Note, f)}" for f in ("id", "partner_kind", "partner_id", "created_at", "author", "text")
    }
    u = {f: f"u.{name(User, f)}" for f in ("id", "first_name", "last_name", "username", "name_en")}
    written_on, params = connection.ops.datetime_cast_date_sql(n["created_at"], (), None)  # the UTC day

    def items(rows):
        english = get_language() == "en"
        return [
            Item(
                day,
                "notes",
                text,
                written=True,
                detail=((english and name_en) or f"{first} {last}".strip() or username) if author_id else "",
            )
            for day, _until, author_id, text, first, last, username, name_en, *_rest in rows
        ]  # the author as a User's name reads

    return Rows(
        select(day=written_on, number=n["author"], texts=[n["text"], u["first_name"], u["last_name"], u["username"],
               u["name_en"]]),
        f"FROM {name(Note)} n LEFT JOIN {name(User)} u ON {u['id']} = {n['author']} "
        f"WHERE {n['partner_kind']} = %s AND {n['partner_id']} = %s",
        [*params, partner.search_kind, partner.pk], f"{n['created_at']} DESC, {n['id']} DESC", items,
    )  # fmt: skip


def register_sources():
    register("missions", _("Missions there"), missions_there, order=10)
    register("contacts", _("People"), contacts, order=70)
    register("positions", _("Positions"), positions, order=75)
    register("notes", _("Notes"), notes, order=90)
