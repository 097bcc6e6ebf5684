"""Where the page cache keeps things in production: its entries in Redis (with REDIS_URL), and without Redis
a generation that every worker process of the host sees (a file cache in /dev/shm)."""

from __future__ import annotations

import uuid

import pytest
from django.core.cache.backends.filebased import FileBasedCache
from django.test import Client

from pagecache import store
from tests.factories import StandardPageFactory
from tests.hardening.test_sharedstore_redis import redis_url
from tests.impact.conftest import BROWSER

pytestmark = pytest.mark.django_db
LOCAL = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def status_of(url: str) -> str | None:
    return Client(headers={"user-agent": BROWSER}).get(url).headers.get(store.HEADER)


def test_entries_and_generation_in_redis(settings, home_page):
    settings.CACHES = {
        "default": LOCAL,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url(),
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}:pages",  # parallel test processes share the server
        },
    }
    settings.PAGE_CACHE, settings.PAGE_CACHE_ALIAS, settings.PAGE_CACHE_GENERATION_ALIAS = (
        True,
        "pages",
        "pages",
    )
    page = StandardPageFactory(parent=home_page, title="Kept in Redis", slug="redis")
    try:
        assert [status_of(page.url), status_of(page.url)] == ["miss", "hit"]
        assert store.entries().get(store.GENERATION_KEY)  # beside the entries: one round trip per lookup
        page.title = "Published again"
        page.save_revision().publish()
        assert status_of(page.url) == "miss"
    finally:
        store.entries().clear()


def test_a_generation_started_by_another_worker_makes_this_workers_entries_stale(
    settings, home_page, tmp_path
):
    """Entries are per process in memory; the generation is a file every worker reads."""
    location = str(tmp_path / "page-cache")
    settings.CACHES = {
        "default": LOCAL,
        "pages": {**LOCAL, "LOCATION": "test-pages"},
        "pages-generation": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": location,
            "TIMEOUT": None,
        },
    }
    settings.PAGE_CACHE, settings.PAGE_CACHE_ALIAS = True, "pages"
    settings.PAGE_CACHE_GENERATION_ALIAS = "pages-generation"
    page = StandardPageFactory(parent=home_page, title="Kept per worker", slug="worker")
    assert [status_of(page.url), status_of(page.url)] == ["miss", "hit"]
    other_worker = FileBasedCache(location, {"TIMEOUT": None})  # another process's view of the same file
    other_worker.set(store.GENERATION_KEY, "published-elsewhere", None)
    assert [status_of(page.url), status_of(page.url)] == ["miss", "hit"]


def test_an_unreachable_cache_serves_rendered_pages_and_lets_editors_publish(settings, home_page):
    settings.CACHES = {
        "default": LOCAL,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    settings.PAGE_CACHE, settings.PAGE_CACHE_ALIAS, settings.PAGE_CACHE_GENERATION_ALIAS = (
        True,
        "pages",
        "pages",
    )
    page = StandardPageFactory(parent=home_page, title="Served anyway", slug="anyway")
    for _ in range(2):
        response = Client(headers={"user-agent": BROWSER}).get(page.url)
        assert response.status_code == 200 and store.HEADER not in response
    page.title = "Published anyway"
    page.save_revision().publish()
    assert "Published anyway" in Client(headers={"user-agent": BROWSER}).get(page.url).content.decode()
