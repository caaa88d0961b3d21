from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citydiplomacy.lib.persian import normalize_name


class BilingualName(models.Model):
    """Persian and English names with aliases; `name_key` and `alias_keys` are the normalized forms used to match."""

    name_fa = models.CharField(_("name (Persian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    name_keys = models.TextField(_("matching keys"), blank=True, editable=False)

    class Meta:
        abstract = True

    def all_names(self):
        return [n for n in [self.name_fa, self.name_en, *self.aliases] if n]

    def save(self, *args, **kwargs):
        keys = {normalize_name(n) for n in self.all_names()}
        self.name_keys = "|" + "|".join(sorted(keys)) + "|"
        super().save(*args, **kwargs)

    @property
    def name(self):
        return self.name_en if get_language() == "en" else self.name_fa

    def __str__(self):
        return self.name


class Country(BilingualName):
    iso2 = models.CharField(_("ISO code"), max_length=2, unique=True)
    iso3 = models.CharField(_("ISO alpha-3 code"), max_length=3, blank=True)

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

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name_en"]
        constraints = [models.UniqueConstraint(fields=["country", "name_en"], name="unique_city_per_country")]
