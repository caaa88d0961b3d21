from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("council/", views.council, name="council"),
    path("council/report.pdf", views.council_pdf, name="council_pdf"),
    path("council/report.xlsx", views.council_xlsx, name="council_xlsx"),
]
