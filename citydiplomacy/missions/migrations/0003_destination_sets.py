from collections import defaultdict

from django.db import migrations, models


def fill_sets(apps, schema_editor):
    """Write every existing request's destination sets from its links."""
    MissionRequest = apps.get_model("missions", "MissionRequest")
    found = defaultdict(lambda: ([], []))
    for index, through, column in (
        (0, MissionRequest.countries.through, "country_id"),
        (1, MissionRequest.cities.through, "city_id"),
    ):
        for mission_id, other_id in through.objects.values_list("missionrequest_id", column).iterator():
            found[mission_id][index].append(other_id)
    by_sets = defaultdict(list)
    for mission_id, (countries, cities) in found.items():
        key = (",".join(map(str, sorted(set(countries)))), ",".join(map(str, sorted(set(cities)))))
        by_sets[key].append(mission_id)
    for (country_set, city_set), ids in by_sets.items():
        for start in range(0, len(ids), 900):
            MissionRequest.objects.filter(pk__in=ids[start : start + 900]).update(
                country_set=country_set, city_set=city_set
            )


class Migration(migrations.Migration):
    dependencies = [
        ("missions", "0002_newest_first_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="missionrequest",
            name="city_set",
            field=models.TextField(blank=True, default="", editable=False, verbose_name="destination city ids"),
        ),
        migrations.AddField(
            model_name="missionrequest",
            name="country_set",
            field=models.TextField(
                blank=True, default="", editable=False, verbose_name="destination country ids"
            ),
        ),
        migrations.RunPython(fill_sets, migrations.RunPython.noop),
    ]
