"""The city's memberships in international organizations, their dues and obligations, and seats held."""

import datetime as dt

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.models import Person
from citydiplomacy.partners.models import Organization


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    GRACE = "grace", _("In grace")
    LAPSED = "lapsed", _("Lapsed")
    ENDED = "ended", _("Ended")


class MembershipQuerySet(models.QuerySet):
    def with_status(self, today):
        """Annotate `late_dues` (unpaid after due) and `lapsed_dues` (unpaid after grace) for filtering."""
        unpaid = Dues.objects.filter(membership=OuterRef("pk"), paid_on__isnull=True)
        return self.annotate(
            late_dues=Exists(unpaid.filter(due_on__lt=today)),
            lapsed_dues=Exists(unpaid.filter(grace_until__lt=today)),
        )

    def in_status(self, status, today):
        qs = self.with_status(today)
        ended = Q(ended_on__isnull=False, ended_on__lte=today)
        if status == MembershipStatus.ENDED:
            return qs.filter(ended)
        qs = qs.exclude(ended)
        if status == MembershipStatus.LAPSED:
            return qs.filter(lapsed_dues=True)
        if status == MembershipStatus.GRACE:
            return qs.filter(late_dues=True, lapsed_dues=False)
        return qs.filter(late_dues=False)


class Membership(models.Model):
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="memberships"
    )
    since = models.DateField(_("member since"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.TextField(_("reason of the end"), blank=True)
    annual_dues = models.DecimalField(
        _("dues per year"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, default="EUR", blank=True)
    grace_days = models.PositiveIntegerField(
        _("grace days"),
        default=90,
        help_text=_("Days after the due date before unpaid dues lapse the membership."),
    )
    renewal_on = models.DateField(_("renewal date"), null=True, blank=True, db_index=True)
    contact = models.ForeignKey(
        Person, verbose_name=_("contact person"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="memberships",
    )  # fmt: skip
    notes = models.TextField(_("notes"), blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organization__name_en"]

    def __str__(self):
        return str(self.organization)

    def current_status(self, today, dues=None):
        """Active, in grace (dues unpaid after their due date) or lapsed (unpaid after the grace days).

        `dues` may be passed when they are prefetched, to avoid a query per membership.
        """
        if self.ended_on and self.ended_on <= today:
            return MembershipStatus.ENDED
        dues = list(self.dues.all()) if dues is None else dues
        unpaid = [d for d in dues if d.paid_on is None]
        if any(d.grace_until < today for d in unpaid):
            return MembershipStatus.LAPSED
        if any(d.due_on < today for d in unpaid):
            return MembershipStatus.GRACE
        return MembershipStatus.ACTIVE

    def status_label(self, today):
        return MembershipStatus(self.current_status(today)).label


class Dues(models.Model):
    """The dues of one year: due on a date, paid or not."""

    membership = models.ForeignKey(
        Membership, verbose_name=_("membership"), on_delete=models.CASCADE, related_name="dues"
    )
    year = models.PositiveIntegerField(_("year"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    due_on = models.DateField(_("due on"), db_index=True)
    grace_until = models.DateField(_("grace until"), editable=False)
    paid_on = models.DateField(_("paid on"), null=True, blank=True)

    class Meta:
        verbose_name = _("dues")
        verbose_name_plural = _("dues")
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["membership", "year"], name="one_dues_per_year")]
        indexes = [models.Index(fields=["paid_on", "due_on"])]

    def save(self, *args, **kwargs):
        self.grace_until = self.due_on + dt.timedelta(days=self.membership.grace_days)
        super().save(*args, **kwargs)

    @property
    def is_paid(self):
        return self.paid_on is not None

    def __str__(self):
        return f"{self.membership} {self.year}"


class Obligation(models.Model):
    """What membership asks of the city: a report to send, an assembly to attend."""

    class Kind(models.TextChoices):
        REPORT = "report", _("Report")
        ASSEMBLY = "assembly", _("Assembly to attend")
        OTHER = "other", _("Other")

    membership = models.ForeignKey(
        Membership, verbose_name=_("membership"), on_delete=models.CASCADE, related_name="obligations"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("title"), max_length=300)
    due_on = models.DateField(_("due on"), null=True, blank=True, db_index=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        verbose_name = _("obligation")
        verbose_name_plural = _("obligations")
        ordering = ["due_on", "id"]

    def __str__(self):
        return self.title

    def is_overdue(self, today):
        return self.done_on is None and self.due_on is not None and self.due_on < today


class Seat(models.Model):
    """A seat or post in one of an organization's bodies that the city or one of its officials may hold."""

    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="seats"
    )
    body = models.CharField(
        _("body"), max_length=200, blank=True, help_text=_("For example the executive bureau.")
    )
    title_fa = models.CharField(_("title (Persian)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    next_election_on = models.DateField(_("next election"), null=True, blank=True, db_index=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("seat")
        verbose_name_plural = _("seats")
        ordering = ["organization__name_en", "title_en"]

    @property
    def title(self):
        from django.utils.translation import get_language

        return self.title_en if get_language() == "en" and self.title_en else self.title_fa

    def __str__(self):
        return f"{self.title} · {self.organization}"


class SeatTermQuerySet(models.QuerySet):
    def on(self, day):
        return self.filter(start_on__lte=day).filter(Q(end_on__isnull=True) | Q(end_on__gte=day))


class SeatTerm(models.Model):
    """Who held a seat from when to when: the role history."""

    seat = models.ForeignKey(Seat, verbose_name=_("seat"), on_delete=models.CASCADE, related_name="terms")
    holder = models.ForeignKey(
        Person,
        verbose_name=_("holder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seat_terms",
    )
    holder_label = models.CharField(
        _("held as"),
        max_length=200,
        blank=True,
        help_text=_("For example the Mayor of Tehran, or the city itself."),
    )
    start_on = models.DateField(_("term start"))
    end_on = models.DateField(_("term end"), null=True, blank=True, db_index=True)

    objects = SeatTermQuerySet.as_manager()

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["-start_on"]
        indexes = [models.Index(fields=["seat", "start_on"])]

    def __str__(self):
        return f"{self.holder or self.holder_label} · {self.seat}"

    @property
    def holder_name(self):
        return str(self.holder) if self.holder else self.holder_label
