from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionsConfig(AppConfig):
    name = "citydiplomacy.missions"
    label = "missions"
    verbose_name = _("Missions abroad")
