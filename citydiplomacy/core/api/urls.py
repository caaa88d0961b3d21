"""All REST endpoints under /api/; each app brings its own router."""

from django.urls import include, path

from citydiplomacy.core.security import obtain_auth_token_view

urlpatterns = [
    path("token/", obtain_auth_token_view(), name="api-token"),
    path("", include("citydiplomacy.missions.api.urls")),
    path("", include("citydiplomacy.reports.api.urls")),
    path("", include("citydiplomacy.partners.api.urls")),
    path("", include("citydiplomacy.memberships.api.urls")),
    path("", include("citydiplomacy.agreements.api.urls")),
    path("", include("citydiplomacy.exports.api.urls")),
    path("", include("citydiplomacy.events.api.urls")),
    path("", include("citydiplomacy.awards.api.urls")),
    path("", include("citydiplomacy.news.api.urls")),
]
