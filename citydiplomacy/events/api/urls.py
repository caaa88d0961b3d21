from rest_framework.routers import DefaultRouter

from .views import EventViewSet, SessionViewSet

router = DefaultRouter()
router.register("events", EventViewSet, basename="event")
router.register("event-sessions", SessionViewSet, basename="event-session")
urlpatterns = [*router.urls]
