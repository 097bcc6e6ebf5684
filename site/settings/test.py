"""Test settings: fast hashing, media in a temporary folder, database chosen by DATABASE_URL."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", tempfile.mkdtemp(prefix="decnet-test-media-"))
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Machine translation without a network: wagtail-localize's dummy translator (reverses words) stands in for
# DeepL, whatever DEEPL_API_KEY says.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}

# A page type defined only in the tests (tests/pagetype): proves a new content type needs no shared-code edit.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.pagetype"]  # noqa: F405
