from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "citydiplomacy.exports"
    label = "exports"
    verbose_name = _("Service exports")

    def ready(self):
        from citydiplomacy.agreements.reminders import register_candidates
        from citydiplomacy.core.audit import register_labels

        from .reminders import next_action_candidates
        from .services import ACTION_LABELS

        register_candidates(next_action_candidates)
        register_labels(ACTION_LABELS)
