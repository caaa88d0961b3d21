"""Who may read and edit the registry of partners (countries, cities, organizations, contacts).

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format).
"""

import itertools

from citydiplomacy.core.tests.matrix import DENIED, OK, jurors_denied, roles

_serial = itertools.count(1)  # a world is made again for each unsafe request: its unique names vary


def world(users):
    from citydiplomacy.partners import services
    from citydiplomacy.partners.models import City, Country

    secretary = users["secretary"]
    china = Country.objects.get(iso2="CN")
    organization = services.create_partner(
        "organization", secretary, name_fa="شهرداری پکن", name_en="Beijing Municipality", kind="city_org",
        country=china,
    )  # fmt: skip
    contact = services.create_partner(
        "contact", secretary, name_fa="لی", name_en="Li", organization=organization
    )
    n = next(_serial)
    city = services.create_partner(
        "city", secretary, name_fa=f"شهر {n}", name_en=f"Test City {n}", country=china
    )
    return {"org": organization, "contact": contact, "city": city, "country": china,
            "beijing": City.objects.get(name_en="Beijing")}  # fmt: skip


# The partner pages name the kind of partner in their address (a slug), then the record ("org" in the world).
KIND = ["organization"]
ORGANIZATION = ["organization", "org"]

PAGES = {
    "partners:country_list": {"GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)},
    "partners:search": {"GET": roles(OK, jury=DENIED)},
    "partners:add_position": {
        "args": ["contact"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "partners:list": {"args": KIND, "GET": roles(OK, jury=DENIED)},
    "partners:create": {
        "args": KIND,
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "partners:detail": {"args": ORGANIZATION, "GET": roles(OK, jury=DENIED)},
    "partners:edit": {
        "args": ORGANIZATION,
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "partners:add_note": {
        "args": ORGANIZATION,
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
}
# Everybody signed in reads the registry; the secretary (and admin) edit it.
EDITS = roles(DENIED, secretary=OK, admin=OK)

API = {
    "GET /api/countries/": roles(OK, jury=DENIED),
    "GET /api/countries/{id}/": ("country", roles(OK, jury=DENIED)),
    "PATCH /api/countries/{id}/": ("country", EDITS),
    "GET /api/cities/": roles(OK, jury=DENIED),
    "POST /api/cities/": EDITS,
    "GET /api/cities/{id}/": ("city", roles(OK, jury=DENIED)),
    "PUT /api/cities/{id}/": ("city", EDITS),
    "PATCH /api/cities/{id}/": ("city", EDITS),
    "DELETE /api/cities/{id}/": ("city", EDITS),
    "GET /api/organizations/": roles(OK, jury=DENIED),
    "POST /api/organizations/": EDITS,
    "GET /api/organizations/{id}/": ("org", roles(OK, jury=DENIED)),
    "PUT /api/organizations/{id}/": ("org", EDITS),
    "PATCH /api/organizations/{id}/": ("org", EDITS),
    "DELETE /api/organizations/{id}/": ("org", EDITS),
    "GET /api/contacts/": roles(OK, jury=DENIED),
    "POST /api/contacts/": EDITS,
    "GET /api/contacts/{id}/": ("contact", roles(OK, jury=DENIED)),
    "PUT /api/contacts/{id}/": ("contact", EDITS),
    "PATCH /api/contacts/{id}/": ("contact", EDITS),
    "DELETE /api/contacts/{id}/": ("contact", EDITS),
    "GET /api/registry/search/": roles(OK, jury=DENIED),
}


jurors_denied(PAGES, API)
