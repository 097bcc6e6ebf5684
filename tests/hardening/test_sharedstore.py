"""The shared store: first-writer-wins ``add`` and fixed-window ``incr``, atomic across connections."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections, transaction
from freezegun import freeze_time

from hardening import sharedstore
from hardening.models import SharedCounter


@pytest.fixture
def store(db):
    return sharedstore.DatabaseStore()


def test_add_is_true_only_for_the_first_writer_until_the_key_expires(store):
    with freeze_time("2026-12-01 10:00:00") as clock:
        assert store.add("reader:1", ttl=30) is True
        assert store.add("reader:1", ttl=30) is False
        assert store.add("reader:2", ttl=30) is True
        clock.tick(29)
        assert store.add("reader:1", ttl=30) is False
        clock.tick(2)
        assert store.add("reader:1", ttl=30) is True  # expired: the next writer starts a new period
        assert store.add("reader:1", ttl=30) is False


def test_incr_counts_per_fixed_window_and_restarts_in_the_next(store):
    with freeze_time("2026-12-01 10:00:05") as clock:
        assert [store.incr("ip:1", 60) for _ in range(3)] == [1, 2, 3]
        assert store.incr("ip:2", 60) == 1
        assert store.incr("ip:1", 10) == 1  # another window length is another counter
        clock.tick(55)  # 10:01:00, a new minute
        assert store.incr("ip:1", 60) == 1


def test_module_functions_use_the_configured_backend(db, settings):
    settings.SHARED_STORE = sharedstore.DEFAULT_BACKEND
    assert sharedstore.add("k", 10) is True and sharedstore.add("k", 10) is False
    assert sharedstore.incr("k", 60) == 1
    assert SharedCounter.objects.count() == 2


def test_long_keys_stay_distinct(store):
    first, second = "x" * 300 + "a", "x" * 300 + "b"
    assert store.add(first, 10) and store.add(second, 10)
    assert not store.add(first, 10)
    assert all(len(key) <= 200 for key in SharedCounter.objects.values_list("key", flat=True))


def test_purge_expired_drops_only_expired_rows(store):
    with freeze_time("2026-12-01 10:00:00") as clock:
        store.add("short", 5)
        store.add("long", 500)
        clock.tick(10)
        assert store.purge_expired() == 1
    assert list(SharedCounter.objects.values_list("key", flat=True)) == ["long"]


@pytest.mark.store_purge_draw
@pytest.mark.parametrize(("draw", "kept"), [(0, ["long"]), (1, ["long", "short"])])
def test_a_call_that_draws_0_of_500_also_purges_the_expired_rows(store, monkeypatch, draw, kept):
    draws = []
    monkeypatch.setattr(sharedstore.random, "randrange", lambda n: draws.append(n) or draw)
    with freeze_time("2026-12-01 10:00:00") as clock:
        store.add("short", 5)
        store.add("long", 500)
        clock.tick(10)
        draws.clear()
        store.incr("ip", 60)
    assert draws == [500]
    assert sorted(SharedCounter.objects.exclude(key__startswith="ip@").values_list("key", flat=True)) == kept


def test_an_error_inside_a_transaction_leaves_the_callers_transaction_usable(store, monkeypatch):
    with transaction.atomic():
        SharedCounter.objects.create(key="mine", value=7, expires=9e12)
        monkeypatch.setattr(store.model._meta, "db_table", "no_such_table")
        with pytest.raises(sharedstore.SharedStoreError):
            store.incr("ip", 60)
        monkeypatch.undo()
        assert SharedCounter.objects.get(key="mine").value == 7  # the caller's transaction still works


@pytest.mark.postgres(
    reason="needs PostgreSQL: the in-memory SQLite test database has a single shared connection"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_writers_on_separate_connections_are_atomic():
    store = sharedstore.DatabaseStore()
    start = threading.Barrier(8)

    def work(_index: int) -> tuple[bool, list[int]]:
        try:
            start.wait()
            won = store.add("first-request", ttl=60)
            counts = [store.incr("burst", 3600) for _ in range(25)]
            return won, counts
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(8)))
    assert sum(won for won, _ in results) == 1
    every_count = sorted(count for _, counts in results for count in counts)
    assert every_count == list(range(1, 201))  # no count lost, none repeated
