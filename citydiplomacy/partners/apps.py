from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "citydiplomacy.partners"
    label = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from .sources import register_sources

        register_sources()

        from citydiplomacy.core.audit import register_labels

        created = {
            "country": _("Country recorded"),
            "city": _("City recorded"),
            "organization": _("Organization recorded"),
            "contact": _("Person recorded"),
        }
        labels = {f"partners.{kind}.created": label for kind, label in created.items()}
        labels.update({f"partners.{kind}.edited": _("Edited") for kind in created})
        labels.update({f"partners.{kind}.note_added": _("Note added") for kind in created})
        labels.update({f"partners.{kind}.deleted": _("Deleted") for kind in created})
        labels["partners.contact.position_added"] = _("Position added")
        register_labels(labels)
