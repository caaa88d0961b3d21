from django.urls import path

from . import views

app_name = "partners"
urlpatterns = [
    path("countries/", views.country_list, name="country_list"),
]
