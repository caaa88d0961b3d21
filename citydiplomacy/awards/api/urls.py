from django.urls import path
from rest_framework.routers import DefaultRouter

from .views import CategoryViewSet, EditionViewSet, EntryViewSet, ScoreViewSet, results

router = DefaultRouter()
router.register("award-editions", EditionViewSet, basename="award-edition")
router.register("award-categories", CategoryViewSet, basename="award-category")
router.register("award-entries", EntryViewSet, basename="award-entry")
router.register("award-scores", ScoreViewSet, basename="award-score")
urlpatterns = [path("award-editions/<int:pk>/results/", results, name="award-results"), *router.urls]
