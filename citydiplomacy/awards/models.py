"""The international award: a series (the Golden Brick), its editions, categories, criteria, entries, the jury,
conflicts of interest, assignments and scores."""

import hashlib
import os
from decimal import Decimal

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class PrivateStorage(FileSystemStorage):
    """Entry files live outside MEDIA_ROOT (settings.AWARDS_PRIVATE_ROOT): only a permission-checked view serves
    them."""

    @property
    def base_location(self):
        return str(settings.AWARDS_PRIVATE_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)


def private_storage():
    return PrivateStorage()


class Bilingual(models.Model):
    name_fa = models.CharField(_("name (Persian)"), max_length=300)
    name_en = models.CharField(_("name (English)"), max_length=300, blank=True)

    class Meta:
        abstract = True

    @property
    def name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name_fa

    def __str__(self):
        return self.name


class AwardSeries(Bilingual):
    """A recurring award, e.g. the Golden Brick international award."""

    slug = models.SlugField(_("short name"), unique=True)

    class Meta:
        verbose_name = _("award series")
        verbose_name_plural = _("award series")
        ordering = ["name_en"]


class Normalization(models.TextChoices):
    ZSCORE = "zscore", _("z-scores per juror")
    RANK = "rank", _("percentile ranks per juror")


class AwardEdition(models.Model):
    """One edition of a series: its call for entries, categories, criteria, jury and results."""

    series = models.ForeignKey(
        AwardSeries, verbose_name=_("series"), on_delete=models.PROTECT, related_name="editions"
    )
    number = models.PositiveIntegerField(_("edition number"))
    slug = models.SlugField(_("address"), unique=True, help_text=_("The public call page's address."))
    title_fa = models.CharField(_("title (Persian)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="award_editions",
        help_text=_("The ceremony or the event the award belongs to."),
    )
    intro_fa = models.TextField(_("call text (Persian)"), blank=True)
    intro_en = models.TextField(_("call text (English)"), blank=True)
    eligibility_fa = models.TextField(_("eligibility rules (Persian)"), blank=True)
    eligibility_en = models.TextField(_("eligibility rules (English)"), blank=True)
    opens_at = models.DateTimeField(_("call opens"))
    closes_at = models.DateTimeField(_("call closes"))
    scale_min = models.PositiveSmallIntegerField(_("lowest score"), default=1)
    scale_max = models.PositiveSmallIntegerField(_("highest score"), default=10)
    blind_review = models.BooleanField(_("blind review"), default=True)
    normalization = models.CharField(
        _("normalization"), max_length=10, choices=Normalization.choices, default=Normalization.ZSCORE
    )
    max_file_mb = models.PositiveSmallIntegerField(_("largest file (MB)"), default=10)
    max_files = models.PositiveSmallIntegerField(_("files per entry"), default=5)
    results_published_at = models.DateTimeField(_("results published"), null=True, blank=True)

    class Meta:
        verbose_name = _("award edition")
        verbose_name_plural = _("award editions")
        ordering = ["-opens_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["series", "number"], name="award_edition_number_unique"),
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="award_call_order",
                violation_error_message=_("The call must close after it opens."),
            ),
            models.CheckConstraint(
                condition=models.Q(scale_max__gt=models.F("scale_min")),
                name="award_scale_order",
                violation_error_message=_("The highest score must be above the lowest."),
            ),
        ]

    @property
    def title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title_fa

    @property
    def intro(self):
        return self.intro_en if get_language() == "en" and self.intro_en else self.intro_fa

    @property
    def eligibility(self):
        return self.eligibility_en if get_language() == "en" and self.eligibility_en else self.eligibility_fa

    def __str__(self):
        return self.title

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None):
        return (now or timezone.now()) >= self.closes_at

    @property
    def published(self):
        return self.results_published_at is not None

    @property
    def max_file_bytes(self):
        return self.max_file_mb * 1024 * 1024


class Category(Bilingual):
    edition = models.ForeignKey(
        AwardEdition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="categories"
    )
    description_fa = models.TextField(_("description (Persian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["order", "id"]

    @property
    def description(self):
        return self.description_en if get_language() == "en" and self.description_en else self.description_fa


class Criterion(Bilingual):
    edition = models.ForeignKey(
        AwardEdition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="criteria"
    )
    weight = models.DecimalField(
        _("weight"),
        max_digits=6,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="award_criterion_weight_positive")
        ]


class EntrantKind(models.TextChoices):
    CITY = "city", _("City")
    ORGANIZATION = "organization", _("Organization")
    COMPANY = "company", _("Company")


class Result(models.TextChoices):
    NONE = "", _("Not decided")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    WINNER = "winner", _("Winner")


class Entry(models.Model):
    """An entry submitted through the public call page. The entrant reaches it only by its private link."""

    edition = models.ForeignKey(
        AwardEdition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="entries"
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="entries"
    )
    code = models.CharField(_("entry code"), max_length=20, unique=True)
    title = models.CharField(_("project title"), max_length=300)
    summary = models.TextField(_("summary"))
    entrant_kind = models.CharField(_("entrant"), max_length=20, choices=EntrantKind.choices)
    entrant_name = models.CharField(_("entrant's name"), max_length=300)
    country = models.ForeignKey(
        "partners.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="award_entries"
    )
    city_name = models.CharField(_("city"), max_length=200)
    contact_person = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("e-mail"))
    # Links to the registry, set when the entrant's city or organization is known there (conflicts use them).
    city = models.ForeignKey(
        "partners.City", verbose_name=_("city in the registry"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="award_entries",
    )  # fmt: skip
    organization = models.ForeignKey(
        "partners.Organization", verbose_name=_("organization in the registry"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="award_entries",
    )  # fmt: skip
    key_hash = models.CharField(_("private link key"), max_length=64, unique=True, editable=False)
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=20, choices=Result.choices, blank=True, default="")
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        ordering = ["code"]
        indexes = [models.Index(fields=["edition", "category"])]

    def __str__(self):
        return f"{self.code} {self.title}"

    @staticmethod
    def hash_key(key):
        return hashlib.sha256(key.encode()).hexdigest()

    @property
    def confirmed(self):
        return self.email_confirmed_at is not None

    def blind_label(self):
        return _("Entry {code}").format(code=self.code)


class FileKind(models.TextChoices):
    PDF = "pdf", _("PDF document")
    IMAGE = "image", _("Image")


class EntryFile(models.Model):
    entry = models.ForeignKey(Entry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="files")
    file = models.FileField(_("file"), storage=private_storage, upload_to="entries/%Y/%m")
    kind = models.CharField(_("kind"), max_length=10, choices=FileKind.choices)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(_("size"))
    content_type = models.CharField(_("type"), max_length=60)
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("entry file")
        verbose_name_plural = _("entry files")
        ordering = ["uploaded_at", "id"]

    def __str__(self):
        return self.original_name

    def blind_name(self, index):
        extension = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}
        return f"{self.entry.code}-{index}.{extension.get(self.content_type, 'bin')}"


class Juror(models.Model):
    """A jury member of an edition: a person of the registry with a user account of role jury."""

    edition = models.ForeignKey(
        AwardEdition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="jurors"
    )
    contact = models.ForeignKey(
        "partners.Contact", verbose_name=_("person"), on_delete=models.PROTECT, related_name="jury_seats"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.PROTECT,
        related_name="jury_seats",
    )
    categories = models.ManyToManyField(
        Category, verbose_name=_("categories"), related_name="jurors", blank=True
    )
    is_chair = models.BooleanField(_("jury chair"), default=False)
    last_reminded_at = models.DateTimeField(_("last reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("jury member")
        verbose_name_plural = _("jury members")
        ordering = ["-is_chair", "id"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "user"], name="award_juror_user_unique"),
            models.UniqueConstraint(fields=["edition", "contact"], name="award_juror_contact_unique"),
            models.UniqueConstraint(
                fields=["edition"], condition=models.Q(is_chair=True), name="award_one_chair_per_edition"
            ),
        ]

    def __str__(self):
        return str(self.contact)

    @cached_property
    def conflict_list(self):
        return list(self.conflicts.all())

    def conflicts_with(self, entry):
        return any(c.matches(entry) for c in self.conflict_list)


class Conflict(models.Model):
    """A declared conflict of interest of a juror with an entrant's country, city or organization, or an entry."""

    juror = models.ForeignKey(
        Juror, verbose_name=_("jury member"), on_delete=models.CASCADE, related_name="conflicts"
    )
    country = models.ForeignKey(
        "partners.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    city = models.ForeignKey(
        "partners.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    organization = models.ForeignKey(
        "partners.Organization",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    entry = models.ForeignKey(
        Entry,
        verbose_name=_("entry"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="conflicts",
    )
    note = models.CharField(_("reason"), max_length=300, blank=True)
    declared_at = models.DateTimeField(_("declared at"), default=timezone.now)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        ordering = ["juror", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(country__isnull=False) | models.Q(city__isnull=False)
                | models.Q(organization__isnull=False) | models.Q(entry__isnull=False),
                name="award_conflict_names_something",
            )
        ]  # fmt: skip

    def __str__(self):
        return str(self.entry or self.organization or self.city or self.country)

    def matches(self, entry):
        return bool(
            (self.country_id and self.country_id == entry.country_id)
            or (self.city_id and self.city_id == entry.city_id)
            or (self.organization_id and self.organization_id == entry.organization_id)
            or (self.entry_id and self.entry_id == entry.pk)
        )

    @staticmethod
    def q_for_entries(conflicts):
        """A Q over entries that excludes nothing but matches every entry any of `conflicts` hits."""
        q = models.Q(pk__in=[])
        for c in conflicts:
            if c.country_id:
                q |= models.Q(country_id=c.country_id)
            if c.city_id:
                q |= models.Q(city_id=c.city_id)
            if c.organization_id:
                q |= models.Q(organization_id=c.organization_id)
            if c.entry_id:
                q |= models.Q(pk=c.entry_id)
        return q


class Assignment(models.Model):
    juror = models.ForeignKey(
        Juror, verbose_name=_("jury member"), on_delete=models.CASCADE, related_name="assignments"
    )
    entry = models.ForeignKey(
        Entry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="assignments"
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [models.UniqueConstraint(fields=["juror", "entry"], name="award_assignment_unique")]

    def __str__(self):
        return f"{self.juror_id} → {self.entry_id}"


class Score(models.Model):
    juror = models.ForeignKey(
        Juror, verbose_name=_("jury member"), on_delete=models.CASCADE, related_name="scores"
    )
    entry = models.ForeignKey(Entry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.CASCADE, related_name="scores"
    )
    value = models.DecimalField(_("score"), max_digits=5, decimal_places=2)
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["juror", "entry", "criterion"], name="award_score_unique")
        ]
        indexes = [models.Index(fields=["entry", "juror"])]

    def __str__(self):
        return f"{self.entry.code} · {self.criterion}: {self.value}"


class ScoreTotal(models.Model):
    """A juror's weighted sum over an entry's criteria and how many criteria it scored: kept by the scoring
    service (scores are written a few at a time and read as a whole results table), so that the results need
    no grouping over all the scores. `services.rebuild_totals` recomputes them from the scores."""

    juror = models.ForeignKey(
        Juror, verbose_name=_("jury member"), on_delete=models.CASCADE, related_name="+"
    )
    entry = models.ForeignKey(Entry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="+")
    weighted = models.DecimalField(_("weighted sum"), max_digits=14, decimal_places=4)
    scored = models.PositiveSmallIntegerField(_("criteria scored"))

    class Meta:
        verbose_name = _("score total")
        verbose_name_plural = _("score totals")
        constraints = [models.UniqueConstraint(fields=["juror", "entry"], name="award_score_total_unique")]

    def __str__(self):
        return f"{self.juror_id} → {self.entry_id}: {self.weighted}"
