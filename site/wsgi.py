"""WSGI entry point (gunicorn decnet.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application
from django.db import connections
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decnet.settings.production")

application = get_wsgi_application()

# Import the URLconf (the views, the API, Wagtail's admin) now, not in a worker's first request: a server that
# preloads the application (gunicorn --preload) forks every worker, and every restarted one, with it imported
# once; without preload a worker does it while it boots, before any reader waits on it. No connection opened
# meanwhile may be shared with the workers forked afterwards.
get_resolver().url_patterns  # noqa: B018 (the property imports the URL modules)
connections.close_all()
