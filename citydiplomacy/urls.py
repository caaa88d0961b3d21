from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

urlpatterns = [
    path("", include("citydiplomacy.core.urls")),
    path("login/", auth_views.LoginView.as_view(template_name="core/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("missions/", include("citydiplomacy.missions.urls")),
    path("reports/", include("citydiplomacy.reports.urls")),
    path("partners/", include("citydiplomacy.partners.urls")),
    path("news/", include("citydiplomacy.news.urls")),
    path("memberships/", include("citydiplomacy.memberships.urls")),
    path("agreements/", include("citydiplomacy.agreements.urls")),
    path("awards/", include("citydiplomacy.awards.urls")),
    path("api/", include("citydiplomacy.core.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler403 = "citydiplomacy.core.views.error_403"
handler404 = "citydiplomacy.core.views.error_404"
handler500 = "citydiplomacy.core.views.error_500"
