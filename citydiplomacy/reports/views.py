from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render


@login_required
def council(request):
    if not request.user.sees_reports:
        raise PermissionDenied
    return render(request, "reports/council.html", {})
