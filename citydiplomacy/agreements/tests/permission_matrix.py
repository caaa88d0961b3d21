"""Who may read and change agreements, their commitments, roadmaps and milestones.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format).
"""

import datetime as dt

from citydiplomacy.core.tests.matrix import DENIED, OK, jurors_denied, roles


def world(users):
    from citydiplomacy.agreements import services
    from citydiplomacy.partners.models import City

    secretary = users["secretary"]
    beijing = City.objects.get(name_en="Beijing")
    today = dt.date.today()
    agreement = services.create_agreement(
        secretary, kind="mou", title_fa="تفاهم‌نامه", title_en="MoU", status="active",
        signed_on=today - dt.timedelta(days=100), parties=[beijing],
    )  # fmt: skip
    commitment = services.add_commitment(agreement, secretary, title="Exchange", due_on=today)
    roadmap = services.create_roadmap(secretary, title="Roadmap", agreement=agreement)
    milestone = services.add_milestone(roadmap, secretary, title="First step")
    from django.core.files.base import ContentFile

    agreement.file.save("signed.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    commitment.evidence_file.save("minutes.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return {"agreement": agreement, "commitment": commitment, "roadmap": roadmap, "milestone": milestone}


PAGES = {
    "agreements:list": {"GET": roles(OK, jury=DENIED)},
    "agreements:create": {
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:import": {
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:report": {"GET": roles(OK, jury=DENIED)},
    "agreements:reminders": {"GET": roles(OK, jury=DENIED)},
    "agreements:commitment_list": {"GET": roles(OK, jury=DENIED)},
    "agreements:deliver": {
        "args": ["commitment"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:commitment_status": {
        "args": ["commitment"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:detail": {"args": ["agreement"], "GET": roles(OK, jury=DENIED)},
    "agreements:file": {"args": ["agreement"], "GET": roles(OK, jury=DENIED)},
    "agreements:evidence_file": {"args": ["commitment"], "GET": roles(OK, jury=DENIED)},
    "agreements:edit": {
        "args": ["agreement"],
        "GET": roles(DENIED, secretary=OK, admin=OK),
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:change_status": {
        "args": ["agreement"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:renew": {
        "args": ["agreement"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:add_commitment": {
        "args": ["agreement"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:link_mission": {
        "args": ["agreement"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:follow_up": {
        "args": ["agreement"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:add_roadmap": {
        "args": ["agreement"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:add_milestone": {
        "args": ["agreement", "roadmap"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
    "agreements:reach_milestone": {
        "args": ["agreement", "milestone"],
        "POST": roles(DENIED, secretary=OK, admin=OK),
    },
}
API = {
    "GET /api/agreements-report/": roles(OK, jury=DENIED),
    "GET /api/agreements/": roles(OK, jury=DENIED),
    "GET /api/agreements/{id}/": ("agreement", roles(OK, jury=DENIED)),
    "GET /api/commitments/": roles(OK, jury=DENIED),
    "GET /api/commitments/{id}/": ("commitment", roles(OK, jury=DENIED)),
    "GET /api/representatives/": roles(OK, jury=DENIED),
    "GET /api/roadmaps/": roles(OK, jury=DENIED),
    "PATCH /api/agreements/{id}/": ("agreement", roles(DENIED, secretary=OK, admin=OK)),
    "POST /api/agreements/": roles(DENIED, secretary=OK, admin=OK),
    "POST /api/agreements/{id}/commitments/": (
        "agreement",
        roles(DENIED, secretary=OK, admin=OK),
    ),
    "POST /api/agreements/{id}/status/": (
        "agreement",
        roles(DENIED, secretary=OK, admin=OK),
    ),
    "POST /api/commitments/{id}/deliver/": (
        "commitment",
        roles(DENIED, secretary=OK, admin=OK),
    ),
    "POST /api/representatives/": roles(DENIED, secretary=OK, admin=OK),
    "POST /api/roadmaps/": roles(DENIED, secretary=OK, admin=OK),
    "PUT /api/agreements/{id}/": ("agreement", roles(DENIED, secretary=OK, admin=OK)),
}


jurors_denied(PAGES, API)
