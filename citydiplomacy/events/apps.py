from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "citydiplomacy.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from citydiplomacy.core.audit import register_labels

        from .sources import register_sources

        register_sources()
        register_labels(
            {
                "events.event.created": _("Event created"),
                "events.event.edited": _("Event edited"),
                "events.event.status_changed": _("Status changed"),
                "events.event.postponed": _("Postponed"),
                "events.event.follow_up_added": _("Follow-up action added"),
                "events.event.follow_up_committed": _("Follow-up action made a commitment"),
                "events.event.mission_linked": _("Mission linked"),
                "events.event.agreement_linked": _("Agreement linked"),
                "events.session.added": _("Session added"),
                "events.session.edited": _("Session edited"),
                "events.session.deleted": _("Session deleted"),
                "events.invitation.created": _("Guest invited"),
                "events.invitation.accepted": _("Invitation accepted"),
                "events.invitation.declined": _("Invitation declined"),
                "events.invitation.visa_letter": _("Visa support letter issued"),
                "events.invitation.arrived": _("Guest arrived"),
                "events.invitation.left": _("Guest left"),
                "events.delegation.created": _("Delegation created"),
                "events.letter_template.saved": _("Letter template saved"),
                "events.exhibitor.added": _("Exhibitor added"),
                "events.meeting.requested": _("B2B meeting requested"),
                "events.meeting.answered": _("B2B meeting request answered"),
                "events.meeting.scheduled": _("B2B meetings scheduled"),
                "events.meeting.slots_added": _("B2B meeting slots added"),
                "events.meeting.outcome": _("B2B meeting outcome recorded"),
                "missions.request.event_linked": _("Linked to an event"),
            }
        )
