from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import ActivityViewSet, LeadViewSet, OfferingViewSet, report

router = DefaultRouter()
router.register("offerings", OfferingViewSet, basename="offering")
router.register("leads", LeadViewSet, basename="lead")
router.register("lead-activities", ActivityViewSet, basename="lead-activity")
urlpatterns = [path("exports-report/", report, name="exports-report"), *router.urls]
