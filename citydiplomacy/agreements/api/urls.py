from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import AgreementViewSet, CommitmentViewSet, RepresentativeViewSet, RoadmapViewSet, report

router = DefaultRouter()
router.register("agreements", AgreementViewSet, basename="agreement")
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("representatives", RepresentativeViewSet, basename="representative")
router.register("roadmaps", RoadmapViewSet, basename="roadmap")
urlpatterns = [path("agreements-report/", report, name="agreements-report"), *router.urls]
