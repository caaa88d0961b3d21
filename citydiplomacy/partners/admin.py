from django.contrib import admin

from .models import City, Country


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("iso2", "name_en", "name_fa")
    search_fields = ("name_en", "name_fa", "iso2")


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ("name_en", "name_fa", "country")
    search_fields = ("name_en", "name_fa")
    list_filter = ("country",)


from .models import Contact, Note, Organization, Position  # noqa: E402

admin.site.register([Contact, Note, Organization, Position])
