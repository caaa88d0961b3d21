"""Events the city hosts and attends: the event, its programme, guests, exhibition and B2B meetings."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    VISIT_RECEIVED = "visit_received", _("Official visit received")
    CONGRESS = "congress", _("Congress or summit")
    GENERAL_ASSEMBLY = "general_assembly", _("General assembly")
    AWARD_CEREMONY = "award_ceremony", _("Award ceremony")
    EXHIBITION = "exhibition", _("Exhibition")
    PANEL = "panel", _("Panel or conference session")
    SISTER_CITY_MEETING = "sister_city_meeting", _("Sister-city meeting")
    B2B = "b2b", _("B2B meetings")
    WEBINAR = "webinar", _("Webinar")
    OTHER = "other", _("Other")


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    REGISTRATION_OPEN = "registration_open", _("Open for registration")
    RUNNING = "running", _("Running")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


# The status changes the office may make; postponing is its own step (it takes new dates).
TRANSITIONS = {
    Status.PLANNED: {Status.REGISTRATION_OPEN, Status.RUNNING, Status.HELD, Status.CANCELLED},
    Status.REGISTRATION_OPEN: {Status.RUNNING, Status.HELD, Status.CANCELLED, Status.PLANNED},
    Status.RUNNING: {Status.HELD},
    Status.POSTPONED: {Status.PLANNED, Status.REGISTRATION_OPEN, Status.CANCELLED},
    Status.HELD: set(),
    Status.CANCELLED: set(),
}


class Audience(models.TextChoices):
    """The four audiences of a city's international work (DOMAIN.md)."""

    CITY_ORGANIZATIONS = "city_organizations", _("International city organizations")
    PRIVATE_SECTOR = "private_sector", _("Private sector, foreign contractors included")
    CITIES_GOVERNMENTS = "cities_governments", _("Other cities and governments")
    CITIZENS = "citizens", _("Citizens, local and foreign, and the world audience")


def bilingual(obj, field="title"):
    english = getattr(obj, f"{field}_en", "")
    return english if get_language() == "en" and english else getattr(obj, f"{field}_fa")


class EventSeries(models.Model):
    """A recurring event (the Golden Brick award, the Tehran Urban Event): its editions are events."""

    title_fa = models.CharField(_("title (Persian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")
        ordering = ["title_fa"]

    @property
    def title(self):
        return bilingual(self)

    def __str__(self):
        return self.title


class Event(models.Model):
    """An event the city hosts or attends."""

    title_fa = models.CharField(_("title (Persian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER, db_index=True)
    hosted = models.BooleanField(_("hosted by us"), default=True)
    virtual = models.BooleanField(_("virtual"), default=False)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    city = models.ForeignKey(
        "partners.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    country = models.ForeignKey(
        "partners.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED, db_index=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    description = models.TextField(_("description"), blank=True)
    series = models.ForeignKey(
        EventSeries, verbose_name=_("series"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="editions",
    )  # fmt: skip
    edition = models.PositiveSmallIntegerField(_("edition"), null=True, blank=True)
    organizers = models.ManyToManyField(
        "partners.Organization", verbose_name=_("organizers"), blank=True, related_name="organized_events"
    )
    co_organizers = models.ManyToManyField(
        "partners.Organization",
        verbose_name=_("co-organizers"),
        blank=True,
        related_name="co_organized_events",
    )
    status_reason = models.TextField(_("reason of the status"), blank=True)
    original_start_date = models.DateField(_("first planned start date"), null=True, blank=True)
    # Partners present
    partner_cities = models.ManyToManyField(
        "partners.City", verbose_name=_("cities present"), blank=True, related_name="events_present"
    )
    partner_organizations = models.ManyToManyField(
        "partners.Organization", verbose_name=_("organizations present"), blank=True,
        related_name="events_present",
    )  # fmt: skip
    partner_contacts = models.ManyToManyField(
        "partners.Contact", verbose_name=_("people present"), blank=True, related_name="events_present"
    )
    commitments = models.ManyToManyField(
        "agreements.Commitment", verbose_name=_("commitments it serves"), blank=True, related_name="events"
    )
    milestones = models.ManyToManyField(
        "agreements.Milestone", verbose_name=_("roadmap milestones it serves"), blank=True,
        related_name="events",
    )  # fmt: skip
    # A visit received: whom the guests met and what was discussed.
    met_with = models.TextField(_("whom the guests met"), blank=True)
    discussed = models.TextField(_("what was discussed"), blank=True)
    meeting_tables = models.PositiveSmallIntegerField(_("tables for B2B meetings"), default=10)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="event_dates_in_order"
            ),
            models.UniqueConstraint(fields=["series", "edition"], name="event_one_edition_per_number"),
        ]
        indexes = [models.Index(fields=["-start_date", "id"], name="events_newest_first")]

    @property
    def title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title_fa

    def __str__(self):
        return self.title

    @property
    def allowed_statuses(self):
        return TRANSITIONS.get(self.status, set())

    @property
    def can_be_postponed(self):
        return self.status in {Status.PLANNED, Status.REGISTRATION_OPEN, Status.POSTPONED}

    @property
    def is_visit(self):
        return self.kind == Kind.VISIT_RECEIVED

    def audience_codes(self):
        return [a.audience for a in self.audiences.all()]

    def audience_labels(self):
        return [Audience(code).label for code in self.audience_codes()]


class EventAudience(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="audiences"
    )
    audience = models.CharField(_("audience"), max_length=30, choices=Audience.choices, db_index=True)

    class Meta:
        verbose_name = _("audience served")
        verbose_name_plural = _("audiences served")
        constraints = [models.UniqueConstraint(fields=["event", "audience"], name="event_audience_once")]

    def __str__(self):
        return self.get_audience_display()


class FollowUpAction(models.Model):
    """A follow-up action agreed during an event or a visit received; it can become a commitment."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="follow_up_actions"
    )
    title = models.CharField(_("action"), max_length=300)
    owner = models.ForeignKey(
        "core.Person",
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    commitment = models.OneToOneField(
        "agreements.Commitment", verbose_name=_("commitment"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="event_action",
    )  # fmt: skip

    class Meta:
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        ordering = ["id"]

    def __str__(self):
        return self.title


# Programme


class Interpretation(models.TextChoices):
    NONE = "none", _("None")
    SIMULTANEOUS = "simultaneous", _("Simultaneous")
    CONSECUTIVE = "consecutive", _("Consecutive")


class Session(models.Model):
    """A session of an event's programme; times are aware datetimes (shown in Tehran time)."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="sessions"
    )
    title_fa = models.CharField(_("title (Persian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    room = models.CharField(_("room"), max_length=100, blank=True)
    chairs = models.ManyToManyField(
        "partners.Contact", verbose_name=_("chairs"), blank=True, related_name="chaired_sessions"
    )
    speakers = models.ManyToManyField(
        "partners.Contact", verbose_name=_("speakers"), blank=True, related_name="spoken_sessions"
    )
    languages = models.CharField(
        _("languages"), max_length=100, blank=True, help_text=_("For example: fa, en")
    )
    interpretation = models.CharField(
        _("interpretation"), max_length=15, choices=Interpretation.choices, default=Interpretation.NONE
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at", "room", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start"
            )
        ]
        indexes = [models.Index(fields=["event", "starts_at"])]

    @property
    def title(self):
        return bilingual(self)

    def __str__(self):
        return self.title


# Guests and delegations


class Delegation(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="delegations"
    )
    name = models.CharField(_("name"), max_length=300)
    country = models.ForeignKey(
        "partners.Country", verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )  # fmt: skip
    head = models.ForeignKey(
        "partners.Contact", verbose_name=_("head of the delegation"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class InvitationStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    VISA_LETTER = "visa_letter", _("Visa support letter issued")
    ARRIVED = "arrived", _("Arrived")
    LEFT = "left", _("Left")


class ProtocolLevel(models.TextChoices):
    STANDARD = "standard", _("Standard")
    SENIOR = "senior", _("Senior official")
    VIP = "vip", _("Head of city or state (VIP)")


def new_badge_code():
    return secrets.token_hex(5).upper()


class Invitation(models.Model):
    """A guest invited to a hosted event: a person, or a city or organization sending someone."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="invitations"
    )
    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="invitations",
    )  # fmt: skip
    guest_name = models.CharField(_("guest's name"), max_length=200)
    contact = models.ForeignKey(
        "partners.Contact", verbose_name=_("person"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="invitations",
    )  # fmt: skip
    city = models.ForeignKey(
        "partners.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    organization = models.ForeignKey(
        "partners.Organization", verbose_name=_("organization"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )  # fmt: skip
    country = models.ForeignKey(
        "partners.Country", verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )  # fmt: skip
    audience = models.CharField(_("audience"), max_length=30, choices=Audience.choices, db_index=True)
    foreign = models.BooleanField(_("foreign guest"), default=True)
    status = models.CharField(
        _("status"), max_length=15, choices=InvitationStatus.choices, default=InvitationStatus.INVITED,
        db_index=True,
    )  # fmt: skip
    hotel_nights = models.PositiveSmallIntegerField(_("hotel nights"), default=0)
    interpreter = models.BooleanField(_("interpreter needed"), default=False)
    protocol_level = models.CharField(
        _("protocol level"), max_length=10, choices=ProtocolLevel.choices, default=ProtocolLevel.STANDARD
    )
    dietary_needs = models.CharField(_("dietary needs"), max_length=200, blank=True)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("staff member responsible"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    badge_code = models.CharField(_("badge code"), max_length=12, unique=True, default=new_badge_code)
    responded_on = models.DateField(_("answered on"), null=True, blank=True)
    arrived_at = models.DateTimeField(_("arrived at"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["guest_name", "id"]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self):
        return self.guest_name

    @property
    def can_be_answered(self):
        return self.status == InvitationStatus.INVITED

    @property
    def can_get_visa_letter(self):
        return self.foreign and self.status == InvitationStatus.ACCEPTED

    @property
    def can_arrive(self):
        if self.foreign:
            return self.status == InvitationStatus.VISA_LETTER
        return self.status == InvitationStatus.ACCEPTED

    @property
    def can_leave(self):
        return self.status == InvitationStatus.ARRIVED


class LetterKind(models.TextChoices):
    INVITATION = "invitation", _("Invitation letter")
    VISA_SUPPORT = "visa_support", _("Visa support letter")


class LetterTemplate(models.Model):
    """A letter the office can edit: `{{ placeholder }}` fields only (see letters.PLACEHOLDERS)."""

    kind = models.CharField(_("kind"), max_length=15, choices=LetterKind.choices)
    language = models.CharField(_("language"), max_length=2, choices=[("fa", "فارسی"), ("en", "English")])
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("letter template")
        verbose_name_plural = _("letter templates")
        constraints = [
            models.UniqueConstraint(fields=["kind", "language"], name="one_letter_per_kind_language")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language})"

    def clean(self):
        from .letters import check_template

        check_template(self.subject)
        check_template(self.body)

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)


# Exhibition and B2B meetings


class ExhibitorKind(models.TextChoices):
    STARTUP = "startup", _("Startup")
    KNOWLEDGE_BASED = "knowledge_based", _("Knowledge-based company")
    FOREIGN_CONTRACTOR = "foreign_contractor", _("Foreign contractor")
    OTHER = "other", _("Other")


class Exhibitor(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="exhibitors"
    )
    organization = models.ForeignKey(
        "partners.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        related_name="exhibits",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=ExhibitorKind.choices, default=ExhibitorKind.OTHER
    )
    booth = models.CharField(_("booth"), max_length=30, blank=True)
    products = models.TextField(_("products"), blank=True)

    class Meta:
        verbose_name = _("exhibitor")
        verbose_name_plural = _("exhibitors")
        ordering = ["booth", "id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "organization"], name="exhibitor_once_per_event")
        ]

    def __str__(self):
        return str(self.organization)


class MeetingSlot(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="meeting_slots"
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        verbose_name = _("meeting slot")
        verbose_name_plural = _("meeting slots")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="slot_ends_after_start"
            )
        ]

    def __str__(self):
        from citydiplomacy.core.templatetags.cd import jdate

        return str(jdate(self.starts_at, "time"))


class RequestStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class MeetingRequest(models.Model):
    """A participant (a city manager or a guest) and an exhibitor who want to meet; either side asks."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="meeting_requests"
    )
    participant = models.ForeignKey(
        "partners.Contact",
        verbose_name=_("participant"),
        on_delete=models.PROTECT,
        related_name="meeting_requests",
    )
    exhibitor = models.ForeignKey(
        Exhibitor, verbose_name=_("exhibitor"), on_delete=models.CASCADE, related_name="meeting_requests"
    )
    by_exhibitor = models.BooleanField(_("asked by the exhibitor"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.REQUESTED
    )
    note = models.CharField(_("subject"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "exhibitor"], name="one_request_per_pair")
        ]

    def __str__(self):
        return f"{self.participant} ↔ {self.exhibitor}"


class Meeting(models.Model):
    """A scheduled B2B meeting: one request at one slot and table; nobody is booked twice in a slot."""

    request = models.OneToOneField(
        MeetingRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="meeting"
    )
    slot = models.ForeignKey(
        MeetingSlot, verbose_name=_("slot"), on_delete=models.CASCADE, related_name="meetings"
    )
    table = models.PositiveSmallIntegerField(_("table"))
    # copied from the request so that the database itself refuses double booking
    participant = models.ForeignKey("partners.Contact", on_delete=models.PROTECT, related_name="+")
    exhibitor = models.ForeignKey(Exhibitor, on_delete=models.CASCADE, related_name="+")
    held = models.BooleanField(_("held"), default=False)
    follow_up = models.BooleanField(_("follow-up wanted"), default=False)
    export_lead = models.BooleanField(_("a lead for the city's service exports"), default=False)
    possible_agreement = models.BooleanField(_("a possible agreement"), default=False)
    outcome_notes = models.TextField(_("notes on the outcome"), blank=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["slot__starts_at", "table"]
        constraints = [
            models.UniqueConstraint(fields=["slot", "table"], name="meeting_table_once_per_slot"),
            models.UniqueConstraint(fields=["slot", "participant"], name="meeting_participant_once_per_slot"),
            models.UniqueConstraint(fields=["slot", "exhibitor"], name="meeting_exhibitor_once_per_slot"),
        ]

    def __str__(self):
        return str(self.request)
