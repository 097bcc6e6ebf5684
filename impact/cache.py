"""A file cache for the impact salt and client hashes that every worker process of one host shares.

Django's FileBasedCache lists its whole directory on every write to decide whether to cull, and culls by
deleting random entries: slow once there are a few thousand entries, and wrong for dedupe marks (a culled mark
counts a returning client again). This subclass never culls on write; `sweep` removes expired files
instead, and impact.clients calls it once a day, when the new day's salt is made.
"""

import contextlib
import os
import tempfile
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class ImpactFileCache(FileBasedCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        """Atomic across processes (Django's is `has_key` then `set`, so two workers could both win): the
        entry is written aside, then hard-linked into place, which fails if another process got there first.
        An expired entry in the way is removed (by `has_key`) and the link tried once more."""
        self._createdir()
        name = self._key_to_file(key, version)
        descriptor, scratch = tempfile.mkstemp(dir=self._dir)
        try:
            with open(descriptor, "wb") as file:
                self._write_content(file, timeout, value)
            for _attempt in range(2):
                try:
                    os.link(scratch, name)
                    return True
                except FileExistsError:
                    if self.has_key(key, version):
                        return False
            return False
        finally:
            os.remove(scratch)

    def _cull(self) -> None:
        """No per-write directory scan and no random eviction (see `sweep`)."""

    def sweep(self, older_than: float) -> int:
        """Delete entries untouched for `older_than` seconds (every impact entry has expired by then)."""
        removed = 0
        cutoff = time.time() - older_than
        with os.scandir(self._dir) as entries:
            for entry in entries:
                if not entry.name.endswith(self.cache_suffix):
                    continue
                with contextlib.suppress(FileNotFoundError):
                    if entry.stat().st_mtime < cutoff:
                        os.remove(entry.path)
                        removed += 1
        return removed
