from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembershipsConfig(AppConfig):
    name = "citydiplomacy.memberships"
    label = "memberships"
    verbose_name = _("Memberships and seats")

    def ready(self):
        from .sources import register_sources

        register_sources()

        from citydiplomacy.core.audit import register_labels

        register_labels(
            {
                "memberships.membership.created": _("Membership recorded"),
                "memberships.membership.edited": _("Membership edited"),
                "memberships.membership.ended": _("Membership ended"),
                "memberships.dues.recorded": _("Dues recorded"),
                "memberships.dues.paid": _("Dues paid"),
                "memberships.obligation.added": _("Obligation added"),
                "memberships.obligation.done": _("Obligation done"),
                "memberships.seat.created": _("Seat recorded"),
                "memberships.seat.election_set": _("Seat's next election set"),
                "memberships.seat.term_started": _("Seat's term started"),
            }
        )
