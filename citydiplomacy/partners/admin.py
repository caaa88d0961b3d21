from django.contrib import admin

from citydiplomacy.core.admin import AuditedAdmin, ReadOnlyAdmin

from .models import City, Contact, Country, Note, Organization, Position


@admin.register(Country)
class CountryAdmin(AuditedAdmin):
    list_display = ("iso2", "name_en", "name_fa")
    search_fields = ("name_en", "name_fa", "iso2")


@admin.register(City)
class CityAdmin(AuditedAdmin):
    list_display = ("name_en", "name_fa", "country")
    search_fields = ("name_en", "name_fa")
    list_filter = ("country",)


admin.site.register([Contact, Note, Organization, Position], ReadOnlyAdmin)
