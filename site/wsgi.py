"""WSGI entry point (gunicorn decnet.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "decnet.settings.production")

application = get_wsgi_application()
