from django.urls import path

from . import guest_views, report_views, views

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("new/", views.event_create, name="create"),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("<int:pk>/edit/", views.event_edit, name="edit"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/postpone/", views.postpone, name="postpone"),
    path("<int:pk>/follow-up/", views.add_follow_up, name="add_follow_up"),
    path("<int:pk>/follow-up/<int:action_pk>/commit/", views.commit_action, name="commit_action"),
    path("<int:pk>/link-mission/", views.link_mission, name="link_mission"),
    path("<int:pk>/link-agreement/", views.link_agreement, name="link_agreement"),
    path("<int:pk>/programme/", views.programme, name="programme"),
    path("<int:pk>/programme.pdf", views.programme_pdf_view, name="programme_pdf"),
    path("<int:pk>/programme.ics", views.programme_ics, name="programme_ics"),
    path("<int:pk>/sessions/new/", views.session_create, name="session_create"),
    path("<int:pk>/sessions/<int:session_pk>/edit/", views.session_edit, name="session_edit"),
    path("<int:pk>/sessions/<int:session_pk>/delete/", views.session_delete, name="session_delete"),
    path("people/<int:contact_pk>/sessions/", views.person_sessions, name="person_sessions"),
    path("people/<int:contact_pk>/sessions.ics", views.person_ics, name="person_ics"),
    path("feeds/<str:token>.ics", views.feed, name="feed"),
    path("<int:pk>/guests/", guest_views.guest_list, name="guests"),
    path(
        "<int:pk>/guests/<int:invitation_pk>/<slug:action>/",
        guest_views.invitation_action,
        name="invitation_action",
    ),
    path(
        "<int:pk>/guests/<int:invitation_pk>/letter/<slug:kind>/<slug:language>.pdf",
        guest_views.letter,
        name="letter",
    ),
    path("<int:pk>/badges.pdf", guest_views.badges, name="badges"),
    path("<int:pk>/check-in/", guest_views.check_in, name="check_in"),
    path("<int:pk>/guest-counts.json", guest_views.guest_counts, name="guest_counts"),
    path("letter-templates/", guest_views.letter_templates, name="letter_templates"),
    path("report/", report_views.report, name="report"),
    path("report.pdf", report_views.report_pdf_view, name="report_pdf"),
    path("report.xlsx", report_views.report_xlsx_view, name="report_xlsx"),
]
