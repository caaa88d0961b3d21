from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "citydiplomacy.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from .audit import register_labels

        register_labels({"core.person.created": _("Person added"), "core.person.edited": _("Person edited")})
