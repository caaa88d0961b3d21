from django.urls import path

from . import views
from .imports import views as import_views

app_name = "missions"
urlpatterns = [
    path("", views.mission_list, name="list"),
    path("new/", views.mission_create, name="create"),
    path("<int:pk>/", views.mission_detail, name="detail"),
    path("<int:pk>/edit/", views.mission_edit, name="edit"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/approve/", views.approve, name="approve"),
    path("<int:pk>/reject/", views.reject, name="reject"),
    path("<int:pk>/send-back/", views.send_back, name="send_back"),
    path("<int:pk>/realize/", views.realize, name="realize"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/report/", views.report, name="report"),
    path("<int:pk>/attach/", views.attach, name="attach"),
    path("<int:pk>/attachments/<int:attachment_pk>/", views.attachment_file, name="attachment"),
    path("sessions/", views.session_list, name="session_list"),
    path("sessions/new/", views.session_create, name="session_create"),
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/agenda/", views.session_agenda_add, name="session_agenda_add"),
    path(
        "sessions/<int:pk>/agenda/<int:mission_pk>/remove/",
        views.session_agenda_remove,
        name="session_agenda_remove",
    ),
    path("sessions/<int:pk>/minutes.pdf", views.session_minutes, name="session_minutes"),
    path("import/", import_views.import_page, name="import"),
    path("import/template.xlsx", import_views.import_template, name="import_template"),
]
