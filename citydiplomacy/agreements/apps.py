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

        from citydiplomacy.core.audit import register_labels

        register_labels(
            {
                "agreements.agreement.created": _("Agreement recorded"),
                "agreements.agreement.edited": _("Agreement edited"),
                "agreements.agreement.status_changed": _("Agreement's status changed"),
                "agreements.agreement.renewed": _("Agreement renewed"),
                "agreements.agreement.expired": _("Agreement expired"),
                "agreements.agreement.mission_linked": _("Mission linked to the agreement"),
                "agreements.commitment.added": _("Commitment added"),
                "agreements.commitment.edited": _("Commitment edited"),
                "agreements.commitment.delivered": _("Commitment delivered"),
                "agreements.commitment.recurred": _("Commitment's next occurrence added"),
                "agreements.commitment.status_changed": _("Commitment's status changed"),
                "agreements.representative.appointed": _("Representative appointed"),
                "agreements.roadmap.created": _("Roadmap created"),
                "agreements.roadmap.milestone_added": _("Milestone added"),
                "agreements.roadmap.milestone_reached": _("Milestone reached"),
            }
        )
