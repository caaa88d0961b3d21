"""The generated permission matrix: every URL of the resolver and every operation of the OpenAPI schema,
against every role, with the answer each role must get.

Each app states its expectations in `citydiplomacy/<app>/tests/permission_matrix.py`, discovered here:

    from citydiplomacy.core.tests.matrix import DENIED, HIDDEN, LOGIN, OK, roles

    def world(users):            # the records the URLs name, made fresh for each unsafe request
        return {"draft": ...}

    PAGES = {                    # URL name → the arguments (world keys or values) and the answer per method
        "missions:detail": {"args": ["draft"], "GET": roles(OK, other_requester=HIDDEN)},
    }
    API = {                      # "METHOD /path/{id}/" as in the schema → the world key of {id}, the answers
        "GET /api/missions/{id}/": ("draft", roles(OK, other_requester=HIDDEN, analyst=DENIED)),
    }

`roles(default, **per_role)` fills every role of `ROLES` (anonymous included: pages send an anonymous
visitor to log in unless said otherwise, the API refuses it). A URL or operation that no table names fails
the test, so a new one is covered the day it is added.
"""

import importlib

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

# What a role gets. OK: the request got past the permission checks (a page, a redirect after the action, a
# form with its errors, a 400 or 409 answer); DENIED: 403; HIDDEN: 404 (a record the role may not know of);
# LOGIN: sent to the login page.
OK, DENIED, HIDDEN, LOGIN = "ok", "denied", "hidden", "login"

# Every role of core.models.Role, the requester of another unit, and an anonymous visitor.
ROLES = [
    "requester",
    "other_requester",
    "secretary",
    "member",
    "chair",
    "observer",
    "analyst",
    "admin",
    "jury",
    "exports_officer",
    "anonymous",
]
UNSET = object()


def roles(default, *, anonymous=UNSET, **codes):
    """The expected answer for each role: `default` for those not named."""
    unknown = set(codes) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}")
    table = {role: codes.get(role, default) for role in ROLES if role != "anonymous"}
    table["anonymous"] = anonymous
    return table


def staff_only(*allowed, default=DENIED, **codes):
    """Shorthand: OK for the roles named, `default` for the others."""
    return roles(default, **{role: OK for role in allowed}, **codes)


def outcome(response):
    code = response.status_code
    if code == 403:
        return DENIED
    if code == 404:
        return HIDDEN
    if code == 302 and response["Location"].startswith("/login/"):
        return LOGIN
    if code >= 500 or code in (401, 405):
        return str(code)
    return OK


# Discovery


def app_tables():
    """{app label: module} of every app of the project with a tests/permission_matrix.py."""
    tables = {}
    for config in apps.get_app_configs():
        if not config.name.startswith("citydiplomacy."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.tests.permission_matrix")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.tests.permission_matrix" and exc.name != f"{config.name}.tests":
                raise
            continue
        tables[config.label] = module
    return tables


def _with_anonymous(expected, default):
    return {**expected, "anonymous": default if expected["anonymous"] is UNSET else expected["anonymous"]}


def page_entries():
    """[(app label, URL name, entry)] of every app's PAGES, with anonymous defaulting to LOGIN."""
    entries = []
    for label, module in app_tables().items():
        for name, entry in getattr(module, "PAGES", {}).items():
            entry = dict(entry)  # tables share their role rows: fill copies
            for method in ("GET", "POST"):
                if method in entry:
                    entry[method] = _with_anonymous(entry[method], LOGIN)
            entries.append((label, name, entry))
    return entries


def api_entries():
    """[(app label, "METHOD /path/", world key or None, expected)] of every app's API table."""
    entries = []
    for label, module in app_tables().items():
        for operation, entry in getattr(module, "API", {}).items():
            key, expected = entry if isinstance(entry, tuple) else (None, entry)
            entries.append((label, operation, key, _with_anonymous(expected, DENIED)))
    return entries


def world_for(label, users):
    module = app_tables()[label]
    return module.world(users) if hasattr(module, "world") else {}


# What exists


# Parts of the site the matrix leaves to their own tests: the admin site (test_admin_site.py), the API
# (its operations come from the schema, below), static and media files.
SKIPPED_PREFIXES = ("admin/", "api/", "static/", "media/", "^media/", "^static/")
KEPT_API_NAMES = {"api-schema", "api-docs"}  # pages of the API's documentation, not operations


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            space = namespace
            if pattern.namespace:
                space = f"{namespace}{pattern.namespace}:"
            yield from _walk(pattern.url_patterns, route, space)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}{pattern.name}" if pattern.name else route
            yield route, name


def url_names():
    """The name (namespace:name, or the route when it has none) of every URL the matrix must cover."""
    names = set()
    for route, name in _walk(get_resolver().url_patterns):
        if name in KEPT_API_NAMES or not route.startswith(SKIPPED_PREFIXES):
            names.add(name)
    return names


def api_operations():
    """Every "METHOD /path/" of the OpenAPI schema the API publishes."""
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {f"{method.upper()} {path}" for path, ops in schema["paths"].items() for method in ops}


def jurors_denied(pages, api):
    """The award's jurors are outside guests: where a table lets every role read, a juror is refused (403).
    Applied by the apps of the office's own records (registry, reports, news)."""
    for entry in pages.values():
        for method in ("GET", "POST"):
            if method in entry and entry[method].get("jury") == OK:
                entry[method]["jury"] = DENIED
    for _operation, entry in api.items():
        expected = entry[1] if isinstance(entry, tuple) else entry
        if expected.get("jury") == OK:
            expected["jury"] = DENIED
