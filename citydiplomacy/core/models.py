from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.persian import normalize_name


class Role(models.TextChoices):
    REQUESTER = "requester", _("Requester")
    SECRETARY = "secretary", _("Committee secretary")
    MEMBER = "member", _("Committee member")
    CHAIR = "chair", _("Committee chair")
    OBSERVER = "observer", _("Council observer")
    ANALYST = "analyst", _("Analyst")
    ADMIN = "admin", _("Administrator")
    JURY = "jury", _("Jury member")
    EXPORTS = "exports_officer", _("Exports officer")


class Unit(models.Model):
    """An organizational unit of the municipality (a deputy, district, company or organization)."""

    name_fa = models.CharField(_("name (Persian)"), max_length=200, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_key = models.CharField(_("matching key"), max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name_fa"]

    def save(self, *args, **kwargs):
        self.name_key = normalize_name(self.name_fa)
        super().save(*args, **kwargs)

    @property
    def name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name_fa

    def __str__(self):
        return self.name


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.REQUESTER)
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="users"
    )
    # first_name and last_name are the Persian name; this is how English pages write it
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    # Read-only predicates: every permission decision in the project goes through these.
    @property
    def is_admin_role(self):
        return self.is_superuser or self.role == Role.ADMIN

    @property
    def is_secretary(self):
        return self.role == Role.SECRETARY or self.is_admin_role

    @property
    def is_chair(self):
        return self.role == Role.CHAIR or self.is_admin_role

    @property
    def is_committee(self):
        return self.role in {Role.SECRETARY, Role.MEMBER, Role.CHAIR} or self.is_admin_role

    @property
    def reads_all_missions(self):
        return self.is_committee or self.role == Role.OBSERVER

    @property
    def is_jury_only(self):
        """A jury member of the award: a person from outside who sees only the award pages given to it."""
        return self.role == Role.JURY and not self.is_admin_role

    @property
    def sees_reports(self):
        return self.role not in {Role.REQUESTER, Role.JURY}

    @property
    def sees_personal_data(self):
        return self.role == Role.SECRETARY or self.is_admin_role

    @property
    def can_edit_registry(self):
        return self.role in {Role.SECRETARY} or self.is_admin_role

    def __str__(self):
        if self.name_en and get_language() == "en":
            return self.name_en
        full = self.get_full_name()
        return full or self.username


class Person(models.Model):
    """One of the municipality's own people: a traveller, a signatory, an owner of a commitment."""

    name_fa = models.CharField(_("name (Persian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_key = models.CharField(_("matching key"), max_length=200, db_index=True, editable=False)
    position = models.CharField(_("position"), max_length=200, blank=True)
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    passport_number = models.CharField(_("passport number"), max_length=30, blank=True)
    national_id = models.CharField(_("national ID"), max_length=20, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name_fa"]

    def save(self, *args, **kwargs):
        self.name_key = normalize_name(self.name_fa)
        super().save(*args, **kwargs)

    @property
    def name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name_fa

    def __str__(self):
        return self.name


class AuditEntry(models.Model):
    """One line of the single audit trail: who did what to which record, when, with what data."""

    action = models.CharField(_("action"), max_length=100, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("actor"), null=True, blank=True, on_delete=models.SET_NULL
    )
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    content_type = models.ForeignKey(ContentType, verbose_name=_("record type"), on_delete=models.CASCADE)
    object_id = models.CharField(_("record ID"), max_length=64)
    object_repr = models.CharField(_("record"), max_length=300)
    data = models.JSONField(_("data"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "-at"])]

    def __str__(self):
        return f"{self.action} {self.object_repr}"

    @property
    def label(self):
        from .audit import label

        return label(self.action)


class TaskRun(models.Model):
    """A background task: queued, run by `run_tasks` (or at once in development), with its outcome."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    name = models.CharField(_("task"), max_length=100)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    result = models.JSONField(_("result"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("task run")
        verbose_name_plural = _("task runs")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"
