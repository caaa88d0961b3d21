from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "citydiplomacy.partners"
    label = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from .sources import register_sources

        register_sources()
