from django.urls import path

from . import public, views

app_name = "awards"
urlpatterns = [
    path("", views.edition_list, name="list"),
    path("new/", views.edition_create, name="edition_create"),
    path("<int:pk>/", views.edition_detail, name="edition"),
    path("<int:pk>/edit/", views.edition_edit, name="edition_edit"),
    path("<int:pk>/categories/", views.add_category, name="add_category"),
    path("<int:pk>/criteria/", views.add_criterion, name="add_criterion"),
    path("<int:pk>/jurors/", views.add_juror, name="add_juror"),
    path("<int:pk>/assign/", views.assign_all, name="assign_all"),
    path("<int:pk>/conflicts/", views.record_conflict, name="record_conflict"),
    path("<int:pk>/entries/", views.entry_list, name="entries"),
    path("<int:pk>/results/", views.results, name="results"),
    path("<int:pk>/publish/", views.publish, name="publish"),
    path("jurors/<int:pk>/conflicts/", views.add_conflict, name="add_conflict"),
    path("jurors/<int:pk>/remind/", views.remind, name="remind"),
    path("entries/<int:pk>/", views.entry_detail, name="entry"),
    path("entries/<int:pk>/score/", views.score, name="score"),
    path("entries/<int:pk>/decide/", views.decide, name="decide"),
    path("entries/<int:pk>/certificate.pdf", views.certificate, name="certificate"),
    path("files/<int:pk>/", views.entry_file, name="file"),
    # Public, no login
    path("call/<slug:slug>/", public.call, name="call"),
    path("confirm/<str:token>/", public.confirm, name="confirm"),
    path("entry/<str:key>/", public.private, name="private"),
    path("entry/<str:key>/confirm/", public.resend, name="resend"),
    path("entry/<str:key>/files/<int:pk>/", public.private_file, name="private_file"),
    path("entry/<str:key>/files/<int:pk>/delete/", public.private_file_delete, name="private_file_delete"),
    path("results/<slug:slug>/", public.public_results, name="public_results"),
]
