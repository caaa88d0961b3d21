"""All REST endpoints under /api/; each app brings its own router."""

from django.urls import include, path
from rest_framework.authtoken.views import obtain_auth_token

urlpatterns = [
    path("token/", obtain_auth_token, name="api-token"),
    path("", include("citydiplomacy.missions.api.urls")),
    path("", include("citydiplomacy.reports.api.urls")),
    path("", include("citydiplomacy.partners.api.urls")),
    path("", include("citydiplomacy.memberships.api.urls")),
    path("", include("citydiplomacy.agreements.api.urls")),
    path("", include("citydiplomacy.news.api.urls")),
]
