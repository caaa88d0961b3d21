from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import EventViewSet, SessionViewSet, report

router = DefaultRouter()
router.register("events", EventViewSet, basename="event")
router.register("event-sessions", SessionViewSet, basename="event-session")
urlpatterns = [path("events-report/", report, name="events-report"), *router.urls]
