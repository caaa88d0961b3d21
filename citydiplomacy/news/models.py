from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EVENT_TYPES = [
    ("outbound_visit", _("Outbound visit")),
    ("inbound_visit", _("Inbound visit")),
    ("agreement", _("Agreement")),
    ("membership", _("Membership or post")),
    ("event_hosted", _("Event hosted")),
    ("event_attended", _("Event attended")),
    ("meeting", _("Meeting")),
    ("virtual_meeting", _("Virtual meeting")),
    ("statement_or_report", _("Statement or report")),
    ("other", _("Other")),
]


class Source(models.Model):
    class Kind(models.TextChoices):
        FEED = "feed", _("RSS or Atom feed")
        LISTING = "listing", _("Listing page")

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("address"), max_length=1000, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.FEED)
    lang = models.CharField(
        _("language"), max_length=5, blank=True, choices=[("fa", _("Persian")), ("en", _("English"))]
    )
    active = models.BooleanField(_("active"), default=True)
    interval_minutes = models.PositiveIntegerField(_("fetch every (minutes)"), default=60)
    last_fetched_at = models.DateTimeField(_("last fetched at"), null=True, blank=True)

    class Meta:
        verbose_name = _("news source")
        verbose_name_plural = _("news sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def is_due(self, now=None):
        now = now or timezone.now()
        return self.active and (
            self.last_fetched_at is None
            or (now - self.last_fetched_at).total_seconds() >= self.interval_minutes * 60
        )


class FetchRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="runs",
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RUNNING)
    pages = models.PositiveIntegerField(_("pages read"), default=0)
    new_articles = models.PositiveIntegerField(_("new articles"), default=0)
    new_stories = models.PositiveIntegerField(_("new stories"), default=0)
    errors = models.TextField(_("errors"), blank=True)

    class Meta:
        verbose_name = _("fetch run")
        verbose_name_plural = _("fetch runs")
        ordering = ["-started_at", "-id"]

    def __str__(self):
        return f"{self.source or '—'} {self.started_at:%Y-%m-%d %H:%M}"


class Story(models.Model):
    """One story, however many outlets reported it; its proposed record waits for a person."""

    class Status(models.TextChoices):
        NEW = "new", _("In the inbox")
        ACCEPTED = "accepted", _("Accepted")
        DISMISSED = "dismissed", _("Dismissed")

    title = models.CharField(_("title"), max_length=500)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    is_city_diplomacy = models.BooleanField(
        _("about the city's international activity"), default=False, db_index=True
    )
    other_city = models.BooleanField(
        _("about another city"),
        default=False,
        db_index=True,
        help_text=_("The international activity of another city, kept to follow it."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_stories",
    )
    event_type = models.CharField(_("event type"), max_length=30, choices=EVENT_TYPES, default="other")
    proposed = models.JSONField(_("proposed record"), default=dict, blank=True)
    confidence = models.FloatField(_("confidence"), default=0)
    first_seen = models.DateTimeField(_("first seen"), default=timezone.now)
    published = models.DateField(_("published"), null=True, blank=True, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    dismiss_reason = models.CharField(_("reason of dismissal"), max_length=300, blank=True)
    mission = models.ForeignKey(
        "missions.MissionRequest",
        verbose_name=_("mission"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_stories",
    )
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("agreement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_stories",
    )
    city = models.ForeignKey(
        "partners.City",
        verbose_name=_("partner city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_stories",
    )

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-published", "-first_seen", "-id"]

    def __str__(self):
        return self.title

    @property
    def can_be_decided(self):
        return self.status == self.Status.NEW


class Article(models.Model):
    """One outlet's article; its text is kept as plain text and shown escaped, never as HTML."""

    story = models.ForeignKey(
        Story,
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    url = models.CharField(_("address"), max_length=1000, unique=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"), blank=True)
    lang = models.CharField(_("language"), max_length=5, blank=True)
    published = models.DateField(_("published"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("fetched at"), default=timezone.now)
    record = models.JSONField(_("extracted record"), default=dict, blank=True)
    error = models.CharField(_("error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["published", "id"]

    def __str__(self):
        return self.title or self.url


class GroupingDecision(models.Model):
    """A person's decision that two articles report one story (together) or two (apart).

    Re-grouping applies these as constraints, so a manual merge or split is never undone."""

    first = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+")
    together = models.BooleanField(_("one story"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)

    class Meta:
        verbose_name = _("grouping decision")
        verbose_name_plural = _("grouping decisions")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="news_one_decision_per_pair"),
            models.CheckConstraint(
                condition=models.Q(first__lt=models.F("second")), name="news_decision_ordered"
            ),
        ]

    def __str__(self):
        return f"{self.first_id} {'=' if self.together else '≠'} {self.second_id}"


class Correction(models.Model):
    """A labelled example: what the engine proposed, what a reviewer corrected, who and when."""

    class Kind(models.TextChoices):
        RECORD = "record", _("Corrected record")
        ALIAS = "alias", _("Alias of a known partner")

    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RECORD)
    fields = models.JSONField(_("corrected fields"), default=list, blank=True)
    original = models.JSONField(_("proposed by the engine"), default=dict, blank=True)
    corrected = models.JSONField(_("correction"), default=dict, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.story_id}: {', '.join(self.fields)}"
