"""Excel columns of the events list (header, value), shared by the page's export."""

from django.utils.translation import gettext_lazy as _

from .models import Audience


def event_columns():
    return [
        (_("title (Persian)"), lambda e: e.title_fa),
        (_("title (English)"), lambda e: e.title_en),
        (_("kind"), lambda e: e.get_kind_display()),
        (_("hosted or attended"), lambda e: _("Hosted") if e.hosted else _("Attended")),
        (_("virtual"), lambda e: _("yes") if e.virtual else ""),
        (_("start date"), lambda e: e.start_date),
        (_("end date"), lambda e: e.end_date),
        (_("venue"), lambda e: e.venue),
        (_("city"), lambda e: str(e.city or "")),
        (_("country"), lambda e: str(e.country or "")),
        (_("status"), lambda e: e.get_status_display()),
        (
            _("audiences served"),
            lambda e: "، ".join(str(Audience(a.audience).label) for a in e.audiences.all()),
        ),
        (_("organizers"), lambda e: "، ".join(str(o) for o in e.organizers.all())),
    ]
