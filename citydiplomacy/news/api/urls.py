from rest_framework.routers import DefaultRouter

from .views import CorrectionViewSet, StoryViewSet

router = DefaultRouter()
router.register("news/stories", StoryViewSet, basename="news-story")
router.register("news/corrections", CorrectionViewSet, basename="news-correction")
urlpatterns = router.urls
