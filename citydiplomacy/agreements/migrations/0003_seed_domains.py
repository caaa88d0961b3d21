from django.db import migrations


def forwards(apps, schema_editor):
    from citydiplomacy.agreements.domains import seed_domains

    seed_domains(apps.get_model("agreements", "Domain"))


class Migration(migrations.Migration):
    dependencies = [("agreements", "0002_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
