"""Settings shared by every environment; each value that differs per deployment comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from multilingual import languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
# Reverse proxies in front of the site that append to X-Forwarded-For (0: the client is REMOTE_ADDR). One
# reading of the client address (traffic.clientip) serves the login lockout, the search rate limit and the
# impact counters.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Installed apps, in order: the first app that provides a template, static file or translation wins.
INSTALLED_APPS = [
    "decnet",  # foundation (folder site/): home and standard pages, taxonomy, content contract, SEO, i18n
    "multilingual",  # foundation: the language table, Locale rows (`sync_locales`), language versions
    "editorial",  # foundation: page forms in the page's language, translation rules, Translators' rights
    "traffic",  # foundation: what each request served (pages, documents), the client address
    "catalogue",  # foundation: the facet layer, filtered listings and their feeds, related items
    "wayfinding",  # foundation: topic and country hubs, sitemap.xml, robots.txt, the 404 and `/` redirect
    "blog",  # content: blog index and posts, their feeds
    "resources",  # content: the resource library, knowledge products and their files
    "glossary",  # content: glossary and terms, the spreadsheet importer
    "search",  # service: the query layer, the search page and the public JSON API, the query log
    "impact",  # service: cookie-free counters, the impact dashboard and report
    "demo",  # composition: the demo content (data files) and `manage.py load_demo_content`
    "wagtail_localize",  # translation of pages and snippets (translation editor, sync)
    "wagtail_localize.locales",  # the Locales admin of wagtail-localize (replaces wagtail.locales)
    "wagtail.contrib.search_promotions",  # editors' promoted search results
    "wagtail.contrib.settings",  # site settings edited in the admin
    "wagtail.contrib.redirects",  # editors' redirects (with RedirectMiddleware below)
    "wagtail.contrib.sitemaps",  # sitemap.xml of the page tree
    "wagtail.contrib.routable_page",  # sub-routes of pages: feeds, year archives, citations
    "wagtail.embeds",  # embedded media in rich text and blocks
    "wagtail.sites",  # the Sites admin
    "wagtail.users",  # the users and groups admin
    "wagtail.snippets",  # snippets: taxonomy, people
    "wagtail.documents",  # documents (downloads), served through Django
    "wagtail.images",  # images and renditions
    "search.wagtailsearch_app.WagtailSearchConfig",  # wagtail.search; index updates via search.index_updates
    "wagtail.admin",  # the editors' admin
    "wagtail",  # pages, locales, revisions, workflows
    "modelcluster",  # in-memory child relations of pages (inline panels, revisions)
    "taggit",  # tags (needed by Wagtail's documents and images)
    "django_tasks",  # Django's tasks framework (backport): search index updates, Wagtail's reference index
    "django_tasks_db",  # its database backend: the queue the task worker reads (`manage.py task_worker`)
    "django.contrib.admin",  # Django's admin app (installed, not routed)
    "django.contrib.auth",  # users, groups, permissions
    "django.contrib.contenttypes",  # content types (pages, permissions)
    "django.contrib.sessions",  # admin sessions (the only cookies)
    "django.contrib.messages",  # admin notices
    "django.contrib.staticfiles",  # collectstatic; WhiteNoise serves the result
    "django.contrib.sitemaps",  # the sitemap view behind wagtail.contrib.sitemaps
    "hardening",  # upload checks, security headers, request logs, lockout page, backup and restore
    "pagecache",  # full responses of public pages for anonymous readers, made stale by any content change
    "axes",  # django-axes: login lockout after repeated failures
]


def middleware(*, gzip: bool = False) -> list[str]:
    """The middleware, in order (a request passes top to bottom, the response bottom to top). Production asks
    for gzip; the list is otherwise the same everywhere."""
    return [
        # First: the request log's duration covers every other middleware (hardening/middleware.py).
        "hardening.middleware.RequestLogMiddleware",
        # Production only: compresses what every middleware below produced (HTML; static files come
        # pre-compressed from WhiteNoise). Pads each response with random bytes against BREACH.
        *(["django.middleware.gzip.GZipMiddleware"] if gzip else []),
        # A body over REQUEST_BODY_LIMIT gets 413 before anything reads it (hardening/bodylimit.py).
        "hardening.bodylimit.RequestBodyLimitMiddleware",
        # A memo for the request (traffic/scope.py): the view restrictions, read once per request.
        "traffic.scope.RequestScopeMiddleware",
        # HSTS, nosniff, Referrer-Policy, COOP, the HTTPS redirect.
        "django.middleware.security.SecurityMiddleware",
        # CSP and Permissions-Policy on every response, static files included (hardening/csp.py).
        "hardening.middleware.SecurityHeadersMiddleware",
        # Static files, before sessions and the rest: they need none of it.
        "whitenoise.middleware.WhiteNoiseMiddleware",
        # Admin sessions (the site's only cookies).
        "django.contrib.sessions.middleware.SessionMiddleware",
        # The language from the URL prefix (/fr/, /ar/, ...).
        "django.middleware.locale.LocaleMiddleware",
        # APPEND_SLASH and the host check.
        "django.middleware.common.CommonMiddleware",
        # CSRF protection of forms (the admin, the login).
        "django.middleware.csrf.CsrfViewMiddleware",
        # request.user.
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        # Admin notices.
        "django.contrib.messages.middleware.MessageMiddleware",
        # X-Frame-Options (DENY).
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
        # Editors' redirects, tried on a 404.
        "wagtail.contrib.redirects.middleware.RedirectMiddleware",
        # The impact counters: after AuthenticationMiddleware, so editors are not counted as readers.
        "impact.middleware.ImpactMiddleware",
        # The page cache (pagecache/, docs/caching.md): inside the counters, so a page answered from the cache
        # is counted like a rendered one; after LocaleMiddleware (the language is part of its key).
        "pagecache.middleware.PageCacheMiddleware",
        # Page-password guesses and password-reset requests per client, counted in the shared store
        # (hardening/throttle.py; PAGE_PASSWORD_ATTEMPTS, PASSWORD_RESET_REQUESTS below).
        "hardening.throttle.FormThrottleMiddleware",
        # Last (django-axes): turns a locked-out login into the lockout page. It sets no cookie.
        "axes.middleware.AxesMiddleware",
    ]


MIDDLEWARE = middleware()

ROOT_URLCONF = "decnet.urls"
WSGI_APPLICATION = "decnet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
# SQLite as a real embedded default (issue 17): WAL lets readers read while one writer writes (an editor, an
# import); IMMEDIATE transactions take the write lock at BEGIN, so two writers queue for up to `timeout`
# seconds instead of failing on a lock upgrade; NORMAL sync is safe with WAL. Incidental writes of a read
# request (rate limit, query log) wait only briefly and are skipped if the lock stays taken.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        transaction_mode="IMMEDIATE",
        timeout=int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
    )
# PostgreSQL's planner prices a random page read at 4 sequential ones by default (spinning disks). On SSDs
# and cached data (this site's whole database fits in memory) 1.1 is the usual figure; at 4 the planner scans
# the whole search index instead of its GIN index for a broad query, about twice the time
# (docs/search-at-scale.md). Empty leaves the server's setting; options the DATABASE_URL carries are kept.
POSTGRES_RANDOM_PAGE_COST = os.environ.get("POSTGRES_RANDOM_PAGE_COST", "1.1")
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and POSTGRES_RANDOM_PAGE_COST:
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _planner = f"-c random_page_cost={float(POSTGRES_RANDOM_PAGE_COST)}"
    _options["options"] = " ".join(filter(None, [_options.get("options"), _planner]))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one table, decnet/languages.py (folder site/); its first row is the source language.
LANGUAGE_CODE = languages.SOURCE_LANGUAGE
LANGUAGES = languages.LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Decentralization.Net"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# Search engine: one switch. The database backend (SQLite FTS5 / PostgreSQL full text) is the default;
# OPENSEARCH_URL or ELASTICSEARCH_URL moves search to a real engine. The database index is then kept up to
# date too (alias SEARCH_FALLBACK_BACKEND), so that search answers from it, flagged "degraded", while the
# engine is down. The query layer lives in search/query.py.
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "decnet_")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SEARCH_FALLBACK_BACKEND = "database"
_database_search = {"BACKEND": "search.backends.database", "ATOMIC_REBUILD": True}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # English stemming plus accent folding (é = e); created by search/migrations/0002_postgres_search_config.
    _database_search["SEARCH_CONFIG"] = "decnet_search"
if OPENSEARCH_URL or ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": (
                "search.backends.opensearch2" if OPENSEARCH_URL else "search.backends.elasticsearch8"
            ),
            # A cluster: the address of each node, separated by commas; the client moves to another node
            # when one does not answer (docs/search-cluster.md).
            "URLS": [url.strip() for url in (OPENSEARCH_URL or ELASTICSEARCH_URL).split(",") if url.strip()],
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
            "ATOMIC_REBUILD": True,
            "TIMEOUT": int(os.environ.get("SEARCH_ENGINE_TIMEOUT", "5")),
            # One retry at most: when the engine is down, readers get the database fallback quickly.
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
            # One analyzer for the text of every language, derived from the language table
            # (multilingual.languages.search_analysis). See docs/search.md, "Search in each language".
            # One replica of each shard on another node: a cluster that loses a node still has every page.
            "INDEX_SETTINGS": {
                "settings": {
                    "number_of_replicas": int(os.environ.get("SEARCH_INDEX_REPLICAS", "1")),
                    "analysis": languages.search_analysis(),
                }
            },
        },
        SEARCH_FALLBACK_BACKEND: _database_search,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": _database_search}
# After an engine failure, skip the engine (answer from the database) for this many seconds.
SEARCH_ENGINE_RETRY_SECONDS = int(os.environ.get("SEARCH_ENGINE_RETRY_SECONDS", "30"))

# Index updates (search/index_updates.py, docs/search-cluster.md): the database index is written in the
# request; an engine's goes through the task backend aliased "search" in TASKS. SEARCH_TASKS_BACKEND:
# "immediate" (run in the request; a failed engine update is not retried: the embedded default, development
# and tests) or "database" (queued in the database in the transaction of the change, run by
# `manage.py task_worker`, retried until the engine takes it; production's default beside an engine).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def search_tasks(default: str) -> dict:
    """The TASKS setting, with the "search" backend from SEARCH_TASKS_BACKEND (or ``default``)."""
    name = os.environ.get("SEARCH_TASKS_BACKEND", "").strip().lower() or default
    if name not in TASK_BACKENDS:
        choices = ", ".join(TASK_BACKENDS)
        raise ImproperlyConfigured(f"SEARCH_TASKS_BACKEND must be one of {choices}, not {name!r}")
    return {
        "default": {"BACKEND": TASK_BACKENDS["immediate"]},  # Wagtail's own tasks (the reference index)
        "search": {"BACKEND": TASK_BACKENDS[name]},
    }


TASKS = search_tasks("immediate")
# The retries of an engine update: the first after this many seconds, doubling up to the maximum.
SEARCH_INDEX_RETRY_SECONDS = float(os.environ.get("SEARCH_INDEX_RETRY_SECONDS", "1"))
SEARCH_INDEX_RETRY_MAX_SECONDS = float(os.environ.get("SEARCH_INDEX_RETRY_MAX_SECONDS", "5"))
# While updates wait for an engine that was unreachable, the worker asks it this often whether it is back
# (cluster health), and runs them at once when it is.
SEARCH_INDEX_PROBE_SECONDS = float(os.environ.get("SEARCH_INDEX_PROBE_SECONDS", "1"))
# A running index update whose worker is gone (killed on this machine, or silent this long) is run again.
SEARCH_INDEX_TASK_ABANDONED_SECONDS = int(os.environ.get("SEARCH_INDEX_TASK_ABANDONED_SECONDS", "300"))
# Requests per client IP to the search API and to the search page ("<n>/second|minute|hour"; "off" disables).
SEARCH_API_RATE_LIMIT = os.environ.get("SEARCH_API_RATE_LIMIT", "60/minute")
# Upper bound on the matches one query considers (facets and totals are exact below it).
SEARCH_MAX_MATCHES = int(os.environ.get("SEARCH_MAX_MATCHES", "10000"))
# The search API (docs/search.md): the address its absolute URLs start with ("https://decentralization.net";
# empty: the scheme and host of each request), and how long browsers and proxies may keep a successful answer.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").strip()
SEARCH_API_CACHE_SECONDS = int(os.environ.get("SEARCH_API_CACHE_SECONDS", "60"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # With the time: a worker's or a server's log is read to tell what happened when.
    "formatters": {"timed": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "timed"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

SITE_TAGLINE = _("Decentralization, local governance and multilevel governance")

# --- Impact (impact/): cookie-free counting of page views, visitors, sessions and downloads ----
# The counting middleware sits after AuthenticationMiddleware (see MIDDLEWARE above).
# The daily salt and the 30-minute client hashes live only in this cache, never in the database. Every worker
# process must see the same cache, so it is file-based (one host), by default in memory-backed /dev/shm: fast
# (~0.1 ms a write, ten times a disk's) and gone at reboot. IMPACT_CACHE_DIR moves it. Settings that define
# their own CACHES without "impact" fall back to the default cache (tests do).
# With REDIS_URL set (production with more than one host, `make stack`), Redis holds them instead, and the
# default cache and the shared store (rate limits, counting dedup: hardening/sharedstore.py) too; without it
# the site needs no service beyond its database (docs/caching.md).
IMPACT_CACHE_ALIAS = "impact"
_IMPACT_TMP = "/dev/shm" if os.path.isdir("/dev/shm") else os.environ.get("TMPDIR", "/tmp")
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
REDIS_KEY_PREFIX = os.environ.get("REDIS_KEY_PREFIX", "decnet").strip() or "decnet"
_REDIS_CACHE = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
CACHES = {
    "default": (
        {**_REDIS_CACHE, "KEY_PREFIX": REDIS_KEY_PREFIX}
        if REDIS_URL
        # Per process: Wagtail's lookups and the page fragments (decnet.fragments), several per page and
        # language, so more than Django's default 300 entries (CACHE_MAX_ENTRIES).
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "3000"))},
        }
    ),
    IMPACT_CACHE_ALIAS: (
        {**_REDIS_CACHE, "KEY_PREFIX": f"{REDIS_KEY_PREFIX}:impact", "TIMEOUT": 1800}
        if REDIS_URL
        else {
            "BACKEND": "impact.cache.ImpactFileCache",
            "LOCATION": os.environ.get("IMPACT_CACHE_DIR", os.path.join(_IMPACT_TMP, "decnet-impact-cache")),
            "TIMEOUT": 1800,
        }
    ),
}
# The page cache (pagecache/, docs/caching.md): whole public pages for anonymous readers, PAGE_CACHE_SECONDS
# at most, made stale at once by any change readers could see (publish, unpublish, move, delete, snippets,
# site settings, restrictions). PAGE_CACHE=off turns it off. Entries: per worker process in memory, or Redis.
# The generation that makes them stale must be seen by every worker: a file in /dev/shm (PAGE_CACHE_DIR)
# shared by the workers of one host, or Redis.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_GENERATION_ALIAS = PAGE_CACHE_ALIAS if REDIS_URL else "pages-generation"
if REDIS_URL:
    CACHES[PAGE_CACHE_ALIAS] = {**_REDIS_CACHE, "KEY_PREFIX": f"{REDIS_KEY_PREFIX}:pages"}
else:
    CACHES[PAGE_CACHE_ALIAS] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "decnet-pages",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "1000"))},
    }
    CACHES[PAGE_CACHE_GENERATION_ALIAS] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", os.path.join(_IMPACT_TMP, "decnet-page-cache")),
        "TIMEOUT": None,
    }
# The frontend cache (Varnish in front of gunicorn; docs/caching.md, "The frontend cache"): off unless
# FRONTEND_CACHE_URL names it (e.g. http://127.0.0.1:6081). Then public pages for anonymous readers carry
# `Surrogate-Control: max-age=FRONTEND_CACHE_SECONDS` (only Varnish reads it), and any change readers could
# see purges it through Wagtail's frontend_cache (one PURGE per site, which the VCL turns into a ban).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()
FRONTEND_CACHE_SECONDS = int(os.environ.get("FRONTEND_CACHE_SECONDS", str(PAGE_CACHE_SECONDS)))
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)
SHARED_STORE = "hardening.sharedstore.RedisStore" if REDIS_URL else "hardening.sharedstore.DatabaseStore"
# Counts are batched per worker process and written after the response, at the latest this many seconds after
# the oldest pending event or once this many counters are pending (0 seconds: write during each request).
IMPACT_FLUSH_SECONDS = float(os.environ.get("IMPACT_FLUSH_SECONDS", "5"))
IMPACT_FLUSH_EVENTS = int(os.environ.get("IMPACT_FLUSH_EVENTS", "200"))
# A thread per process writes due counts when no request comes, and SIGTERM writes them before stopping.
IMPACT_BACKGROUND_FLUSH = os.environ.get("IMPACT_BACKGROUND_FLUSH", "true").lower() != "false"
# The maintained list of crawler user agents (one pattern per line).
IMPACT_BOT_USER_AGENTS_FILE = BASE_DIR / "impact" / "data" / "bot_user_agents.txt"

# --- Languages: wagtail-localize settings (docs/languages.md) ----------------------------------------------
# A page submitted for translation starts as a draft in the other language (wagtail-localize would otherwise
# publish it at once, still in English, whenever the source is live). It exists in that language once a
# translator publishes it; until then its URL there is a 404.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in the translation editor: DeepL when DEEPL_API_KEY is set (a key ending in ":fx" uses
# the free API); otherwise none is offered. Tests use wagtail-localize's dummy translator (settings.test).
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# --- Hardening (hardening/): safe uploads, security headers, login lockout, request logs --------------------
# See docs/hardening.md. hardening/checks.py refuses to start with unsafe upload settings.
# The apps "hardening" and "axes" and their middleware are declared in INSTALLED_APPS and MIDDLEWARE above.
# Request body limits (docs/hardening.md): 413 before anything reads a body over the limit (the middleware
# sits right after the request log). Bytes; the proxy should enforce the same (client_max_body_size 55m for
# /admin/, 1m elsewhere).
REQUEST_BODY_LIMIT = int(os.environ.get("REQUEST_BODY_LIMIT", str(1024 * 1024)))
REQUEST_BODY_LIMIT_ADMIN = int(os.environ.get("REQUEST_BODY_LIMIT_ADMIN", str(55 * 1024 * 1024)))
# Backups (issue 17; docs/backup.md): the key that signs each archive's manifest (HMAC-SHA256). Unset: a key
# derived from SECRET_KEY, so only a server with the same SECRET_KEY can restore; set it (and keep it with the
# site's other secrets) to restore on a server with another SECRET_KEY.
BACKUP_SIGNING_KEY = os.environ.get("BACKUP_SIGNING_KEY", "")
# Throttled forms (issue 17; hardening/throttle.py), counted in the shared store: page-password guesses per
# client address and restriction in 15 minutes, admin password-reset requests per client address an hour.
# (The middleware sits just before django-axes, in middleware() above.)
PAGE_PASSWORD_ATTEMPTS = int(os.environ.get("PAGE_PASSWORD_ATTEMPTS", "10"))
PASSWORD_RESET_REQUESTS = int(os.environ.get("PASSWORD_RESET_REQUESTS", "5"))
# Mail (issue 17; docs/hardening.md): EMAIL_URL (smtp://user:password@host:587?tls, smtps://…:465, console://)
# or the usual EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS / EMAIL_USE_SSL.
# Neither: Django's SMTP to localhost:25 (dev.py uses the console backend).
from hardening.mailconfig import email_settings  # noqa: E402

globals().update(email_settings(os.environ))
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses any login attempt while the pair is locked out
    "django.contrib.auth.backends.ModelBackend",
]

# Images: no SVG (it can carry scripts); at most 10 MB and 40 megapixels (width × height × frames: a 10-frame
# animated GIF counts ten times).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Counts frames and reads the size from the header before decoding (hardening/images.py explains why).
WAGTAILIMAGES_IMAGE_FORM_BASE = "hardening.forms.HardenedImageForm"
# Documents: an allow-list, at most 50 MB, and content that matches the extension (hardening/uploads.py).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt", "epub", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hardening.forms.HardenedDocumentForm"
# Served through Django (WAGTAILDOCS_SERVE_METHOD above) as attachments, except PDF which may open inline;
# with "Content-Security-Policy: default-src 'none'" and "X-Content-Type-Options: nosniff". Explicit media
# types so the served Content-Type does not depend on the host's /etc/mime.types.
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "csv": "text/csv",
    "txt": "text/plain",
    "epub": "application/epub+zip",
    "zip": "application/zip",
}

# Headers. CSP: hardening/csp.py (strict public policy, documented admin policy); the origins embedded media
# may be framed from. HSTS is set in production.py (it is only sent over HTTPS).
HARDENING_CSP_FRAME_SRC = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Cookies exist only in the admin (session, CSRF); production.py adds Secure.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# No avatars from gravatar.com: editors' e-mail hashes stay here, and the admin loads no foreign images.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Login lockout (django-axes): 5 failed logins for one user name from one address lock that pair out for 15
# minutes; the correct password is refused meanwhile, and each further attempt restarts the 15 minutes.
# `manage.py axes_reset_username NAME` (or axes_reset) unlocks early.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours (a float: django-axes reads it as hours)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "hardening.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "traffic.clientip.client_ip"
AXES_ALLOWED_CORS_ORIGINS = WAGTAILADMIN_BASE_URL
AXES_VERBOSE = False
