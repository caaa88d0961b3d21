"""The catalogue of what the city can offer abroad, and the pipeline of leads from inquiry to after-sales."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.core.uploads import UploadPath


class OfferingKind(models.TextChoices):
    SOFTWARE = "software", _("Software system")
    KNOW_HOW = "know_how", _("Operating know-how")
    TRAINING = "training", _("Training course")
    ENGINEERING = "engineering", _("Technical or engineering service")
    EQUIPMENT = "equipment", _("Equipment")


class DeliveryModel(models.TextChoices):
    LICENCE = "licence", _("Licence")
    TURNKEY = "turnkey", _("Turnkey")
    TRAINING = "training", _("Training")
    CONSULTANCY = "consultancy", _("Consultancy")
    JOINT_VENTURE = "joint_venture", _("Joint venture")


class Currency(models.TextChoices):
    IRR = "IRR", _("Iranian rial")
    USD = "USD", _("US dollar")
    EUR = "EUR", _("Euro")
    AED = "AED", _("UAE dirham")
    IQD = "IQD", _("Iraqi dinar")
    CNY = "CNY", _("Chinese yuan")
    RUB = "RUB", _("Russian rouble")
    TRY = "TRY", _("Turkish lira")
    AFN = "AFN", _("Afghan afghani")
    TJS = "TJS", _("Tajik somoni")
    AMD = "AMD", _("Armenian dram")
    AZN = "AZN", _("Azerbaijani manat")


class Offering(models.Model):
    """Something the city can sell or share abroad: a system, know-how, a course, a service, equipment."""

    name_fa = models.CharField(_("name (Persian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ar = models.CharField(_("name (Arabic)"), max_length=200, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    description_fa = models.TextField(_("description (Persian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OfferingKind.choices, db_index=True)
    unit = models.ForeignKey(
        "core.Unit", verbose_name=_("owning unit"), on_delete=models.PROTECT, related_name="offerings"
    )
    contact = models.ForeignKey(
        "core.Person", verbose_name=_("contact"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="offerings",
    )  # fmt: skip
    in_use_since = models.DateField(_("in use in our city since"), null=True, blank=True)
    users_served = models.PositiveBigIntegerField(_("users or citizens served"), null=True, blank=True)
    reference_cities = models.ManyToManyField(
        "partners.City", verbose_name=_("cities already using it"), blank=True, related_name="offerings"
    )
    reference_agreements = models.ManyToManyField(
        "agreements.Agreement", verbose_name=_("reference agreements"), blank=True, related_name="offerings"
    )
    delivery_models = models.JSONField(_("delivery models"), default=list, blank=True)
    price_min = models.DecimalField(_("indicative price from"), max_digits=20, decimal_places=2, null=True,
                                    blank=True)  # fmt: skip
    price_max = models.DecimalField(_("indicative price to"), max_digits=20, decimal_places=2, null=True,
                                    blank=True)  # fmt: skip
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.USD)
    languages = models.CharField(_("languages available"), max_length=200, blank=True)
    public = models.BooleanField(_("shown in the public catalogue"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("offering")
        verbose_name_plural = _("offerings")
        ordering = ["name_en", "pk"]

    @property
    def name(self):
        return self.name_en if get_language() == "en" else self.name_fa

    @property
    def description(self):
        return self.description_en if get_language() == "en" else self.description_fa

    def delivery_model_labels(self):
        labels = dict(DeliveryModel.choices)
        return [str(labels.get(code, code)) for code in self.delivery_models]

    def __str__(self):
        return self.name


class OfferingFile(models.Model):
    """An image or a document of an offering (a screenshot, a brochure, a case study), checked by its content."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        DOCUMENT = "document", _("Document")

    offering = models.ForeignKey(
        Offering, verbose_name=_("offering"), on_delete=models.CASCADE, related_name="files"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=UploadPath("offerings"))
    public = models.BooleanField(_("shown in the public catalogue"), default=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True,
                                    on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("offering file")
        verbose_name_plural = _("offering files")
        ordering = ["kind", "pk"]

    def __str__(self):
        return self.title


class CatalogueSettings(models.Model):
    """One row: whether the office has switched the public catalogue on."""

    public_catalogue = models.BooleanField(_("public catalogue switched on"), default=False)

    class Meta:
        verbose_name = _("catalogue settings")
        verbose_name_plural = _("catalogue settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls(public_catalogue=False)


class BrochureTemplate(models.Model):
    """The office's text of a brochure, per language, with {placeholders} filled from the offering."""

    language = models.CharField(_("language"), max_length=2, choices=[("fa", _("Persian")), ("en", _("English"))],
                                unique=True)  # fmt: skip
    heading = models.CharField(_("heading"), max_length=300)
    body = models.TextField(_("body"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("brochure template")
        verbose_name_plural = _("brochure templates")

    def __str__(self):
        return self.get_language_display()


class ExchangeRate(models.Model):
    """How many units of the report currency one unit of `currency` was worth from `valid_from` on."""

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    valid_from = models.DateField(_("valid from"))
    rate = models.DecimalField(_("rate"), max_digits=24, decimal_places=10)

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "valid_from"], name="one_rate_per_currency_day"),
            models.CheckConstraint(condition=models.Q(rate__gt=0), name="rate_positive"),
        ]

    def __str__(self):
        return f"{self.currency} {self.valid_from}: {self.rate}"


class Stage(models.TextChoices):
    INQUIRY = "inquiry", _("Inquiry")
    PRESENTATION = "presentation", _("Presentation or demonstration")
    PROPOSAL = "proposal", _("Proposal sent")
    NEGOTIATION = "negotiation", _("Negotiation")
    WON = "won", _("Won")
    LOST = "lost", _("Lost")
    DELIVERY = "delivery", _("Delivery")
    AFTER_SALES = "after_sales", _("After-sales")


# The order of the pipeline; `lost` stands beside it.
STAGE_ORDER = [Stage.INQUIRY, Stage.PRESENTATION, Stage.PROPOSAL, Stage.NEGOTIATION, Stage.WON, Stage.DELIVERY,
               Stage.AFTER_SALES]  # fmt: skip
OPEN_STAGES = (Stage.INQUIRY, Stage.PRESENTATION, Stage.PROPOSAL, Stage.NEGOTIATION)
WON_STAGES = (Stage.WON, Stage.DELIVERY, Stage.AFTER_SALES)
DEFAULT_PROBABILITY = {
    Stage.INQUIRY: 10, Stage.PRESENTATION: 25, Stage.PROPOSAL: 50, Stage.NEGOTIATION: 75,
    Stage.WON: 100, Stage.DELIVERY: 100, Stage.AFTER_SALES: 100, Stage.LOST: 0,
}  # fmt: skip


class StageProbability(models.Model):
    """The chance, in percent, that a lead in a stage is won: set by the administrator, weights the pipeline."""

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, unique=True)
    probability = models.PositiveSmallIntegerField(_("probability (%)"))

    class Meta:
        verbose_name = _("stage probability")
        verbose_name_plural = _("stage probabilities")
        constraints = [
            models.CheckConstraint(condition=models.Q(probability__lte=100), name="probability_le_100")
        ]

    def __str__(self):
        return f"{self.get_stage_display()}: {self.probability}%"

    @classmethod
    def table(cls):
        """Stage → probability: the administrator's, else the default (read by a plain statement)."""
        from citydiplomacy.core.sql import fetch, quoted

        return cls.with_defaults(
            fetch(f"SELECT {quoted(cls, 'stage')}, {quoted(cls, 'probability')} FROM {quoted(cls)}")
        )

    @staticmethod
    def with_defaults(pairs):
        """The table from the administrator's (stage, probability) pairs, the default for the other stages (the
        board and the report read the pairs within their own statements)."""
        table = {str(k): v for k, v in DEFAULT_PROBABILITY.items()}
        table.update(pairs)
        return table


class LossReason(models.Model):
    """A reason a lead is lost, from the list the office keeps."""

    name_fa = models.CharField(_("name (Persian)"), max_length=200, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("reason for a loss")
        verbose_name_plural = _("reasons for losses")
        ordering = ["name_fa"]

    def __str__(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name_fa


class Source(models.TextChoices):
    MISSION = "mission", _("Mission report")
    B2B = "b2b", _("Event B2B meeting")
    EMBASSY = "embassy", _("Embassy")
    NEWS = "news", _("News story")
    DIRECT = "direct", _("Direct")


class Lead(models.Model):
    """An inquiry from a partner about one or more offerings, followed until won or lost."""

    title = models.CharField(_("title"), max_length=300)
    partner_city = models.ForeignKey(
        "partners.City", verbose_name=_("partner city"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="export_leads",
    )  # fmt: skip
    partner_organization = models.ForeignKey(
        "partners.Organization", verbose_name=_("partner organization"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="export_leads",
        help_text=_("An organization, a company or an embassy of the registry."),
    )  # fmt: skip
    country = models.ForeignKey(
        "partners.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="export_leads"
    )
    offerings = models.ManyToManyField(Offering, verbose_name=_("offerings"), related_name="leads")
    source = models.CharField(_("source"), max_length=12, choices=Source.choices, default=Source.DIRECT)
    source_mission = models.ForeignKey(
        "missions.MissionRequest", verbose_name=_("from the mission"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="export_leads",
    )  # fmt: skip
    source_story = models.ForeignKey(
        "news.Story", verbose_name=_("from the news story"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="export_leads",
    )  # fmt: skip
    source_event = models.ForeignKey(
        "events.Event", verbose_name=_("from the event"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="export_leads",
    )  # fmt: skip
    source_note = models.CharField(_("where it came from"), max_length=300, blank=True)
    value = models.DecimalField(_("estimated value"), max_digits=20, decimal_places=2, default=0)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.USD)
    value_on = models.DateField(_("value as of"), default=dt.date.today,
                                help_text=_("The day the value was estimated or agreed: its rate converts it."))  # fmt: skip
    value_base = models.DecimalField(_("value in the report currency"), max_digits=24, decimal_places=2,
                                     default=0, editable=False)  # fmt: skip
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="export_leads",
    )  # fmt: skip
    next_action = models.CharField(_("next action"), max_length=300, blank=True)
    next_action_due = models.DateField(_("next action due on"), null=True, blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.INQUIRY)
    stage_since = models.DateTimeField(_("in this stage since"))
    lost_reason = models.ForeignKey(
        LossReason, verbose_name=_("reason for the loss"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="leads",
    )  # fmt: skip
    lost_note = models.TextField(_("note on the loss"), blank=True)
    agreement = models.OneToOneField(
        "agreements.Agreement", verbose_name=_("contract"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="export_lead",
    )  # fmt: skip
    won_on = models.DateField(_("won on"), null=True, blank=True)
    delivered_on = models.DateField(_("delivery started on"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # the board: a column is a range of this index, newest move first, newest lead on a tie
            models.Index(fields=["stage", "-stage_since", "-id"], name="lead_board_order"),
            models.Index(fields=["next_action_due"], name="lead_next_action_due"),
            models.Index(fields=["stage", "value_base"], name="lead_stage_value"),
            models.Index(fields=["won_on"], name="lead_won_on"),
            models.Index(fields=["delivered_on"], name="lead_delivered_on"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(value__gte=0), name="lead_value_not_negative"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("exports:lead_detail", args=[self.pk])

    @property
    def partner(self):
        return self.partner_organization or self.partner_city or self.country

    @property
    def is_open(self):
        return self.stage in OPEN_STAGES

    def is_overdue(self, today):
        return bool(self.is_open and self.next_action_due and self.next_action_due < today)


class Proposal(models.Model):
    """A proposal sent to the partner: a lead is won only with one on file."""

    lead = models.ForeignKey(Lead, verbose_name=_("lead"), on_delete=models.CASCADE, related_name="proposals")
    sent_on = models.DateField(_("sent on"))
    amount = models.DecimalField(_("amount"), max_digits=20, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.USD)
    reference = models.CharField(_("reference or letter number"), max_length=100)
    note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True,
                                   on_delete=models.SET_NULL, related_name="+")  # fmt: skip

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["-sent_on", "-pk"]

    def __str__(self):
        return self.reference


class StageChange(models.Model):
    """One move of a lead; `days_in_previous` is how long it had stood in the stage it left."""

    lead = models.ForeignKey(
        Lead, verbose_name=_("lead"), on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage = models.CharField(_("from"), max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=Stage.choices)
    at = models.DateTimeField(_("at"))
    days_in_previous = models.FloatField(_("days in the previous stage"), null=True)
    reason = models.TextField(_("reason"), blank=True)
    lost_reason = models.ForeignKey(LossReason, verbose_name=_("reason for the loss"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")  # fmt: skip
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL,
                             related_name="+")  # fmt: skip

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["at", "pk"]
        indexes = [
            models.Index(fields=["at", "from_stage"], name="stagechange_at"),
            models.Index(fields=["to_stage", "at"], name="stagechange_to_at"),
        ]

    def __str__(self):
        return f"{self.from_stage} → {self.to_stage}"


class ActivityKind(models.TextChoices):
    CALL = "call", _("Call")
    MEETING = "meeting", _("Meeting")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail")
    DEMO = "demo", _("Presentation or demonstration")
    OTHER = "other", _("Other")


class Activity(models.Model):
    lead = models.ForeignKey(
        Lead, verbose_name=_("lead"), on_delete=models.CASCADE, related_name="activities"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ActivityKind.choices)
    on = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL,
                             related_name="+")  # fmt: skip

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-on", "-pk"]
        indexes = [models.Index(fields=["lead", "-on"], name="activity_lead_on")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.on}"


class PipelineTally(models.Model):
    """Leads and their value per stage and country, and per stage and offering, kept by the services so that the
    board and the report read a few small rows (a lead about two offerings counts once for each)."""

    class Dimension(models.TextChoices):
        COUNTRY = "country", _("country")
        OFFERING = "offering", _("offering")

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    dimension = models.CharField(_("by"), max_length=10, choices=Dimension.choices)
    key = models.BigIntegerField(_("country or offering"))
    leads = models.IntegerField(_("leads"), default=0)
    value = models.DecimalField(_("value in the report currency"), max_digits=24, decimal_places=2, default=0)

    class Meta:
        verbose_name = _("pipeline tally")
        verbose_name_plural = _("pipeline tallies")
        constraints = [
            models.UniqueConstraint(fields=["dimension", "key", "stage"], name="one_pipeline_tally")
        ]

    def __str__(self):
        return f"{self.stage} {self.dimension} {self.key}: {self.leads}"


class DayTally(models.Model):
    """What happened on a day: contracts won, deliveries started, losses (per reason) and stage moves (per stage
    left, with the days spent in it). A report of any period sums the days it covers."""

    class Kind(models.TextChoices):
        WON = "won", _("won")
        LOST = "lost", _("lost")
        DELIVERED = "delivered", _("delivered")
        MOVE = "move", _("move")

    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    stage = models.CharField(_("stage"), max_length=20, blank=True)
    reason = models.BigIntegerField(_("reason for the loss"), default=0)
    count = models.IntegerField(_("count"), default=0)
    amount = models.DecimalField(
        _("value in the report currency"), max_digits=24, decimal_places=2, default=0
    )
    days = models.FloatField(_("days"), default=0)

    class Meta:
        verbose_name = _("day tally")
        verbose_name_plural = _("day tallies")
        constraints = [
            models.UniqueConstraint(fields=["kind", "day", "stage", "reason"], name="one_day_tally")
        ]

    def __str__(self):
        return f"{self.day} {self.kind}: {self.count}"
