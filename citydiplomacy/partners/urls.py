from django.urls import path

from . import views

app_name = "partners"
urlpatterns = [
    path("countries/", views.country_list, name="country_list"),
    path("search/", views.registry_search, name="search"),
    path("contact/<int:pk>/positions/", views.add_position, name="add_position"),
    path("<slug:kind>/", views.partner_list, name="list"),
    path("<slug:kind>/new/", views.partner_create, name="create"),
    path("<slug:kind>/<int:pk>/", views.partner_detail, name="detail"),
    path("<slug:kind>/<int:pk>/edit/", views.partner_edit, name="edit"),
    path("<slug:kind>/<int:pk>/notes/", views.add_note, name="add_note"),
]
