"""Finding countries and cities by any of their names, in Persian or English, letter forms unified."""

from django.db import transaction

from citydiplomacy.lib.persian import normalize_name

from .models import City, Country


class CountryIndex:
    """All countries keyed by ISO codes and every normalized name; built once per import or request."""

    def __init__(self):
        self.by_key = {}
        for country in Country.objects.all():
            for key in [country.iso2, country.iso3, *country.all_names()]:
                if key:
                    self.by_key.setdefault(normalize_name(key), country)

    def find(self, text):
        return self.by_key.get(normalize_name(text))


def find_city(name, country=None):
    key = f"|{normalize_name(name)}|"
    qs = City.objects.filter(name_keys__contains=key)
    if country is not None:
        qs = qs.filter(country=country)
    return qs.first()


@transaction.atomic
def get_or_create_city(name, country):
    city = find_city(name, country)
    if city:
        return city, False
    city = City.objects.create(name_fa=name, name_en=name, country=country)
    return city, True


# Changes to the registry of partners: guard → change → save → audit, in one transaction.

PARTNER_FIELDS = {
    "country": ["name_fa", "name_en", "aliases"],
    "city": ["name_fa", "name_en", "aliases", "country"],
    "organization": [
        "name_fa", "name_en", "aliases", "kind", "acronym", "country", "city", "website", "email", "description",
    ],
    "contact": [
        "name_fa", "name_en", "aliases", "title", "organization", "city", "country", "person", "email", "phone",
        "passport_number", "birth_date",
    ],
}  # fmt: skip


PERSONAL = {"phone", "passport_number", "birth_date"}  # never written to the audit trail in clear


def _values(obj, fields):
    values = {f: getattr(obj, f + "_id") if hasattr(obj, f + "_id") else getattr(obj, f) for f in fields}
    return {k: ("•••" if v else "") if k in PERSONAL else v for k, v in values.items()}


def _check_names(fields):
    from django.utils.translation import gettext as _

    from citydiplomacy.core.errors import DomainError

    if not (fields.get("name_fa") or "").strip() and not (fields.get("name_en") or "").strip():
        raise DomainError(_("Give a Persian or an English name."))


@transaction.atomic
def create_partner(partner_kind, user, **fields):
    kind = partner_kind
    from citydiplomacy.core import audit

    from .permissions import partner_model

    _check_names(fields)
    fields["aliases"] = [a.strip() for a in fields.get("aliases") or [] if a and a.strip()]
    if not fields.get("name_en"):
        fields["name_en"] = fields.get("name_fa", "")
    obj = partner_model(kind).objects.create(**fields)
    audit.record(f"partners.{kind}.created", obj, user, **_values(obj, PARTNER_FIELDS[kind]))
    return obj


@transaction.atomic
def update_partner(obj, partner_kind, user, **fields):
    kind = partner_kind
    from citydiplomacy.core import audit

    before = _values(obj, PARTNER_FIELDS[kind])
    _check_names({**before, **fields})
    if "aliases" in fields:
        fields["aliases"] = [a.strip() for a in fields["aliases"] or [] if a and a.strip()]
    for name, value in fields.items():
        setattr(obj, name, value)
    obj.save()
    changes = audit.diff(before, _values(obj, PARTNER_FIELDS[kind]))
    if changes:
        audit.record(f"partners.{kind}.edited", obj, user, **changes)
    return obj


@transaction.atomic
def delete_partner(obj, partner_kind, user):
    """Delete a partner nothing refers to; ProtectedError (naming the referring records) otherwise."""
    from citydiplomacy.core import audit

    audit.record(f"partners.{partner_kind}.deleted", obj, user, **_values(obj, PARTNER_FIELDS[partner_kind]))
    obj.delete()


@transaction.atomic
def add_position(
    contact, user, *, title_fa, title_en="", organization=None, city=None, start_on=None, end_on=None
):
    from django.utils.translation import gettext as _

    from citydiplomacy.core import audit
    from citydiplomacy.core.errors import DomainError

    from .models import Position

    if start_on and end_on and end_on < start_on:
        raise DomainError(_("The end date is before the start date."))
    position = Position.objects.create(
        contact=contact, title_fa=title_fa, title_en=title_en, organization=organization, city=city,
        start_on=start_on, end_on=end_on,
    )  # fmt: skip
    if end_on is None:
        contact.title = title_fa
        contact.save(update_fields=["title"])
    audit.record(
        "partners.contact.position_added", contact, user, title=title_fa, start_on=start_on, end_on=end_on
    )
    return position


def holders_on(day, *, organization=None, city=None, title=None):
    """Positions held on `day` (optionally in one organization or city, or with a title containing `title`)."""
    from django.db.models import Q

    from .models import Position

    qs = Position.objects.filter(Q(start_on__isnull=True) | Q(start_on__lte=day)).filter(
        Q(end_on__isnull=True) | Q(end_on__gte=day)
    )
    if organization is not None:
        qs = qs.filter(organization=organization)
    if city is not None:
        qs = qs.filter(city=city)
    if title:
        qs = qs.filter(Q(title_fa__icontains=title) | Q(title_en__icontains=title))
    return qs.select_related("contact")


@transaction.atomic
def add_note(partner, kind, user, text):
    from django.utils.translation import gettext as _

    from citydiplomacy.core import audit
    from citydiplomacy.core.errors import DomainError

    from .models import Note

    if not (text or "").strip():
        raise DomainError(_("The note is empty."))
    note = Note.objects.create(partner_kind=kind, partner_id=partner.pk, text=text.strip(), author=user)
    audit.record(f"partners.{kind}.note_added", partner, user, note=note.text[:200])
    return note
