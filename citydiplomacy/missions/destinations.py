"""Each request's destination sets (`country_set`, `city_set`) kept in step with its links.

The sets are the sorted ids of the request's countries and cities joined by commas ("12,45"). Every way a
link changes keeps them right: `MissionRequest.save` reads them from the links, the m2m_changed signal
follows `countries.set/add/remove/clear` from either side, deleting a country or city refreshes the requests
that went there, and the importer writes them with the links it bulk-creates (`id_set`).
"""

from collections import defaultdict

from django.db.models.signals import m2m_changed, post_delete, pre_delete

BATCH = 900


def id_set(ids):
    """The stored form of a set of ids: sorted, comma-separated ("" for none)."""
    return ",".join(str(i) for i in sorted(set(ids)))


def parse_set(text):
    return [int(part) for part in text.split(",")] if text else []


def stored_sets(mission_ids):
    """{mission id: (country_set, city_set)} read from the links of these missions (two queries a batch)."""
    from .models import MissionRequest

    found = {pk: ([], []) for pk in mission_ids}
    ids = list(found)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        for index, through, column in (
            (0, MissionRequest.countries.through, "country_id"),
            (1, MissionRequest.cities.through, "city_id"),
        ):
            for mission_id, other_id in through.objects.filter(missionrequest_id__in=chunk).values_list(
                "missionrequest_id", column
            ):
                found[mission_id][index].append(other_id)
    return {pk: (id_set(countries), id_set(cities)) for pk, (countries, cities) in found.items()}


def refresh(mission_ids, instance=None):
    """Rewrite the sets of these missions where they differ from their links; `instance` (one of them,
    in memory) gets the new values too so that a later save keeps them."""
    from .models import MissionRequest

    sets = stored_sets(mission_ids)
    if instance is not None and instance.pk in sets:
        instance.country_set, instance.city_set = sets[instance.pk]
    current = MissionRequest.objects.filter(pk__in=list(sets)).values_list("pk", "country_set", "city_set")
    changed = defaultdict(list)
    for pk, country_set, city_set in current.iterator():
        if (country_set, city_set) != sets[pk]:
            changed[sets[pk]].append(pk)
    for (country_set, city_set), pks in changed.items():
        MissionRequest.objects.filter(pk__in=pks).update(country_set=country_set, city_set=city_set)


def _links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    from .models import MissionRequest

    if action == "pre_clear" and reverse:
        # a country or city losing all its requests: remember which, they change after the clear
        field = "country_id" if sender is MissionRequest.countries.through else "city_id"
        instance._cleared_missions = list(
            sender.objects.filter(**{field: instance.pk}).values_list("missionrequest_id", flat=True)
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        refresh([instance.pk], instance)
    elif action == "post_clear":
        refresh(getattr(instance, "_cleared_missions", []))
    else:
        refresh(pk_set or [])


def _place_deleting(sender, instance, **kwargs):
    from .models import MissionRequest

    through, field = (
        (MissionRequest.countries.through, "country_id")
        if sender._meta.model_name == "country"
        else (MissionRequest.cities.through, "city_id")
    )
    instance._linked_missions = list(
        through.objects.filter(**{field: instance.pk}).values_list("missionrequest_id", flat=True)
    )


def _place_deleted(sender, instance, **kwargs):
    refresh(getattr(instance, "_linked_missions", []))


def connect():
    from citydiplomacy.partners.models import City, Country

    from .models import MissionRequest

    for through in (MissionRequest.countries.through, MissionRequest.cities.through):
        m2m_changed.connect(
            _links_changed, sender=through, dispatch_uid=f"destination-sets-{through.__name__}"
        )
    for model in (Country, City):
        pre_delete.connect(
            _place_deleting, sender=model, dispatch_uid=f"destination-sets-pre-{model.__name__}"
        )
        post_delete.connect(
            _place_deleted, sender=model, dispatch_uid=f"destination-sets-post-{model.__name__}"
        )
