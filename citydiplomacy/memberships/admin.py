from django.contrib import admin

from citydiplomacy.core.admin import ReadOnlyAdmin

from .models import Dues, Membership, Obligation, Seat, SeatTerm

admin.site.register([Dues, Membership, Obligation, Seat, SeatTerm], ReadOnlyAdmin)
