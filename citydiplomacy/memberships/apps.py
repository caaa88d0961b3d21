from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipsConfig(AppConfig):
    name = "citydiplomacy.memberships"
    label = "memberships"
    verbose_name = _("Memberships and seats")

    def ready(self):
        from .sources import register_sources

        register_sources()
