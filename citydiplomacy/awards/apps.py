from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "citydiplomacy.awards"
    label = "awards"
    verbose_name = _("Awards")

    def ready(self):
        from citydiplomacy.core.audit import register_labels

        from .services import ACTION_LABELS

        register_labels(ACTION_LABELS)
