from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import CityViewSet, ContactViewSet, CountryViewSet, OrganizationViewSet, registry_search

router = DefaultRouter()
router.register("countries", CountryViewSet, basename="country")
router.register("cities", CityViewSet, basename="city")
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("contacts", ContactViewSet, basename="contact")
urlpatterns = [path("registry/search/", registry_search, name="registry-search"), *router.urls]
