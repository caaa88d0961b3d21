"""Settings for City Diplomacy, read from the environment through a few typed helpers."""

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
    "citydiplomacy.core",
    "citydiplomacy.partners",
    "citydiplomacy.missions",
    "citydiplomacy.reports",
    "citydiplomacy.news",
    "citydiplomacy.memberships",
    "citydiplomacy.agreements",
    "citydiplomacy.events",
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
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

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
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
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
}
SPECTACULAR_SETTINGS = {
    "TITLE": "City Diplomacy API",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

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

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
