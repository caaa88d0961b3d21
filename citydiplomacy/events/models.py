"""Events the city hosts and attends."""

from django.db import models
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

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="event_dates_in_order"
            )
        ]

    @property
    def title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title_fa

    def __str__(self):
        return self.title
