"""Who may do what with mission requests and committee sessions, page by page and operation by operation.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format).
"""

import datetime as dt

from citydiplomacy.core.tests.matrix import DENIED, HIDDEN, OK, roles


def world(users):
    """A draft and a submitted request of the requester's unit (the submitted one on a session's agenda)
    and a realized one."""
    from citydiplomacy.core.models import Person
    from citydiplomacy.missions import services
    from citydiplomacy.partners.models import Country

    requester, secretary, chair = users["requester"], users["secretary"], users["chair"]
    china = Country.objects.get(iso2="CN")
    start = dt.date.today() + dt.timedelta(days=30)

    def request(title, start_date=start):
        return services.create_request(
            requester, title=title, unit=requester.unit, purpose="summit", start_date=start_date,
            end_date=start_date + dt.timedelta(days=3), countries=[china],
        )  # fmt: skip

    draft = request("Draft")
    submitted = services.submit(request("Submitted"), requester)
    session = services.create_session(secretary, date=start)
    services.put_on_agenda(session, submitted, secretary)
    past = request("Realized", start_date=dt.date.today() - dt.timedelta(days=20))
    services.approve(services.submit(past, requester), chair)
    realized = services.realize(
        past, requester, actual_start_date=past.start_date, actual_end_date=past.end_date
    )
    person = Person.objects.create(name_fa="علی رضایی", name_en="Ali Rezaei", unit=requester.unit)
    from django.core.files.uploadedfile import SimpleUploadedFile

    attachment = services.add_attachment(
        draft, requester, kind="other", title="Invitation",
        upload=SimpleUploadedFile("invitation.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
    )  # fmt: skip
    return {
        "attachment": attachment,
        "draft": draft,
        "submitted": submitted,
        "session": session,
        "realized": realized,
        "person": person,
        "unit": requester.unit,
    }


# A request of the requester's unit: its unit and the secretary (and admin) act on it; the committee sees it
# but may not act for the unit; whoever may not read it is not told it exists.
UNIT_ACTS = roles(HIDDEN, requester=OK, secretary=OK, admin=OK, member=DENIED, chair=DENIED, observer=DENIED)
# The chair (and admin) decide; the other readers of the request are refused, the others not told.
CHAIR_DECIDES = roles(
    DENIED, chair=OK, admin=OK, other_requester=HIDDEN, analyst=HIDDEN, jury=HIDDEN, exports_officer=HIDDEN
)
COMMITTEE_READS = roles(DENIED, secretary=OK, member=OK, chair=OK, observer=OK, admin=OK)
SECRETARY_ONLY = roles(DENIED, secretary=OK, admin=OK)
CREATORS = roles(DENIED, requester=OK, other_requester=OK, secretary=OK, admin=OK)

PAGES = {
    "missions:list": {"GET": roles(OK, analyst=DENIED)},
    "missions:create": {"GET": CREATORS, "POST": CREATORS},
    "missions:attachment": {
        "args": ["draft", "attachment"],
        "GET": roles(OK, other_requester=HIDDEN, analyst=HIDDEN, jury=HIDDEN, exports_officer=HIDDEN),
    },
    "missions:detail": {
        "args": ["draft"],
        "GET": roles(OK, other_requester=HIDDEN, analyst=HIDDEN, jury=HIDDEN, exports_officer=HIDDEN),
    },
    "missions:edit": {"args": ["draft"], "GET": UNIT_ACTS, "POST": UNIT_ACTS},
    "missions:submit": {"args": ["draft"], "POST": UNIT_ACTS},
    "missions:withdraw": {"args": ["draft"], "POST": UNIT_ACTS},
    "missions:approve": {"args": ["submitted"], "POST": CHAIR_DECIDES},
    "missions:reject": {"args": ["submitted"], "POST": CHAIR_DECIDES},
    "missions:send_back": {"args": ["submitted"], "POST": CHAIR_DECIDES},
    "missions:realize": {"args": ["draft"], "GET": UNIT_ACTS, "POST": UNIT_ACTS},
    "missions:cancel": {"args": ["submitted"], "POST": UNIT_ACTS},
    "missions:report": {"args": ["realized"], "GET": UNIT_ACTS, "POST": UNIT_ACTS},
    "missions:attach": {"args": ["draft"], "POST": UNIT_ACTS},
    "missions:session_list": {"GET": COMMITTEE_READS},
    "missions:session_create": {"GET": SECRETARY_ONLY, "POST": SECRETARY_ONLY},
    "missions:session_detail": {"args": ["session"], "GET": COMMITTEE_READS},
    "missions:session_agenda_add": {"args": ["session"], "POST": SECRETARY_ONLY},
    "missions:session_agenda_remove": {"args": ["session", "submitted"], "POST": SECRETARY_ONLY},
    "missions:session_minutes": {"args": ["session"], "GET": COMMITTEE_READS},
    "missions:import": {"GET": SECRETARY_ONLY, "POST": SECRETARY_ONLY},
    "missions:import_template": {"GET": SECRETARY_ONLY},
}

# The API refuses the analyst outright (403) where the pages hide the record (404).
API_UNIT_ACTS = roles(
    DENIED, requester=OK, secretary=OK, admin=OK, other_requester=HIDDEN, jury=HIDDEN, exports_officer=HIDDEN
)
API_CHAIR_DECIDES = roles(
    DENIED, chair=OK, admin=OK, other_requester=HIDDEN, jury=HIDDEN, exports_officer=HIDDEN
)

API = {
    "GET /api/missions/": roles(OK, analyst=DENIED),
    "POST /api/missions/": CREATORS,
    "GET /api/missions/{id}/": (
        "draft",
        roles(OK, other_requester=HIDDEN, analyst=DENIED, jury=HIDDEN, exports_officer=HIDDEN),
    ),
    "PUT /api/missions/{id}/": ("draft", API_UNIT_ACTS),
    "PATCH /api/missions/{id}/": ("draft", API_UNIT_ACTS),
    "POST /api/missions/{id}/submit/": ("draft", API_UNIT_ACTS),
    "POST /api/missions/{id}/withdraw/": ("draft", API_UNIT_ACTS),
    "POST /api/missions/{id}/approve/": ("submitted", API_CHAIR_DECIDES),
    "POST /api/missions/{id}/reject/": ("submitted", API_CHAIR_DECIDES),
    "POST /api/missions/{id}/send-back/": ("submitted", API_CHAIR_DECIDES),
    "POST /api/missions/{id}/realize/": ("draft", API_UNIT_ACTS),
    "POST /api/missions/{id}/cancel/": ("submitted", API_UNIT_ACTS),
    "POST /api/missions/{id}/report/": ("realized", API_UNIT_ACTS),
    "POST /api/missions/{id}/attachments/": ("draft", API_UNIT_ACTS),
    "GET /api/sessions/": COMMITTEE_READS,
    "POST /api/sessions/": SECRETARY_ONLY,
    "GET /api/sessions/{id}/": ("session", COMMITTEE_READS),
    "POST /api/sessions/{id}/agenda/": ("session", SECRETARY_ONLY),
    "GET /api/units/": roles(OK),
    "GET /api/units/{id}/": ("unit", roles(OK)),
    "GET /api/people/": roles(OK, analyst=DENIED),
    "POST /api/people/": SECRETARY_ONLY,
    "GET /api/people/{id}/": ("person", roles(OK, analyst=DENIED)),
    "PUT /api/people/{id}/": ("person", SECRETARY_ONLY),
    "PATCH /api/people/{id}/": ("person", SECRETARY_ONLY),
    "DELETE /api/people/{id}/": ("person", SECRETARY_ONLY),
}
