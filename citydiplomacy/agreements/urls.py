from django.urls import path

from . import views

app_name = "agreements"
urlpatterns = [
    path("", views.agreement_list, name="list"),
    path("new/", views.agreement_create, name="create"),
    path("import/", views.import_excel, name="import"),
    path("report/", views.report, name="report"),
    path("reminders/", views.reminders, name="reminders"),
    path("commitments/", views.commitment_list, name="commitment_list"),
    path("commitments/<int:pk>/deliver/", views.deliver, name="deliver"),
    path("commitments/<int:pk>/status/", views.commitment_status, name="commitment_status"),
    path("commitments/<int:pk>/evidence/", views.evidence_file, name="evidence_file"),
    path("<int:pk>/", views.agreement_detail, name="detail"),
    path("<int:pk>/edit/", views.agreement_edit, name="edit"),
    path("<int:pk>/file/", views.signed_file, name="file"),
    path("<int:pk>/status/", views.change_status, name="change_status"),
    path("<int:pk>/renew/", views.renew, name="renew"),
    path("<int:pk>/commitments/", views.add_commitment, name="add_commitment"),
    path("<int:pk>/missions/", views.link_mission, name="link_mission"),
    path("<int:pk>/follow-up/", views.follow_up, name="follow_up"),
    path("<int:pk>/roadmaps/", views.add_roadmap, name="add_roadmap"),
    path("<int:pk>/roadmaps/<int:roadmap_pk>/milestones/", views.add_milestone, name="add_milestone"),
    path("<int:pk>/milestones/<int:milestone_pk>/reached/", views.reach_milestone, name="reach_milestone"),
]
