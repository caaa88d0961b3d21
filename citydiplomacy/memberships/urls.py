from django.urls import path

from . import views

app_name = "memberships"
urlpatterns = [
    path("", views.membership_list, name="list"),
    path("new/", views.membership_create, name="create"),
    path("<int:pk>/", views.membership_detail, name="detail"),
    path("<int:pk>/edit/", views.membership_edit, name="edit"),
    path("<int:pk>/dues/", views.add_dues, name="add_dues"),
    path("<int:pk>/dues/<int:dues_pk>/pay/", views.pay_dues, name="pay_dues"),
    path("<int:pk>/end/", views.end, name="end"),
    path("<int:pk>/obligations/", views.add_obligation, name="add_obligation"),
    path(
        "<int:pk>/obligations/<int:obligation_pk>/done/",
        views.complete_obligation,
        name="complete_obligation",
    ),
    path("seats/", views.seat_list, name="seat_list"),
    path("seats/new/", views.seat_create, name="seat_create"),
    path("seats/<int:pk>/", views.seat_detail, name="seat_detail"),
    path("seats/<int:pk>/terms/", views.add_term, name="add_term"),
]
