from django.db import models
from django.utils.translation import gettext_lazy as _


class ManagementTerm(models.Model):
    """A city-management term (دوره مدیریت شهری), configured by the administrator."""

    name_fa = models.CharField(_("name (Persian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))

    class Meta:
        verbose_name = _("city-management term")
        verbose_name_plural = _("city-management terms")
        ordering = ["start_date"]

    def __str__(self):
        from django.utils.translation import get_language

        return self.name_en if get_language() == "en" and self.name_en else self.name_fa
