from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "citydiplomacy.agreements"
    label = "agreements"
    verbose_name = _("Agreements")

    def ready(self):
        from . import tasks  # noqa: F401  registers the reminder task
        from .sources import register_sources

        register_sources()
