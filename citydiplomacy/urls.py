from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from citydiplomacy.core.forms import PasswordChangeForm

urlpatterns = [
    path("", include("citydiplomacy.core.urls")),
    path("login/", auth_views.LoginView.as_view(template_name="core/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        auth_views.PasswordChangeView.as_view(
            template_name="core/password_change.html", form_class=PasswordChangeForm
        ),
        name="password_change",
    ),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(template_name="core/password_change_done.html"),
        name="password_change_done",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("missions/", include("citydiplomacy.missions.urls")),
    path("reports/", include("citydiplomacy.reports.urls")),
    path("partners/", include("citydiplomacy.partners.urls")),
    path("news/", include("citydiplomacy.news.urls")),
    path("memberships/", include("citydiplomacy.memberships.urls")),
    path("agreements/", include("citydiplomacy.agreements.urls")),
    path("exports/", include("citydiplomacy.exports.urls")),
    path("events/", include("citydiplomacy.events.urls")),
    path("awards/", include("citydiplomacy.awards.urls")),
    path("api/", include("citydiplomacy.core.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script as a file, so the Content-Security-Policy needs no inline script.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path(settings.ADMIN_PATH, admin.site.urls),
]

# No URL serves MEDIA_ROOT: each uploaded file has a view that checks its record's permission (core/files.py).

handler403 = "citydiplomacy.core.views.error_403"
handler404 = "citydiplomacy.core.views.error_404"
handler500 = "citydiplomacy.core.views.error_500"
