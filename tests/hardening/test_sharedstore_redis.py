"""The shared store on a real Redis server (what production uses when REDIS_URL is set): the same contract as
the database store, across separate connections as separate worker processes and hosts would hold them.

`make test` starts a private server (scripts/services/redis.sh) and passes its address as TEST_REDIS_URL;
without it these tests skip, except in CI, where they fail.
"""

import os
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from hardening import sharedstore

PROJECT = Path(__file__).resolve().parents[2]
_TRUE = {"1", "true", "yes", "on"}


def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL", "").strip()
    if not url:
        required = {os.environ.get(name, "").lower() for name in ("CI", "CI_REQUIRE_SERVICES")} & _TRUE
        message = "TEST_REDIS_URL is not set (scripts/services/redis.sh start; make test sets it)"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture
def prefix() -> str:
    """A key prefix of this test's own: parallel test processes share the server."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def store(prefix):
    return sharedstore.RedisStore(redis_url(), prefix=prefix)


def test_add_is_true_only_for_the_first_writer_until_the_key_expires(store, prefix):
    other_worker = sharedstore.RedisStore(redis_url(), prefix=prefix)
    assert store.add("reader:1", ttl=0.4) is True
    assert other_worker.add("reader:1", ttl=0.4) is False
    assert other_worker.add("reader:2", ttl=0.4) is True
    time.sleep(0.5)
    assert other_worker.add("reader:1", ttl=30) is True  # expired: the next writer starts a new period
    assert store.add("reader:1", ttl=30) is False


def test_incr_counts_per_fixed_window_and_expires_with_it(store):
    window = 3600
    _, ends = sharedstore.window_of(window)
    if ends - time.time() < 5:
        time.sleep(ends - time.time() + 0.1)
    assert [store.incr("ip:1", window) for _ in range(3)] == [1, 2, 3]
    assert store.incr("ip:2", window) == 1
    assert store.incr("ip:1", 1800) == 1  # another window length is another counter
    number, ends = sharedstore.window_of(window)
    ttl = store.client.ttl(f"{store.prefix}ip:1@{window}:{number}")
    assert 0 < ttl <= ends - time.time() + 2  # nothing outlives its window


def test_concurrent_writers_on_separate_connections_are_atomic(prefix):
    stores = [sharedstore.RedisStore(redis_url(), prefix=prefix) for _ in range(8)]

    def hammer(index: int) -> list[int]:
        return [stores[index].incr("burst", 3600) for _ in range(25)]

    def first(index: int) -> bool:
        return stores[index].add("first", 60)

    with ThreadPoolExecutor(max_workers=8) as pool:
        counts = [count for batch in pool.map(hammer, range(8)) for count in batch]
        winners = list(pool.map(first, range(8)))
    if max(counts) < 200:  # the burst crossed an hour boundary: two windows
        pytest.skip("the burst straddled two windows")
    assert sorted(counts) == list(range(1, 201))
    assert winners.count(True) == 1


def test_an_unreachable_server_raises_the_stores_own_error():
    store = sharedstore.RedisStore("redis://127.0.0.1:9/0", prefix="unreachable")
    with pytest.raises(sharedstore.SharedStoreError):
        store.add("reader", 30)
    with pytest.raises(sharedstore.SharedStoreError):
        store.incr("ip", 60)


def test_redis_url_switches_the_cache_and_the_store_and_its_absence_switches_them_back():
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SHARED_STORE, s.CACHES['default']['BACKEND'], s.CACHES['impact']['BACKEND'], "
        "s.CACHES[s.PAGE_CACHE_ALIAS]['BACKEND'], s.CACHES[s.PAGE_CACHE_GENERATION_ALIAS]['BACKEND'])"
    )
    base = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}}
    base["DJANGO_SETTINGS_MODULE"] = "decnet.settings.dev"

    def configured(**env: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", script], cwd=PROJECT, env={**base, **env}, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    assert configured(REDIS_URL="redis://127.0.0.1:6380/0") == [
        "hardening.sharedstore.RedisStore",
        "django.core.cache.backends.redis.RedisCache",
        "django.core.cache.backends.redis.RedisCache",
        "django.core.cache.backends.redis.RedisCache",  # the page cache's entries
        "django.core.cache.backends.redis.RedisCache",  # and its generation
    ]
    assert configured() == [
        "hardening.sharedstore.DatabaseStore",
        "django.core.cache.backends.locmem.LocMemCache",
        "impact.cache.ImpactFileCache",
        "django.core.cache.backends.locmem.LocMemCache",  # entries per worker process
        "django.core.cache.backends.filebased.FileBasedCache",  # a generation every worker sees
    ]
