from rest_framework.routers import DefaultRouter

from .views import CommitteeSessionViewSet, MissionRequestViewSet, PersonViewSet, UnitViewSet

router = DefaultRouter()
router.register("missions", MissionRequestViewSet, basename="mission")
router.register("sessions", CommitteeSessionViewSet, basename="session")
router.register("units", UnitViewSet, basename="unit")
router.register("people", PersonViewSet, basename="person")
urlpatterns = router.urls
