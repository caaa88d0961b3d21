"""Who may read and change memberships of international organizations, their dues and obligations, seats.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format).
"""

import datetime as dt

from citydiplomacy.core.tests.matrix import DENIED, OK, jurors_denied, roles


def world(users):
    from citydiplomacy.memberships import services
    from citydiplomacy.partners import services as partners
    from citydiplomacy.partners.models import Country

    secretary = users["secretary"]
    organization = partners.create_partner(
        "organization", secretary, name_fa="متروپلیس", name_en="Metropolis", kind="international",
        country=Country.objects.get(iso2="ES"),
    )  # fmt: skip
    membership = services.create_membership(secretary, organization=organization, since=dt.date(2015, 1, 1))
    dues = services.record_dues(membership, secretary, year=2025, due_on=dt.date(2025, 3, 1))
    obligation = services.add_obligation(membership, secretary, kind="report", title="Annual report")
    seat = services.create_seat(secretary, organization=organization, title_fa="کرسی", title_en="Board seat")
    return {"membership": membership, "dues": dues, "obligation": obligation, "seat": seat}


PAGES = {
    "memberships:list": {"GET": roles(OK, jury=DENIED)},
    "memberships:create": {
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:detail": {"args": ["membership"], "GET": roles(OK, jury=DENIED)},
    "memberships:edit": {
        "args": ["membership"],
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:add_dues": {
        "args": ["membership"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:pay_dues": {
        "args": ["membership", "dues"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:end": {
        "args": ["membership"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:add_obligation": {
        "args": ["membership"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:complete_obligation": {
        "args": ["membership", "obligation"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:seat_list": {"GET": roles(OK, jury=DENIED)},
    "memberships:seat_create": {
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "memberships:seat_detail": {"args": ["seat"], "GET": roles(OK, jury=DENIED)},
    "memberships:add_term": {
        "args": ["seat"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
}
API = {
    "GET /api/memberships/": roles(OK, jury=DENIED),
    "GET /api/memberships/{id}/": ("membership", roles(OK, jury=DENIED)),
    "GET /api/seats/": roles(OK, jury=DENIED),
    "GET /api/seats/{id}/": ("seat", roles(OK, jury=DENIED)),
    "GET /api/seats/{id}/held-on/": ("seat", roles(OK, jury=DENIED)),
    "PATCH /api/memberships/{id}/": ("membership", roles(DENIED, secretary=OK, admin=OK)),
    "POST /api/memberships/": roles(DENIED, secretary=OK, admin=OK),
    "POST /api/memberships/{id}/dues/": (
        "membership",
        roles(DENIED, secretary=OK, admin=OK),
    ),
    "POST /api/memberships/{id}/pay/": (
        "membership",
        roles(DENIED, secretary=OK, admin=OK),
    ),
    "POST /api/seats/": roles(DENIED, secretary=OK, admin=OK),
    "POST /api/seats/{id}/terms/": ("seat", roles(DENIED, secretary=OK, admin=OK)),
    "PUT /api/memberships/{id}/": ("membership", roles(DENIED, secretary=OK, admin=OK)),
}


jurors_denied(PAGES, API)
