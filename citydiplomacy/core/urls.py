from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("tasks/", views.task_runs, name="tasks"),
    path("healthz", views.healthz, name="healthz"),
    path("about/", views.about, name="about"),
]
