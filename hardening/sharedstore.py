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
service. Another backend (Redis, when ``REDIS_URL`` is set) only has to offer the same two methods and be
named in the ``SHARED_STORE`` setting (a dotted path).

Errors (a locked or unreachable database) are raised as ``SharedStoreError``; each caller decides whether to
fail open (a rate limit) or closed.
"""

from __future__ import annotations

import hashlib
import random
import time
from functools import cache
from typing import Protocol

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


class DatabaseStore:
    """The shared store in the default database (table ``hardening_sharedcounter``)."""

    def __init__(self) -> None:
        from hardening.models import SharedCounter

        self.model = SharedCounter
        self.alias = router.db_for_write(SharedCounter)

    def _execute(self, sql: str, params: list) -> tuple | None:
        connection = connections[self.alias]
        table = connection.ops.quote_name(self.model._meta.db_table)
        try:
            # A savepoint inside a request's transaction: a failure here never breaks the caller's one.
            with transaction.atomic(using=self.alias), connection.cursor() as cursor:
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
