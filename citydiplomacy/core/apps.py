from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "citydiplomacy.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.backends.signals import connection_created

        from . import checks  # noqa: F401  (registers the system checks)
        from .audit import register_labels
        from .sql import register_sqlite_collation

        connection_created.connect(register_sqlite_collation, dispatch_uid="core.persian_collation")

        register_labels(
            {
                "core.person.created": _("Person added"),
                "core.person.edited": _("Person edited"),
                "core.person.deleted": _("Person deleted"),
            }
        )
