"""GET /api/reports/council/: the council report as JSON, with the key names of the issue."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from citydiplomacy.lib.jalali import InvalidDate

from ..services import council_report, period_from_params


class SeesReports(BasePermission):
    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.sees_reports)


def _date_parameter(name, description):
    return OpenApiParameter(name, OpenApiTypes.STR, OpenApiParameter.QUERY, description=description)


class CouncilReportView(APIView):
    permission_classes = [IsAuthenticated, SeesReports]

    @extend_schema(
        operation_id="council_report",
        summary="The council report for a period",
        description=(
            "Figures of the foreign-trips committee and of the missions for a period: requests, decisions, "
            "rates, trips, persons, destinations, report compliance, the previous period of equal length, "
            "each Jalali year since 1392 and each city-management term. Rates are null when there is "
            "nothing to divide by. Without parameters: the current Jalali year so far."
        ),
        parameters=[
            _date_parameter("from", "First day, Jalali (1401-06-01) or ISO (2022-08-23)."),
            _date_parameter("to", "Last day, Jalali (1401-12-29) or ISO (2023-03-20)."),
            OpenApiParameter(
                "year", OpenApiTypes.INT, OpenApiParameter.QUERY, description="A whole Jalali year."
            ),
            OpenApiParameter(
                "term", OpenApiTypes.INT, OpenApiParameter.QUERY, description="A city-management term's id."
            ),
        ],
        responses={200: OpenApiTypes.OBJECT},
        tags=["reports"],
    )
    def get(self, request):
        try:
            period = period_from_params(request.query_params)
        except InvalidDate as exc:
            raise ValidationError({"detail": str(exc)}) from None
        return Response(council_report(period.start, period.end))
