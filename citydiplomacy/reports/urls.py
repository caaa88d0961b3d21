from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("council/", views.council, name="council"),
]
