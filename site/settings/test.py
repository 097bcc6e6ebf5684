"""Test settings: fast hashing, media in a temporary folder, database chosen by DATABASE_URL."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _scratch_folder(prefix: str) -> str:
    """A temporary folder for this process, removed when it exits (a developer's /tmp kept one per test
    process before)."""
    folder = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or _scratch_folder("decnet-test-media-")
# An empty static root unless a test collects into one: WhiteNoise reads the whole folder each time a test
# client loads the middleware, and a developer's static_collected/ (1,300 files after `make run`) made that
# 0.13 s per client.
STATIC_ROOT = os.environ.get("STATIC_ROOT") or _scratch_folder("decnet-test-static-")
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off: the in-process cache would outlive each test's rolled-back transaction; tests/pagecache turns it on.
PAGE_CACHE = False

# Machine translation without a network: wagtail-localize's dummy translator (reverses words) stands in for
# DeepL, whatever DEEPL_API_KEY says.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}

# A page type defined only in the tests (tests/pagetype): proves a new content type needs no shared-code edit.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.pagetype"]  # noqa: F405
# Impact counts are written by each test (services.flush) rather than by a background thread that would race
# the test's transaction; tests of the thread and of SIGTERM run a server process with it on.
IMPACT_BACKGROUND_FLUSH = False
