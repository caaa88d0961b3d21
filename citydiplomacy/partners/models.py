from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.persian import normalize_name


class PartnerKind(models.TextChoices):
    """The kinds of records the registry finds by name; also the `kind` segment of partner URLs."""

    COUNTRY = "country", _("Country")
    CITY = "city", _("City")
    ORGANIZATION = "organization", _("Organization")
    CONTACT = "contact", _("Person")
    AGREEMENT = "agreement", _("Agreement")


class BilingualName(models.Model):
    """Persian and English names with aliases; `name_key` and `alias_keys` are the normalized forms used to match."""

    name_fa = models.CharField(_("name (Persian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    name_keys = models.TextField(_("matching keys"), blank=True, editable=False)

    search_kind = None  # a PartnerKind; set on concrete models whose names go into the search index

    class Meta:
        abstract = True

    def all_names(self):
        return [n for n in [self.name_fa, self.name_en, *self.aliases] if n]

    def save(self, *args, **kwargs):
        keys = {normalize_name(n) for n in self.all_names()}
        self.name_keys = "|" + "|".join(sorted(keys)) + "|"
        super().save(*args, **kwargs)
        if self.search_kind:
            from .search import index_names

            index_names(self.search_kind, self.pk, self.all_names(), label=self.name_fa or self.name_en)

    def delete(self, *args, **kwargs):
        if self.search_kind:
            SearchName.objects.filter(kind=self.search_kind, object_id=self.pk).delete()
        return super().delete(*args, **kwargs)

    @property
    def name(self):
        return self.name_en if get_language() == "en" and self.name_en else self.name_fa

    def __str__(self):
        return self.name


class Country(BilingualName):
    iso2 = models.CharField(_("ISO code"), max_length=2, unique=True)
    iso3 = models.CharField(_("ISO alpha-3 code"), max_length=3, blank=True)

    search_kind = PartnerKind.COUNTRY

    def all_names(self):
        return [*super().all_names(), self.iso2, self.iso3]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name_en"]


class City(BilingualName):
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="cities"
    )

    search_kind = PartnerKind.CITY

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name_en"]
        constraints = [models.UniqueConstraint(fields=["country", "name_en"], name="unique_city_per_country")]


class OrganizationKind(models.TextChoices):
    CITY_ORGANIZATION = "city_org", _("International city organization")
    INTERNATIONAL = "international", _("International organization")
    NATIONAL = "national", _("National association")
    COMPANY = "company", _("Company")
    STARTUP = "startup", _("Startup")
    EMBASSY = "embassy", _("Embassy")
    CONSULATE = "consulate", _("Consulate")
    OTHER = "other", _("Other")


class Organization(BilingualName):
    """An international (city) organization, a company, an embassy or a consulate."""

    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices, db_index=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organizations",
        help_text=_("The country of a company or the country an embassy represents."),
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("seat city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organizations",
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    description = models.TextField(_("description"), blank=True)

    search_kind = PartnerKind.ORGANIZATION

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name_en"]

    def all_names(self):
        return [*super().all_names(), self.acronym] if self.acronym else super().all_names()

    def __str__(self):
        # the acronym (Latin letters: UCLG) only beside the English name; Persian pages give the Persian one
        english = get_language() == "en"
        return f"{self.name} ({self.acronym})" if self.acronym and english else self.name


class Contact(BilingualName):
    """A person the office deals with: a mayor, an ambassador, a secretary-general, one of our officials."""

    title = models.CharField(_("current position"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    person = models.OneToOneField(
        "core.Person",
        verbose_name=_("our official"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact",
        help_text=_("Set when the person is one of the municipality's own officials."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    passport_number = models.CharField(_("passport number"), max_length=30, blank=True)
    birth_date = models.DateField(_("date of birth"), null=True, blank=True)

    search_kind = PartnerKind.CONTACT
    PERSONAL_FIELDS = ("phone", "passport_number", "birth_date")

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name_en"]


class Position(models.Model):
    """A post a person held from one date to another: who was the mayor of Beijing in 2019?"""

    contact = models.ForeignKey(
        Contact, verbose_name=_("person"), on_delete=models.CASCADE, related_name="positions"
    )
    title_fa = models.CharField(_("title (Persian)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="positions",
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="positions",
    )
    start_on = models.DateField(_("from"), null=True, blank=True)
    end_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["-start_on", "-id"]
        indexes = [
            models.Index(fields=["organization", "start_on"]),
            models.Index(fields=["city", "start_on"]),
        ]

    @property
    def title(self):
        return self.title_en if get_language() == "en" and self.title_en else self.title_fa

    def held_on(self, day):
        return (self.start_on is None or self.start_on <= day) and (self.end_on is None or day <= self.end_on)

    def __str__(self):
        return f"{self.contact}: {self.title}"


class Note(models.Model):
    """A dated note about a partner, shown on its timeline."""

    partner_kind = models.CharField(_("partner kind"), max_length=20, choices=PartnerKind.choices)
    partner_id = models.PositiveBigIntegerField(_("partner"))
    text = models.TextField(_("note"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("written at"), default=timezone.now)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["partner_kind", "partner_id", "-created_at"])]

    def __str__(self):
        return self.text[:60]


class SearchName(models.Model):
    """One normalized name (or the tail of a name from a word on) pointing at a record; B-tree indexed.

    Filled on save; a search is one prefix lookup on `key`, whatever the number of records.
    """

    key = models.CharField(_("key"), max_length=200, db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    object_id = models.PositiveBigIntegerField(_("record ID"))
    label = models.CharField(_("name"), max_length=300)

    class Meta:
        verbose_name = _("search name")
        verbose_name_plural = _("search names")
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self):
        return self.key
