from django.db import migrations


def forwards(apps, schema_editor):
    from citydiplomacy.partners.seed import rebuild_search_index, seed_organizations

    get = apps.get_model
    seed_organizations(get("partners", "Organization"), get("partners", "Country"))
    rebuild_search_index(get("partners", "Country"), get("partners", "City"), get("partners", "Organization"),
                         get("partners", "Contact"), get("partners", "SearchName"))


class Migration(migrations.Migration):
    dependencies = [("partners", "0003_organization_contact_searchname_note_position")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
