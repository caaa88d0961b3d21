from django.urls import path

from .views import CouncilReportView

urlpatterns = [
    path("reports/council/", CouncilReportView.as_view(), name="api-council-report"),
]
