from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import (
    EventViewSet,
    ExhibitorViewSet,
    InvitationViewSet,
    MeetingRequestViewSet,
    MeetingViewSet,
    SessionViewSet,
    report,
)

router = DefaultRouter()
router.register("events", EventViewSet, basename="event")
router.register("event-sessions", SessionViewSet, basename="event-session")
router.register("event-invitations", InvitationViewSet, basename="event-invitation")
router.register("event-exhibitors", ExhibitorViewSet, basename="event-exhibitor")
router.register("event-meeting-requests", MeetingRequestViewSet, basename="event-meeting-request")
router.register("event-meetings", MeetingViewSet, basename="event-meeting")
urlpatterns = [path("events-report/", report, name="events-report"), *router.urls]
