from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .models import Country


@login_required
def country_list(request):
    if not request.user.sees_reports:
        raise PermissionDenied
    return render(request, "partners/country_list.html", {"countries": Country.objects.order_by("name_en")})
