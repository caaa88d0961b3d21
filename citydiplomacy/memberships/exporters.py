from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def membership_columns(today=None):
    today = today or timezone.localdate()
    return [
        (_("organization"), lambda m: str(m.organization)),
        (_("member since"), lambda m: m.since),
        (_("status"), lambda m: m.status_label(today)),
        (_("dues per year"), lambda m: float(m.annual_dues) if m.annual_dues is not None else None),
        (_("currency"), lambda m: m.currency),
        (_("renewal date"), lambda m: m.renewal_on),
        (_("contact person"), lambda m: str(m.contact or "")),
    ]


SEAT_COLUMNS = [
    (_("organization"), lambda s: str(s.organization)),
    (_("body"), lambda s: s.body),
    (_("title (Persian)"), lambda s: s.title_fa),
    (_("title (English)"), lambda s: s.title_en),
    (_("holder"), lambda s: s.current_holder.holder_name if getattr(s, "current_holder", None) else ""),
    (_("next election"), lambda s: s.next_election_on),
]
