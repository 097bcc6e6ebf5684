"""Local development: debug on, a fixed insecure key so `make run` works with no configuration."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Templates change while developing: the page cache is off unless asked for (docs/caching.md).
PAGE_CACHE = env_bool("PAGE_CACHE", False)
