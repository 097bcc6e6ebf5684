"""The run's CPU tokens (tests/cpu_tokens.py): a test holds one while it runs, and none is lost."""

from __future__ import annotations

import os
import threading
from types import SimpleNamespace

import pytest

from tests import conftest, cpu_tokens

pytestmark = pytest.mark.database_free


@pytest.fixture
def pool(tmp_path, monkeypatch):
    """A pool of its own (this process's, if scripts/test.sh gave it one, is put back afterwards)."""
    path = tmp_path / "cpu-tokens"
    os.mkfifo(path)
    holder = os.open(path, os.O_RDWR | os.O_NONBLOCK)  # the script's part: it keeps the pipe open
    monkeypatch.setattr(cpu_tokens, "_pool_fd", None)
    monkeypatch.setenv(cpu_tokens.ENVIRONMENT_VARIABLE, str(path))

    def tokens_left() -> int:
        try:
            taken = os.read(holder, 64)
        except BlockingIOError:
            return 0
        os.write(holder, taken)
        return len(taken)

    def add(count: int) -> None:
        os.write(holder, b"+" * count)

    yield SimpleNamespace(tokens_left=tokens_left, add=add)
    if cpu_tokens._pool_fd is not None:
        os.close(cpu_tokens._pool_fd)
    os.close(holder)


def test_a_block_holds_a_token_and_gives_it_back(pool):
    pool.add(2)
    with cpu_tokens.token():
        assert pool.tokens_left() == 1
        with cpu_tokens.token():
            assert pool.tokens_left() == 0
    assert pool.tokens_left() == 2


def test_a_process_waits_while_every_token_is_taken(pool):
    entered = threading.Event()

    def run() -> None:
        with cpu_tokens.token():
            entered.set()

    waiting = threading.Thread(target=run, daemon=True)
    waiting.start()
    assert not entered.wait(0.3), "ran without a token"
    pool.add(1)
    assert entered.wait(5), "a token came back and the waiting block did not run"
    waiting.join(5)
    assert pool.tokens_left() == 1


def test_the_token_comes_back_when_the_block_fails(pool):
    pool.add(1)
    with pytest.raises(RuntimeError), cpu_tokens.token():
        raise RuntimeError("a failing test")
    assert pool.tokens_left() == 1


def test_subprocesses_do_not_join_the_pool(pool):
    """A test that runs pytest in a subprocess already holds a token: the child must not wait for another."""
    pool.add(1)
    with cpu_tokens.token():
        assert cpu_tokens.ENVIRONMENT_VARIABLE not in os.environ


def test_without_a_pool_nothing_waits(monkeypatch):
    monkeypatch.setattr(cpu_tokens, "_pool_fd", None)
    monkeypatch.delenv(cpu_tokens.ENVIRONMENT_VARIABLE, raising=False)
    with cpu_tokens.token():
        pass


def test_each_test_runs_holding_a_token(pool):
    """The suite's hook (tests/conftest.py): set-up, call and tear-down run while the token is held."""
    pool.add(1)
    protocol = conftest.pytest_runtest_protocol(item=SimpleNamespace(stash={}), nextitem=None)
    next(protocol)  # the hook has run up to the test itself
    assert pool.tokens_left() == 0
    with pytest.raises(StopIteration):
        protocol.send(None)
    assert pool.tokens_left() == 1
