from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionsConfig(AppConfig):
    name = "citydiplomacy.missions"
    label = "missions"
    verbose_name = _("Missions abroad")

    def ready(self):
        from citydiplomacy.core.audit import register_labels

        from . import destinations

        destinations.connect()

        register_labels(
            {
                "missions.request.created": _("Request created"),
                "missions.request.edited": _("Request edited"),
                "missions.request.submitted": _("Submitted to the committee"),
                "missions.request.returned_to_review": _("Returned to the committee after a change"),
                "missions.request.withdrawn": _("Withdrawn"),
                "missions.request.approved": _("Approved"),
                "missions.request.rejected": _("Rejected"),
                "missions.request.sent_back": _("Sent back"),
                "missions.request.realized": _("Recorded as realized"),
                "missions.request.cancelled": _("Recorded as cancelled"),
                "missions.request.put_on_agenda": _("Put on a session's agenda"),
                "missions.request.attachment_added": _("File attached"),
                "missions.request.imported": _("Imported"),
                "missions.report.submitted": _("Post-trip report submitted"),
                "missions.report.edited": _("Post-trip report edited"),
                "missions.session.created": _("Session created"),
                "missions.session.agenda_added": _("Request put on the agenda"),
                "missions.session.agenda_removed": _("Request removed from the agenda"),
                "missions.import.completed": _("Import completed"),
            }
        )
