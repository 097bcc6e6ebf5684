"""Production: everything secret or host-specific must come from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, env_bool, env_list, middleware

# Base reads the key and the hosts from the environment; production refuses to start without them.
if not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not env_list("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Each worker keeps its database connection from one request to the next: Django closes it after
# DB_CONN_MAX_AGE seconds or on an error, and checks it before reusing it. Opening one per request (connect,
# the SQLite pragmas, the schema read, every statement prepared again) was half of a simple page's CPU in
# benchmarks/pages.py (docs/caching.md). DB_CONN_MAX_AGE=0 opens one per request again.
DATABASES = {
    **DATABASES,
    "default": {
        **DATABASES["default"],
        "CONN_MAX_AGE": int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        "CONN_HEALTH_CHECKS": True,
    },
}

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True

# HTML is gzipped by Django (static files come pre-compressed from WhiteNoise). Django's GZipMiddleware pads
# each response with random bytes against BREACH; public pages carry no secret besides the CSP nonce.
MIDDLEWARE = middleware(gzip=True)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Logs: one JSON object per line on stdout (hardening/jsonlog.py); every request writes one line with its
# request id, method, path, status and duration_ms on the "decnet.request" logger.
# Everything as JSON on stdout (hardening.jsonlog), one access line per request.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "hardening.jsonlog.JsonFormatter"}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # The per-request access line (hardening.middleware.RequestLogMiddleware) is always written.
    "loggers": {
        "decnet.request": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        # opensearch-py traces every engine request, readers' words included, at INFO: never written, even
        # when LOG_LEVEL=INFO is set to look into something else.
        "opensearchpy.trace": {"level": "WARNING"},
    },
}

# Beside a search engine, its index updates are queued in the database and run by `manage.py task_worker`,
# retried until the engine takes them (docs/search-cluster.md); SEARCH_TASKS_BACKEND=immediate opts out.
if OPENSEARCH_URL or ELASTICSEARCH_URL:  # noqa: F405
    TASKS = search_tasks("database")  # noqa: F405
