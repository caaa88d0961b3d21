"""Agreements and what each side promised, with owners, due dates, representatives and roadmaps."""

import datetime as dt

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.models import Person, Unit
from citydiplomacy.core.uploads import UploadPath, UploadValidator
from citydiplomacy.missions.models import MissionRequest
from citydiplomacy.partners.models import City, Country, Organization, PartnerKind

EXPIRING_DAYS = 90


class Kind(models.TextChoices):
    SISTER_CITY = "sister_city", _("Sister-city agreement")
    MOU = "mou", _("Memorandum of understanding")
    EXECUTIVE = "executive", _("Executive document")
    CONTRACT = "contract", _("Contract")
    JOINT_STATEMENT = "joint_statement", _("Joint statement")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    NEGOTIATING = "negotiating", _("Negotiating")
    SIGNED = "signed", _("Signed")
    ACTIVE = "active", _("Active")
    EXPIRED = "expired", _("Expired")
    TERMINATED = "terminated", _("Terminated")
    HISTORICAL = "historical", _("Historical")


IN_FORCE = (Status.SIGNED, Status.ACTIVE)
CLOSED = (Status.EXPIRED, Status.TERMINATED, Status.HISTORICAL)


class Renewal(models.TextChoices):
    NONE = "none", _("No renewal")
    AUTOMATIC = "automatic", _("Renewed automatically")
    BY_AGREEMENT = "by_agreement", _("Renewed by agreement of the parties")


class Domain(models.Model):
    """A cooperation domain: clean energy, public transport, culture…"""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_fa = models.CharField(_("name (Persian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    class Meta:
        verbose_name = _("cooperation domain")
        verbose_name_plural = _("cooperation domains")
        ordering = ["name_en"]

    def __str__(self):
        return self.name_en if get_language() == "en" else self.name_fa


def in_force_q(today):
    """The agreements in force on `today`, as a condition (also used inside conditional counts)."""
    return Q(status__in=IN_FORCE) & (Q(expires_on__isnull=True) | Q(expires_on__gte=today))


def expiring_q(today, days=EXPIRING_DAYS):
    return Q(status__in=IN_FORCE, expires_on__gte=today, expires_on__lte=today + dt.timedelta(days=days))


def expired_q(today):
    return Q(status=Status.EXPIRED) | Q(status__in=IN_FORCE, expires_on__lt=today)


class AgreementQuerySet(models.QuerySet):
    def in_force(self, today):
        return self.filter(in_force_q(today))

    def expiring(self, today, days=EXPIRING_DAYS):
        return self.filter(expiring_q(today, days))

    def expired(self, today):
        return self.filter(expired_q(today))


class Agreement(models.Model):
    reference = models.CharField(_("reference"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    title_fa = models.CharField(_("title (Persian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("under the agreement"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="children", help_text=_("For an executive document: the agreement it carries out."),
    )  # fmt: skip
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    signed_place = models.CharField(_("signed at"), max_length=200, blank=True)
    event = models.ForeignKey(
        "events.Event", verbose_name=_("signed at the event"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="agreements",
    )  # fmt: skip
    our_signatory = models.CharField(_("our signatory"), max_length=200, blank=True)
    partner_signatories = models.CharField(_("partners' signatories"), max_length=300, blank=True)
    valid_years = models.PositiveSmallIntegerField(_("validity (years)"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    renewal = models.CharField(_("renewal"), max_length=20, choices=Renewal.choices, default=Renewal.NONE)
    domains = models.ManyToManyField(
        Domain, verbose_name=_("cooperation domains"), blank=True, related_name="agreements"
    )
    file = models.FileField(
        _("signed file"), upload_to=UploadPath("agreements"), blank=True, validators=[UploadValidator()]
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    status_reason = models.TextField(_("reason of the status"), blank=True)
    representative = models.ForeignKey(
        Person, verbose_name=_("representative"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="represented_agreements",
    )  # fmt: skip
    joint_committee = models.TextField(_("joint committee"), blank=True)
    missions = models.ManyToManyField(
        MissionRequest, verbose_name=_("missions serving it"), blank=True, related_name="agreements"
    )
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on", "-id"]
        indexes = [models.Index(fields=["status", "expires_on"]), models.Index(fields=["kind", "status"])]

    def __str__(self):
        return f"{self.reference}: {self.title}"

    @property
    def title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title_fa

    def save(self, *args, **kwargs):
        from citydiplomacy.partners.search import index_names

        from . import tallies

        with transaction.atomic(), tallies.counting_agreement(self):  # the report's counts follow every save
            super().save(*args, **kwargs)
        index_names(
            PartnerKind.AGREEMENT, self.pk, [self.title_fa, self.title_en, self.reference], label=str(self)
        )

    def delete(self, *args, **kwargs):
        from . import tallies

        with transaction.atomic(), tallies.counting_agreement(self, deleting=True):
            return super().delete(*args, **kwargs)

    # Read-only predicates
    def effective_status(self, today):
        """The stored status, except that an agreement in force past its expiry date reads as expired."""
        if self.status in IN_FORCE and self.expires_on and self.expires_on < today:
            return Status.EXPIRED
        return self.status

    def is_in_force(self, today):
        return self.effective_status(today) in IN_FORCE

    def is_expiring(self, today, days=EXPIRING_DAYS):
        return (
            self.is_in_force(today)
            and self.expires_on is not None
            and self.expires_on <= today + dt.timedelta(days=days)
        )

    def is_closed(self, today):
        return self.effective_status(today) in CLOSED

    def computed_expiry(self):
        if self.signed_on and self.valid_years:
            try:
                return self.signed_on.replace(year=self.signed_on.year + self.valid_years) - dt.timedelta(
                    days=1
                )
            except ValueError:  # 29 February
                return self.signed_on.replace(year=self.signed_on.year + self.valid_years, day=28)
        return None


class Party(models.Model):
    """A party to an agreement besides our city: a city, an organization or a country.

    `country` is always filled (a city's or an organization's country) so that a country's page finds
    every agreement with its cities and companies in one indexed lookup.
    """

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="parties"
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="agreement_parties",
    )  # fmt: skip
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreement_parties",
    )
    signatory = models.CharField(_("signatory"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [
            models.CheckConstraint(
                condition=Q(city__isnull=False) | Q(organization__isnull=False) | Q(country__isnull=False),
                name="party_names_a_partner",
            )
        ]

    def save(self, *args, **kwargs):
        if self.country_id is None:
            if self.city_id:
                self.country_id = self.city.country_id
            elif self.organization_id and self.organization.country_id:
                self.country_id = self.organization.country_id
        super().save(*args, **kwargs)

    @property
    def partner(self):
        return self.city or self.organization or self.country

    def __str__(self):
        return str(self.partner)


class Representative(models.Model):
    """The plenipotentiary representative who follows up every agreement with one country."""

    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.CASCADE, related_name="representatives"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("representative"), on_delete=models.PROTECT, related_name="+"
    )
    appointed_on = models.DateField(_("appointed on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    class Meta:
        verbose_name = _("country representative")
        verbose_name_plural = _("country representatives")
        ordering = ["-appointed_on"]

    def __str__(self):
        return f"{self.person} · {self.country}"


class Roadmap(models.Model):
    """Milestones over several years for one agreement or for the relations with one country."""

    title = models.CharField(_("title"), max_length=300)
    agreement = models.ForeignKey(
        Agreement,
        verbose_name=_("agreement"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="roadmaps",
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="roadmaps",
    )
    start_on = models.DateField(_("from"), null=True, blank=True)
    end_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("roadmap")
        verbose_name_plural = _("roadmaps")
        ordering = ["start_on", "id"]

    def __str__(self):
        return self.title


class Milestone(models.Model):
    roadmap = models.ForeignKey(
        Roadmap, verbose_name=_("roadmap"), on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(_("title"), max_length=300)
    target_on = models.DateField(_("target date"), null=True, blank=True)
    done_on = models.DateField(_("reached on"), null=True, blank=True)
    missions = models.ManyToManyField(
        MissionRequest, verbose_name=_("missions"), blank=True, related_name="milestones"
    )

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["target_on", "id"]

    def __str__(self):
        return self.title


class CommitmentStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DELIVERED = "delivered", _("Delivered")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_STATUSES = (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)


class Side(models.TextChoices):
    OURS = "ours", _("Our city")
    PARTNER = "partner", _("The partner")
    BOTH = "both", _("Both sides")


class Recurrence(models.TextChoices):
    NONE = "none", _("Once")
    MONTHLY = "monthly", _("Every month")
    QUARTERLY = "quarterly", _("Every three months")
    YEARLY = "yearly", _("Every year")


class CommitmentQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today):
        return self.filter(status__in=OPEN_STATUSES, due_on__lt=today)


class Commitment(models.Model):
    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="commitments"
    )
    side = models.CharField(_("who promised"), max_length=10, choices=Side.choices, default=Side.OURS)
    title = models.CharField(_("commitment"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        Person,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    owner_unit = models.ForeignKey(
        Unit,
        verbose_name=_("owner unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    recurrence = models.CharField(
        _("recurrence"), max_length=10, choices=Recurrence.choices, default=Recurrence.NONE
    )
    status = models.CharField(
        _("status"), max_length=12, choices=CommitmentStatus.choices, default=CommitmentStatus.OPEN
    )
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True)
    evidence = models.TextField(_("evidence of delivery"), blank=True)
    evidence_file = models.FileField(
        _("evidence file"), upload_to=UploadPath("commitments"), blank=True, validators=[UploadValidator()]
    )
    source_mission = models.ForeignKey(
        MissionRequest, verbose_name=_("from the mission"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="commitments",
    )  # fmt: skip
    milestone = models.ForeignKey(
        Milestone,
        verbose_name=_("milestone"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["due_on", "id"]
        indexes = [
            models.Index(fields=["status", "due_on"]),
            models.Index(fields=["agreement", "status", "due_on"]),
            models.Index(fields=["owner", "status", "due_on"]),
        ]

    def __str__(self):
        return self.title

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def is_overdue(self, today):
        return self.is_open and self.due_on is not None and self.due_on < today

    def days_left(self, today):
        return (self.due_on - today).days if self.due_on else None


class Reminder(models.Model):
    """A reminder that was sent: one per thing, due date and threshold (30, 7 or 0 days), never twice."""

    class Kind(models.TextChoices):
        COMMITMENT = "commitment", _("Commitment due")
        EXPIRY = "expiry", _("Agreement expires")
        DUES = "dues", _("Membership dues")
        RENEWAL = "renewal", _("Membership renewal")
        OBLIGATION = "obligation", _("Membership obligation")
        TERM_END = "term_end", _("Seat term ends")
        ELECTION = "election", _("Election")
        NEXT_ACTION = "next_action", _("Next action on an export lead")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    target = models.CharField(_("about"), max_length=60, help_text=_("The record, as kind:id."))
    due_on = models.DateField(_("due on"))
    days_before = models.PositiveSmallIntegerField(_("days before"))
    subject = models.CharField(_("subject"), max_length=300)
    url = models.CharField(_("link"), max_length=300, blank=True)
    recipients = models.TextField(_("recipients"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "due_on", "days_before"], name="one_reminder_per_threshold"
            )
        ]

    def __str__(self):
        return self.subject


class Scope(models.TextChoices):
    TOTAL = "total", _("All commitments")
    AGREEMENT = "agreement", _("Agreement")
    COUNTRY = "country", _("Partner country")
    OWNER = "owner", _("Owner")


class CommitmentTally(models.Model):
    """How many commitments are due, overdue and done, for the registry, an agreement, a partner country
    or an owner, as of `TallyClock.as_of`. Kept by the services (see `tallies.py`) for the report."""

    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    key = models.PositiveIntegerField(
        _("key"), help_text=_("The agreement's, country's or owner's id; 0 for all.")
    )
    due = models.IntegerField(_("due"), default=0)
    overdue = models.IntegerField(_("overdue"), default=0)
    done = models.IntegerField(_("done"), default=0)

    class Meta:
        verbose_name = _("commitment tally")
        verbose_name_plural = _("commitment tallies")
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="one_tally_per_scope_key")]
        indexes = [models.Index(fields=["scope", "-overdue", "-due", "key"], name="tally_worst_first")]

    def __str__(self):
        return f"{self.scope}:{self.key}"


class TallyClock(models.Model):
    """The one day the registry's tallies are counted for (a single row; none until first built), with the
    agreements' counts on that day: all, in force, expiring and expired (see `tallies.py`)."""

    as_of = models.DateField(_("as of"))
    agreements = models.IntegerField(_("agreements"), default=0)
    in_force = models.IntegerField(_("in force"), default=0)
    expiring = models.IntegerField(_("expiring"), default=0)
    expired = models.IntegerField(_("expired"), default=0)

    class Meta:
        verbose_name = _("tally day")
        verbose_name_plural = _("tally days")

    def __str__(self):
        return str(self.as_of)
