"""Settings for City Diplomacy, read from the environment through a few typed helpers."""

import datetime as dt
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
REPO_DIR = BASE_DIR.parent


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_secret(name, default_for_debug):
    """A secret must come from the environment unless DEBUG is on."""
    value = os.environ.get(name)
    if value:
        return value
    if not DEBUG:
        raise RuntimeError(f"{name} must be set when DEBUG is off")
    return default_for_debug


def database_from_url(url):
    """Turn DATABASE_URL (sqlite:///path or postgres://user:pass@host:port/name) into Django's dict."""
    from urllib.parse import unquote, urlparse

    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path)
        if path.startswith("//"):
            path = path[1:]
        elif path.startswith("/"):
            path = path[1:] or str(DATA_DIR / "citydiplomacy.sqlite3")
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path or str(DATA_DIR / "citydiplomacy.sqlite3"),
        }
    if parsed.scheme in {"postgres", "postgresql", "pgsql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": env_int("DB_CONN_MAX_AGE", 60),
            # Memory per sort or hash of a query: the council report hashes all its groupings in one pass
            # (reports/queries.py) when it has more than PostgreSQL's default 4 MB.
            "OPTIONS": {"options": f"-c work_mem={env_str('DB_WORK_MEM', '64MB')}"},
        }
    raise RuntimeError(f"Unsupported DATABASE_URL scheme: {parsed.scheme!r}")


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_secret("SECRET_KEY", "dev-only-insecure-key-change-me")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

DATA_DIR = Path(env_str("DATA_DIR", str(REPO_DIR / "var")))
DATA_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "citydiplomacy.core",
    "citydiplomacy.partners",
    "citydiplomacy.missions",
    "citydiplomacy.reports",
    "citydiplomacy.news",
    "citydiplomacy.memberships",
    "citydiplomacy.agreements",
    "citydiplomacy.events",
    "citydiplomacy.exports",
    "citydiplomacy.awards",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "citydiplomacy.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "citydiplomacy.core.middleware.ContentSecurityPolicyMiddleware",
    # Last: turns a login lockout into the lockout page (core/security.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "citydiplomacy.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "citydiplomacy.core.context_processors.site",
            ],
            "builtins": ["citydiplomacy.core.templatetags.cd"],
        },
    }
]

WSGI_APPLICATION = "citydiplomacy.wsgi.application"

DATABASES = {
    "default": database_from_url(env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'citydiplomacy.sqlite3'}"))
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "core.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 10)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins to one account, or from one address,
# that account or address is locked out for AXES_COOLOFF_MINUTES. Admins lift a lockout in the admin ("Access
# attempts") or with `python manage.py axes_reset_username NAME` / `axes_reset_ip ADDRESS`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks: per account and per address
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "citydiplomacy.core.security.locked_out"
AXES_CLIENT_IP_CALLABLE = "citydiplomacy.core.security.client_ip"
AXES_VERBOSE = False
# Reverse proxies in front of the app that append the client's address to X-Forwarded-For (nginx: 1).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

LANGUAGE_CODE = "fa"
LANGUAGES = [("fa", _("Persian")), ("en", _("English"))]
LANGUAGES_BIDI = ["fa", "ar", "he", "ur"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Tehran")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(REPO_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# Uploaded files: outside every served directory; no URL serves MEDIA_ROOT, views serve each file after the
# permission check of its record (core/files.py).
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
# "" (Django streams the file), "x-accel" (nginx, internal location PRIVATE_FILES_ACCEL_PREFIX aliased to
# MEDIA_ROOT) or "x-sendfile" (Apache mod_xsendfile / lighttpd): who sends an uploaded file's bytes.
PRIVATE_FILES_SENDFILE = env_str("PRIVATE_FILES_SENDFILE", "").strip().lower()
PRIVATE_FILES_ACCEL_PREFIX = env_str("PRIVATE_FILES_ACCEL_PREFIX", "/protected-files/")
# The largest uploaded attachment, signed file or evidence file (core/uploads.py).
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 20 * 1024 * 1024)
# Imports (missions, agreements): at most this many data rows, and a file inflating to at most this many
# bytes (the .xlsx zip's members, or the .csv itself); a zip member compressed more than the ratio is refused.
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 200_000)
IMPORT_MAX_UNCOMPRESSED_BYTES = env_int("IMPORT_MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024)
IMPORT_MAX_COMPRESSION_RATIO = env_int("IMPORT_MAX_COMPRESSION_RATIO", 200)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "citydiplomacy@localhost")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "citydiplomacy.core.pagination.CappedPageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "citydiplomacy.core.api.exceptions.handler",
    # POST /api/token/ (a username and password for a token): a few tries a minute from one address
    "DEFAULT_THROTTLE_RATES": {"api-token": os.environ.get("API_TOKEN_RATE", "10/min")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "City Diplomacy API",
    "DESCRIPTION": _(
        "The REST API of City Diplomacy. Every request is authenticated: in the browser by the session of a "
        "signed-in user, from a program by a token. To get your token, send your username and password to "
        '`POST /api/token/` (form or JSON fields `username` and `password`); the answer is `{"token": "…"}`. '
        "Then send it with every request in the header `Authorization: Token <your token>`. An administrator "
        "can also issue or revoke tokens in the admin site (Tokens). A token acts with the rights of its user. "
        "Add `?lang=en` or `?lang=fa` to the schema's address (or send `Accept-Language`) to read it in that "
        "language."
    ),
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # The schema and its docs are for logged-in users (API_DOCS_PUBLIC opens them, only when DEBUG is on).
    "SERVE_PERMISSIONS": [
        "rest_framework.permissions.AllowAny"
        if DEBUG and env_bool("API_DOCS_PUBLIC", False)
        else "rest_framework.permissions.IsAuthenticated"
    ],
    "ENUM_NAME_OVERRIDES": {
        "MissionStatusEnum": "citydiplomacy.missions.models.Status",
        "AgreementStatusEnum": "citydiplomacy.agreements.models.Status",
        "CommitmentStatusEnum": "citydiplomacy.agreements.models.CommitmentStatus",
        "MembershipStatusEnum": "citydiplomacy.memberships.models.MembershipStatus",
        "EventAudienceEnum": "citydiplomacy.events.models.Audience",
        "LeadStageEnum": "citydiplomacy.exports.models.Stage",
        "EventStatusEnum": "citydiplomacy.events.models.Status",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "citydiplomacy.core.api.schema.add_error_responses",
    ],
}
# Where the Django admin is served (ADMIN_PATH=some-other-path/ moves it off the guessable address).
ADMIN_PATH = env_str("ADMIN_PATH", "admin/").strip("/") + "/"

# The city this installation serves; its name appears on reports and the news engine's home city.
CITY_NAME_EN = env_str("CITY_NAME_EN", "Tehran")
CITY_NAME_FA = env_str("CITY_NAME_FA", "تهران")
# Days after a realized mission by which its post-trip report is due.
POST_TRIP_REPORT_DAYS = env_int("POST_TRIP_REPORT_DAYS", 15)
# Lists count their rows up to this many and beyond it say "more than ..." (see core/pagination.py).
LIST_COUNT_CAP = env_int("LIST_COUNT_CAP", 1_000)
# On PostgreSQL the council report's two scans run at the same time on two connections (reports/side_by_side.py).
REPORT_QUERIES_SIDE_BY_SIDE = env_bool("REPORT_QUERIES_SIDE_BY_SIDE", True)
# The award's public pages: requests per client address (all pages) and new entries per address.
AWARDS_PUBLIC_RATE = env_str("AWARDS_PUBLIC_RATE", "120/minute")
AWARDS_SUBMIT_RATE = env_str("AWARDS_SUBMIT_RATE", "10/hour")
# Award entries' files: outside MEDIA_ROOT, served only through permission-checked views.
AWARDS_PRIVATE_ROOT = Path(env_str("AWARDS_PRIVATE_ROOT", str(DATA_DIR / "private" / "awards")))
# Background tasks run at once unless a worker is configured to take them from the queue.
TASKS_RUN_INLINE = env_bool("TASKS_RUN_INLINE", True)

# News monitoring: fetching politely, on a schedule kept by a thread of the web process (no extra server).
NEWS_SCHEDULER = env_bool("NEWS_SCHEDULER", True)
NEWS_SCHEDULER_SECONDS = env_int("NEWS_SCHEDULER_SECONDS", 60)
NEWS_FETCH_TIMEOUT = env_int("NEWS_FETCH_TIMEOUT", 20)
NEWS_FETCH_MAX_BYTES = env_int("NEWS_FETCH_MAX_BYTES", 10 * 1024 * 1024)
NEWS_FETCH_DELAY = float(env_str("NEWS_FETCH_DELAY", "2"))
# Only public addresses are fetched; these hosts (names, IPs or networks, comma-separated) are the office's own
# intranet feeds that may be private (see newsengine/netguard.py).
NEWS_FETCH_ALLOW_HOSTS = env_list("NEWS_FETCH_ALLOW_HOSTS", [])

# Content-Security-Policy (core/middleware.py): scripts only from this site and never inline. Styles may be inline
# (style="" attributes in templates); images may be data: URLs (charts).
CSP_ENABLED = env_bool("CSP_ENABLED", True)
CSP_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
CSP_POLICY = env_str(
    "CSP_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Production (DEBUG off): HTTPS only, secure cookies, HSTS; each can be turned off by its environment variable
# (for a TLS-terminating proxy in front, set TRUSTED_PROXY_COUNT=1 so X-Forwarded-Proto is believed).
# `python manage.py check --deploy --fail-level WARNING` passes with these defaults (core/tests/test_deploy.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if TRUSTED_PROXY_COUNT > 0:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    # The load balancer's health check comes over plain HTTP on the local network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Service exports: the currency every value of the exports report is converted to (rates kept in the app).
EXPORTS_REPORT_CURRENCY = os.environ.get("EXPORTS_REPORT_CURRENCY", "USD")
