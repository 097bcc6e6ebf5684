"""One store of counters that every worker process shares, with atomic operations.

Per-process caches (Django's LocMemCache) count per worker: with N workers a limit of 60 lets N x 60 through,
and a restarted worker forgets its counts. This store keeps the counts where every worker sees them. Two
operations cover the site's needs:

- ``add(key, ttl) -> bool``: first writer wins. True for exactly one caller until the key expires (dedup:
  "count this reader's first request once", "first failed guess starts the window").
- ``incr(key, window_seconds) -> int``: count one event in the current fixed window (aligned on multiples of
  ``window_seconds`` since the epoch) and return the window's count including this one.

The default backend is the database (``DatabaseStore``): one table, each operation one SQL statement
(``INSERT ... ON CONFLICT ... RETURNING``, atomic on SQLite >= 3.35 and PostgreSQL), so it needs no extra
service. With ``REDIS_URL`` set, the settings name ``RedisStore`` instead (``SHARED_STORE``, a dotted path):
the same two methods, one round trip each, shared by every host that uses the same server.

Errors (a locked or unreachable database) are raised as ``SharedStoreError``; each caller decides whether to
fail open (a rate limit) or closed.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from functools import cache
from typing import Protocol

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connections, router, transaction
from django.utils.module_loading import import_string

DEFAULT_BACKEND = "hardening.sharedstore.DatabaseStore"
_MAX_KEY = 200
_PURGE_EVERY = 500  # about one call in this many also deletes expired rows


class SharedStoreError(Exception):
    """The store could not answer (for example the database is locked or unreachable)."""


class SharedStore(Protocol):
    def add(self, key: str, ttl: float) -> bool: ...

    def incr(self, key: str, window_seconds: int) -> int: ...


def _short_key(key: str) -> str:
    """Keys longer than the column are replaced by a prefix and their SHA-256 (still one key per input)."""
    if len(key) <= _MAX_KEY:
        return key
    return key[: _MAX_KEY - 65] + "#" + hashlib.sha256(key.encode()).hexdigest()


def window_of(window_seconds: int, now: float | None = None) -> tuple[int, float]:
    """The current fixed window's number and the Unix time at which it ends."""
    now = time.time() if now is None else now
    number = int(now // window_seconds)
    return number, float((number + 1) * window_seconds)


@contextmanager
def brief_lock_wait(alias: str = "default", milliseconds: int = 250) -> Iterator[None]:
    """On SQLite, wait at most ``milliseconds`` for the write lock instead of the connection's busy timeout.

    For the incidental writes of a read request (a counter, the query log): while a long import holds the
    lock, they give up quickly and the reader still gets an answer. Inside a transaction (which already holds
    the lock) and on other databases it changes nothing.
    """
    connection = connections[alias]
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    connection.ensure_connection()
    raw = connection.connection
    previous = int(raw.execute("PRAGMA busy_timeout").fetchone()[0])
    raw.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA busy_timeout = {previous}")


class DatabaseStore:
    """The shared store in the default database (table ``hardening_sharedcounter``)."""

    def __init__(self) -> None:
        # Looked up, not imported: this module is imported while apps load (by middleware and rate limits).
        self.model = apps.get_model("hardening", "SharedCounter")
        self.alias = router.db_for_write(self.model)

    def _execute(self, sql: str, params: list) -> tuple | None:
        connection = connections[self.alias]
        table = connection.ops.quote_name(self.model._meta.db_table)
        try:
            # A savepoint inside a request's transaction: a failure here never breaks the caller's one.
            # Outside one, the single statement is atomic by itself: no BEGIN and COMMIT around it (two
            # queries fewer on each counted page view, issue 18).
            guard = transaction.atomic(using=self.alias) if connection.in_atomic_block else nullcontext()
            with brief_lock_wait(self.alias), guard, connection.cursor() as cursor:
                quoted = {name: connection.ops.quote_name(name) for name in ("key", "value", "expires")}
                cursor.execute(sql.format(table=table, **quoted), params)
                return cursor.fetchone()
        except DatabaseError as error:
            raise SharedStoreError(str(error)) from error

    def _maybe_purge(self, now: float) -> None:
        if random.randrange(_PURGE_EVERY) == 0:  # noqa: S311 (not security sensitive)
            self.purge_expired(now)

    def purge_expired(self, now: float | None = None) -> int:
        """Delete every expired key; returns how many rows went."""
        now = time.time() if now is None else now
        try:
            deleted, _ = self.model.objects.using(self.alias).filter(expires__lte=now).delete()
        except DatabaseError as error:
            raise SharedStoreError(str(error)) from error
        return deleted

    def add(self, key: str, ttl: float) -> bool:
        now = time.time()
        self._maybe_purge(now)
        # Inserts the key, or takes over an expired row; a live row is left alone and nothing is returned.
        row = self._execute(
            "INSERT INTO {table} ({key}, {value}, {expires}) VALUES (%s, 1, %s) "
            "ON CONFLICT ({key}) DO UPDATE SET {value} = 1, {expires} = excluded.{expires} "
            "WHERE {table}.{expires} <= %s RETURNING {value}",
            [_short_key(key), now + ttl, now],
        )
        return row is not None

    def incr(self, key: str, window_seconds: int) -> int:
        now = time.time()
        self._maybe_purge(now)
        number, ends = window_of(window_seconds, now)
        row = self._execute(
            "INSERT INTO {table} ({key}, {value}, {expires}) VALUES (%s, 1, %s) "
            "ON CONFLICT ({key}) DO UPDATE SET {value} = {table}.{value} + 1 RETURNING {value}",
            [_short_key(f"{key}@{window_seconds}:{number}"), ends],
        )
        return int(row[0])


class RedisStore:
    """The shared store in Redis (``settings.REDIS_URL``): ``SET NX PX`` for ``add``, ``INCR`` plus an expiry
    at the window's end for ``incr``. Keys carry ``settings.REDIS_KEY_PREFIX``; nothing is kept past its
    window or period, so the server needs no persistence."""

    def __init__(self, url: str | None = None, prefix: str | None = None) -> None:
        import redis

        self.errors = redis.RedisError
        # A slow or lost server must not hold a reader's request: the callers fail open or closed quickly.
        self.client = redis.Redis.from_url(
            url or settings.REDIS_URL, socket_timeout=0.5, socket_connect_timeout=0.5
        )
        self.prefix = f"{prefix if prefix is not None else settings.REDIS_KEY_PREFIX}:store:"

    def add(self, key: str, ttl: float) -> bool:
        milliseconds = max(1, int(ttl * 1000))
        try:
            return bool(self.client.set(self.prefix + _short_key(key), 1, nx=True, px=milliseconds))
        except self.errors as error:
            raise SharedStoreError(str(error)) from error

    def incr(self, key: str, window_seconds: int) -> int:
        number, ends = window_of(window_seconds)
        name = self.prefix + _short_key(f"{key}@{window_seconds}:{number}")
        try:
            pipeline = self.client.pipeline(transaction=True)
            pipeline.incr(name)
            pipeline.expireat(name, int(ends) + 1)
            count, _ = pipeline.execute()
        except self.errors as error:
            raise SharedStoreError(str(error)) from error
        return int(count)


@cache
def _backend(path: str) -> SharedStore:
    return import_string(path)()


def store() -> SharedStore:
    """The configured backend (``settings.SHARED_STORE``, by default the database)."""
    return _backend(getattr(settings, "SHARED_STORE", DEFAULT_BACKEND))


def add(key: str, ttl: float) -> bool:
    """True for the first caller of ``key`` (across every worker) until ``ttl`` seconds have passed."""
    return store().add(key, ttl)


def incr(key: str, window_seconds: int) -> int:
    """Count one event for ``key`` in the current fixed window; the count so far, this event included."""
    return store().incr(key, window_seconds)
