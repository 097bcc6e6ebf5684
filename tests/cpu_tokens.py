"""A pool of CPU tokens shared by the test processes of a run (scripts/test.sh), as make's jobserver shares
its job slots: a process runs a test only while it holds a token, so that no more tests compute at once than
the run allows, however many processes its stages started (docs/testing.md, "CPU").

The pool is a named pipe holding one byte per token. Taking one is a blocking read of a byte (the kernel wakes
one waiting process when a byte comes back); giving it back is a write. Without ``TEST_CPU_TOKENS_PIPE`` (a
test run by hand, `make check`) there is no pool and nothing waits.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

ENVIRONMENT_VARIABLE = "TEST_CPU_TOKENS_PIPE"
_pool_fd: int | None = None


def _pool() -> int | None:
    """The pool's pipe, opened once per process. The variable is then removed from the environment: a test
    that runs pytest in a subprocess holds a token already, and its child waiting for another could wait
    forever (two such tests at once would hold both tokens of a two-token pool)."""
    global _pool_fd
    if _pool_fd is None:
        path = os.environ.pop(ENVIRONMENT_VARIABLE, "")
        if not path:
            return None
        _pool_fd = os.open(path, os.O_RDWR)  # read-write: the open never waits for a writer
    return _pool_fd


@contextlib.contextmanager
def token() -> Iterator[None]:
    """Hold one of the run's CPU tokens while the block runs (at once when there is no pool)."""
    pool = _pool()
    if pool is None:
        yield
        return
    taken = os.read(pool, 1)
    try:
        yield
    finally:
        os.write(pool, taken)
