from django.db import migrations


def forwards(apps, schema_editor):
    from citydiplomacy.partners.seed import seed_countries_and_cities

    seed_countries_and_cities(apps.get_model("partners", "Country"), apps.get_model("partners", "City"))


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
