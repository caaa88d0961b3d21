import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.models import Person, Unit
from citydiplomacy.core.uploads import UploadPath, UploadValidator
from citydiplomacy.partners.models import City, Country


class Purpose(models.TextChoices):
    SUMMIT = "summit", _("International summit")
    EXHIBITION = "exhibition", _("Exhibition")
    SITE_VISIT = "site_visit", _("Site visit before a contract")
    TRAINING = "training", _("Training paid by an international organization")
    COMPETITION = "competition", _("Cultural or sports competition")
    NEGOTIATION = "negotiation", _("Economic negotiation")
    CULTURAL_WEEK = "cultural_week", _("Joint cultural week")
    GOVERNMENT_DELEGATION = "government_delegation", _("Accompanying a government delegation")
    MAYOR_OFFICIAL = "mayor_official", _("The mayor's official trip")
    OTHER = "other", _("Other")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual (video conference)")


class Funding(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    HOST = "host", _("Host")
    INTERNATIONAL_ORGANIZATION = "international_organization", _("International organization")
    PARTIAL = "partial", _("Partial")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SENT_BACK = "sent_back", _("Sent back")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    REALIZED = "realized", _("Realized")
    CANCELLED = "cancelled", _("Cancelled")


class MissionRequestQuerySet(models.QuerySet):
    def closure_overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=Status.APPROVED, end_date__lt=today)

    def report_overdue(self, today=None):
        today = today or timezone.localdate()
        limit = today - dt.timedelta(days=settings.POST_TRIP_REPORT_DAYS)
        return self.filter(status=Status.REALIZED, report__isnull=True, actual_end_date__lt=limit)


class ClosurePredicates:
    """The overdue flags, read from `status`, `end_date`, `actual_end_date` and `has_report`: shared by the
    model and by the light rows that long tables are built from (see `rows.py`)."""

    def _today(self):
        return timezone.localdate()

    @property
    def is_closure_overdue(self):
        return self.status == Status.APPROVED and self.end_date < self._today()

    @property
    def report_due_on(self):
        if self.status != Status.REALIZED:
            return None
        return (self.actual_end_date or self.end_date) + dt.timedelta(days=settings.POST_TRIP_REPORT_DAYS)

    @property
    def is_report_overdue(self):
        due = self.report_due_on
        return due is not None and not self.has_report and due < self._today()


class MissionRequest(ClosurePredicates, models.Model):
    reference = models.CharField(_("reference"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=300)
    unit = models.ForeignKey(
        Unit, verbose_name=_("requesting unit"), on_delete=models.PROTECT, related_name="missions"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices, default=Purpose.OTHER)
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    countries = models.ManyToManyField(
        Country, verbose_name=_("destination countries"), related_name="missions"
    )
    cities = models.ManyToManyField(
        City, verbose_name=_("destination cities"), related_name="missions", blank=True
    )
    # The ids of `countries` and `cities`, sorted and comma-separated, kept in step with the links (see
    # destinations.py): the council report counts trips per destination by grouping these few distinct
    # sets instead of joining every request with its links.
    country_set = models.TextField(_("destination country ids"), blank=True, default="", editable=False)
    city_set = models.TextField(_("destination city ids"), blank=True, default="", editable=False)
    host_organization = models.CharField(_("host or inviting organization"), max_length=300, blank=True)
    event = models.ForeignKey(
        "events.Event", verbose_name=_("event attended"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="missions",
    )  # fmt: skip
    start_date = models.DateField(_("start date"), db_index=True)
    end_date = models.DateField(_("end date"), db_index=True)
    travellers = models.ManyToManyField(
        Person, verbose_name=_("travellers"), related_name="missions", blank=True
    )
    funding = models.CharField(
        _("funding"), max_length=30, choices=Funding.choices, default=Funding.MUNICIPALITY
    )
    estimated_cost = models.DecimalField(
        _("estimated cost"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, default="IRR", blank=True)
    justification = models.TextField(_("justification"), blank=True)
    expected_results = models.TextField(_("expected results"), blank=True)

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    submitted_on = models.DateField(_("first submitted on"), null=True, blank=True, db_index=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decision_reason = models.TextField(_("reason of the decision"), blank=True)
    actual_start_date = models.DateField(_("actual start date"), null=True, blank=True, db_index=True)
    actual_end_date = models.DateField(_("actual end date"), null=True, blank=True)
    actual_travellers = models.ManyToManyField(
        Person, verbose_name=_("actual travellers"), related_name="realized_missions", blank=True
    )
    persons_count = models.PositiveIntegerField(_("number of travellers"), default=0)
    cancel_reason = models.TextField(_("reason of cancellation"), blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MissionRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("mission request")
        verbose_name_plural = _("mission requests")
        ordering = ["-start_date", "-id"]
        indexes = [
            models.Index(fields=["status", "end_date"]),
            models.Index(fields=["unit", "status"]),
            # The lists' order: newest first, read from the index with LIMIT rather than sorting every row.
            models.Index(fields=["-start_date", "-id"], name="missions_newest_first"),
        ]

    def __str__(self):
        return f"{self.reference}: {self.title}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            # whatever this instance remembers, the sets are those of the links stored now
            from .destinations import stored_sets

            self.country_set, self.city_set = stored_sets([self.pk]).get(self.pk, ("", ""))
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "country_set", "city_set"}
        super().save(*args, **kwargs)

    # Read-only predicates; the services guard every change with these.
    @property
    def is_virtual(self):
        return self.mode == Mode.VIRTUAL

    @property
    def can_be_edited(self):
        return self.status in {Status.DRAFT, Status.SENT_BACK, Status.SUBMITTED, Status.APPROVED}

    @property
    def can_be_submitted(self):
        return self.status in {Status.DRAFT, Status.SENT_BACK}

    @property
    def can_be_withdrawn(self):
        return self.status in {Status.DRAFT, Status.SUBMITTED, Status.SENT_BACK}

    @property
    def can_be_decided(self):
        return self.status == Status.SUBMITTED

    @property
    def can_be_closed(self):
        return self.status == Status.APPROVED

    @property
    def can_have_report(self):
        return self.status == Status.REALIZED

    @property
    def has_report(self):
        try:
            return self.report is not None
        except PostTripReport.DoesNotExist:
            return False

    @property
    def duration_days(self):
        return (self.end_date - self.start_date).days + 1


class Attachment(models.Model):
    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Invitation letter")
        REPORT = "report", _("Post-trip report attachment")
        OTHER = "other", _("Other")

    mission = models.ForeignKey(
        MissionRequest, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="attachments"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.OTHER)
    file = models.FileField(_("file"), upload_to=UploadPath("missions"), validators=[UploadValidator()])
    title = models.CharField(_("title"), max_length=200, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True, on_delete=models.SET_NULL
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at"]

    def __str__(self):
        return self.title or self.file.name


class CommitteeSession(models.Model):
    number = models.PositiveIntegerField(_("number"), unique=True)
    date = models.DateField(_("date"))
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("attendees"), related_name="committee_sessions", blank=True
    )
    agenda = models.ManyToManyField(
        MissionRequest, verbose_name=_("agenda"), related_name="sessions", blank=True
    )
    notes = models.TextField(_("notes"), blank=True)
    held = models.BooleanField(_("held"), default=False)

    class Meta:
        verbose_name = _("committee session")
        verbose_name_plural = _("committee sessions")
        ordering = ["-date", "-number"]

    def __str__(self):
        from django.utils.translation import get_language

        from citydiplomacy.lib.persian import to_persian_digits

        number = str(self.number)
        if (get_language() or "fa").startswith("fa"):
            number = to_persian_digits(number)
        return _("Session {number}").format(number=number)


class Decision(models.Model):
    """A committee decision or a requester's withdrawal, dated; the council report counts these."""

    class Kind(models.TextChoices):
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SENT_BACK = "sent_back", _("Sent back")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    mission = models.ForeignKey(
        MissionRequest, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="decisions"
    )
    kind = models.CharField(_("decision"), max_length=10, choices=Kind.choices)
    # Empty only for a withdrawal imported from history without its date (the council report counts them).
    date = models.DateField(_("date"), null=True, blank=True, db_index=True)
    session = models.ForeignKey(
        CommitteeSession,
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    reason = models.TextField(_("reason"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["date", "id"]
        indexes = [models.Index(fields=["kind", "date"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.mission.reference}"


class PostTripReport(models.Model):
    mission = models.OneToOneField(
        MissionRequest, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="report"
    )
    results = models.TextField(_("results"))
    follow_up = models.TextField(_("follow-up actions"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("post-trip report")
        verbose_name_plural = _("post-trip reports")

    def __str__(self):
        return str(self.mission)

    @property
    def was_late(self):
        due = self.mission.report_due_on
        return due is not None and timezone.localtime(self.submitted_at).date() > due
