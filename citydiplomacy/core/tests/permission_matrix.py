"""The pages every app shares: the dashboard, log in and out, the language, the API's documentation.

Read by the generated permission matrix (matrix.py beside this file explains the format).
"""

from .matrix import DENIED, LOGIN, OK, roles

PAGES = {
    "core:home": {"GET": roles(OK)},
    "core:tasks": {"GET": roles(DENIED, secretary=OK, admin=OK)},
    "core:healthz": {"GET": roles(OK, anonymous=OK)},
    "core:about": {"GET": roles(OK)},
    "login": {"GET": roles(OK, anonymous=OK)},
    "logout": {"POST": roles(LOGIN)},
    "set_language": {"POST": roles(OK, anonymous=OK)},
    # the schema and its docs are for signed-in users (settings.API_DOCS_PUBLIC opens them in development)
    "api-schema": {"GET": roles(OK, anonymous=DENIED)},
    "api-docs": {"GET": roles(OK, anonymous=DENIED)},
    "password_change": {"GET": roles(OK), "POST": roles(OK)},
    "password_change_done": {"GET": roles(OK)},
}
API = {
    "POST /api/token/": roles(OK, anonymous=OK),
}
