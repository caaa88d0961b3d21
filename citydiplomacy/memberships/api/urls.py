from rest_framework.routers import DefaultRouter

from .views import MembershipViewSet, SeatViewSet

router = DefaultRouter()
router.register("memberships", MembershipViewSet, basename="membership")
router.register("seats", SeatViewSet, basename="seat")
urlpatterns = router.urls
