from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Status


def agreement_columns(today=None):
    today = today or timezone.localdate()
    return [
        (_("reference"), lambda a: a.reference),
        (_("kind"), lambda a: a.get_kind_display()),
        (_("title (Persian)"), lambda a: a.title_fa),
        (_("title (English)"), lambda a: a.title_en),
        (_("partners"), lambda a: "، ".join(str(p) for p in a.parties.all())),
        (_("signed on"), lambda a: a.signed_on),
        (_("signed at"), lambda a: a.signed_place),
        (_("expires on"), lambda a: a.expires_on),
        (_("status"), lambda a: Status(a.effective_status(today)).label),
        (_("cooperation domains"), lambda a: "، ".join(str(d) for d in a.domains.all())),
        (_("representative"), lambda a: str(a.representative or "")),
    ]


def commitment_columns(today=None):
    today = today or timezone.localdate()
    return [
        (_("agreement"), lambda c: c.agreement.reference),
        (_("commitment"), lambda c: c.title),
        (_("who promised"), lambda c: c.get_side_display()),
        (_("owner"), lambda c: str(c.owner or "")),
        (_("owner unit"), lambda c: str(c.owner_unit or "")),
        (_("due on"), lambda c: c.due_on),
        (_("status"), lambda c: c.get_status_display()),
        (_("overdue"), lambda c: _("yes") if c.is_overdue(today) else ""),
        (_("delivered on"), lambda c: c.delivered_on),
        (_("evidence of delivery"), lambda c: c.evidence),
    ]
