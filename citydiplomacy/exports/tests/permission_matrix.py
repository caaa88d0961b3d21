"""Who may read and change the catalogue, the pipeline and the exports report.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format). The
offering of the world belongs to the requester's unit; the public catalogue is switched on.
"""

from decimal import Decimal

from citydiplomacy.core.tests.matrix import DENIED, OK, roles

OFFICE = {"exports_officer": OK, "admin": OK}
PIPELINE_READERS = {**OFFICE, "secretary": OK}
REPORT = roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)
CATALOGUE = roles(OK, jury=DENIED)
UNIT_EDITORS = roles(DENIED, requester=OK, other_requester=OK, **OFFICE)


def world(users):
    from citydiplomacy.exports import services
    from citydiplomacy.exports.models import OfferingKind
    from citydiplomacy.partners.models import City

    officer = users["exports_officer"]
    offering = services.create_offering(
        officer, name_fa="سامانه ۱۳۷", name_en="137 hotline", kind=OfferingKind.SOFTWARE,
        unit=users["requester"].unit, public=True,
    )  # fmt: skip
    lead = services.create_lead(officer, title="Hotline for Najaf", partner_city=City.objects.get(name_en="Najaf"),
                                offerings=[offering], value=Decimal(1000), currency="USD")  # fmt: skip
    from django.core.files.uploadedfile import SimpleUploadedFile

    from citydiplomacy.exports.tests.conftest import png_bytes

    shot = services.add_offering_file(offering, officer, kind="image", title="Screenshot", public=False,
                                      upload=SimpleUploadedFile("shot.png", png_bytes(), "image/png"))  # fmt: skip
    activity = services.add_activity(lead, officer, kind="call", on=lead.value_on, note="First call")
    services.switch_public_catalogue(officer, on=True)
    return {"offering": offering, "lead": lead, "activity": activity, "file": shot}


PAGES = {
    "exports:offering_list": {"GET": CATALOGUE},
    "exports:offering_create": {"GET": UNIT_EDITORS, "POST": UNIT_EDITORS},
    "exports:offering_detail": {"args": ["offering"], "GET": CATALOGUE},
    "exports:offering_edit": {
        "args": ["offering"],
        "GET": roles(DENIED, requester=OK, **OFFICE),
        "POST": roles(DENIED, requester=OK, **OFFICE),
    },
    "exports:brochure": {"args": ["offering"], "GET": CATALOGUE},
    "exports:offering_file": {"args": ["offering", "file"], "GET": CATALOGUE},
    "exports:add_offering_file": {"args": ["offering"], "POST": roles(DENIED, requester=OK, **OFFICE)},
    "exports:remove_offering_file": {
        "args": ["offering", "file"],
        "POST": roles(DENIED, requester=OK, **OFFICE),
    },
    "exports:catalogue_pdf": {"GET": CATALOGUE},
    "exports:public_catalogue": {"GET": roles(OK, anonymous=OK)},
    "exports:settings": {"GET": roles(DENIED, **OFFICE), "POST": roles(DENIED, **OFFICE)},
    "exports:board": {"GET": roles(DENIED, **PIPELINE_READERS)},
    "exports:lead_list": {"GET": roles(DENIED, **PIPELINE_READERS)},
    "exports:lead_create": {"GET": roles(DENIED, **OFFICE), "POST": roles(DENIED, **OFFICE)},
    "exports:lead_detail": {"args": ["lead"], "GET": roles(DENIED, **PIPELINE_READERS)},
    "exports:lead_edit": {"args": ["lead"], "GET": roles(DENIED, **OFFICE), "POST": roles(DENIED, **OFFICE)},
    "exports:lead_move": {"args": ["lead"], "POST": roles(DENIED, **OFFICE)},
    "exports:add_proposal": {"args": ["lead"], "POST": roles(DENIED, **OFFICE)},
    "exports:add_activity": {"args": ["lead"], "POST": roles(DENIED, **OFFICE)},
    "exports:report": {"GET": REPORT},
    "exports:report_pdf": {"GET": REPORT},
    "exports:report_xlsx": {"GET": REPORT},
}

API = {
    "GET /api/offerings/": (None, CATALOGUE),
    "POST /api/offerings/": (None, UNIT_EDITORS),
    "GET /api/offerings/{id}/": ("offering", CATALOGUE),
    "PUT /api/offerings/{id}/": ("offering", roles(DENIED, requester=OK, **OFFICE)),
    "PATCH /api/offerings/{id}/": ("offering", roles(DENIED, requester=OK, **OFFICE)),
    "GET /api/leads/": (None, roles(DENIED, **PIPELINE_READERS)),
    "POST /api/leads/": (None, roles(DENIED, **OFFICE)),
    "GET /api/leads/{id}/": ("lead", roles(DENIED, **PIPELINE_READERS)),
    "PUT /api/leads/{id}/": ("lead", roles(DENIED, **OFFICE)),
    "PATCH /api/leads/{id}/": ("lead", roles(DENIED, **OFFICE)),
    "POST /api/leads/{id}/move/": ("lead", roles(DENIED, **OFFICE)),
    "POST /api/leads/{id}/proposals/": ("lead", roles(DENIED, **OFFICE)),
    "GET /api/lead-activities/": (None, roles(DENIED, **PIPELINE_READERS)),
    "POST /api/lead-activities/": (None, roles(DENIED, **OFFICE)),
    "GET /api/lead-activities/{id}/": ("activity", roles(DENIED, **PIPELINE_READERS)),
    "GET /api/exports-report/": (None, REPORT),
}
