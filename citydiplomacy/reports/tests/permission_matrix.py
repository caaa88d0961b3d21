"""Who may read the council report, on the page, in its PDF and workbook, and through the API.

Read by the generated permission matrix (citydiplomacy/core/tests/matrix.py explains the format).
"""

from citydiplomacy.core.tests.matrix import DENIED, OK, jurors_denied, roles

PAGES = {
    "reports:council": {"GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)},
    "reports:council_pdf": {"GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)},
    "reports:council_xlsx": {"GET": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED)},
}
API = {
    "GET /api/reports/council/": roles(OK, requester=DENIED, other_requester=DENIED, jury=DENIED),
}


jurors_denied(PAGES, API)
