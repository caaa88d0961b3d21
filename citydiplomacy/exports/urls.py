from django.urls import path

from . import views

app_name = "exports"
urlpatterns = [
    path("", views.offering_list, name="offering_list"),
    path("offerings/new/", views.offering_create, name="offering_create"),
    path("offerings/<int:pk>/", views.offering_detail, name="offering_detail"),
    path("offerings/<int:pk>/edit/", views.offering_edit, name="offering_edit"),
    path("offerings/<int:pk>/brochure.pdf", views.brochure, name="brochure"),
    path("offerings/<int:pk>/files/", views.add_offering_file, name="add_offering_file"),
    path("offerings/<int:pk>/files/<int:file_pk>/", views.offering_file, name="offering_file"),
    path(
        "offerings/<int:pk>/files/<int:file_pk>/remove/",
        views.remove_offering_file,
        name="remove_offering_file",
    ),
    path("catalogue.pdf", views.catalogue_pdf, name="catalogue_pdf"),
    path("catalogue/", views.public_catalogue, name="public_catalogue"),
    path("settings/", views.settings_page, name="settings"),
    path("board/", views.board_page, name="board"),
    path("leads/", views.lead_list, name="lead_list"),
    path("leads/new/", views.lead_create, name="lead_create"),
    path("leads/<int:pk>/", views.lead_detail, name="lead_detail"),
    path("leads/<int:pk>/edit/", views.lead_edit, name="lead_edit"),
    path("leads/<int:pk>/move/", views.lead_move, name="lead_move"),
    path("leads/<int:pk>/proposals/", views.add_proposal, name="add_proposal"),
    path("leads/<int:pk>/activities/", views.add_activity, name="add_activity"),
    path("report/", views.report_page, name="report"),
    path("report.pdf", views.report_pdf, name="report_pdf"),
    path("report.xlsx", views.report_xlsx, name="report_xlsx"),
]
