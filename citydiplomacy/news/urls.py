from django.urls import path

from . import views

app_name = "news"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("stories/<int:pk>/", views.story_detail, name="story"),
    path("stories/<int:pk>/accept/", views.accept, name="accept"),
    path("stories/<int:pk>/correct/", views.correct, name="correct"),
    path("stories/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
    path("stories/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("stories/<int:pk>/merge/", views.merge, name="merge"),
    path("stories/<int:pk>/split/", views.split, name="split"),
    path("stories/<int:pk>/alias/", views.alias, name="alias"),
    path("paste/", views.paste, name="paste"),
    path("sources/", views.sources, name="sources"),
    path("sources/new/", views.source_edit, name="source_create"),
    path("sources/<int:pk>/", views.source_edit, name="source_edit"),
    path("sources/<int:pk>/fetch/", views.fetch_now, name="fetch"),
]
