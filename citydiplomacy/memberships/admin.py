from django.contrib import admin

from .models import Dues, Membership, Obligation, Seat, SeatTerm

admin.site.register([Dues, Membership, Obligation, Seat, SeatTerm])
