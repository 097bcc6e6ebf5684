"""A memo that lasts one request: what several parts of a page ask the database for (the view restrictions,
say) is read once per request instead of once per asker.

Outside a request (management commands, tests that call code directly) nothing is remembered: every call
builds afresh. A response's body produced after the middleware returned (a streamed export) builds afresh too.
"""

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponseBase

T = TypeVar("T")

_memo: ContextVar[dict[Hashable, Any] | None] = ContextVar("decnet_request_memo", default=None)


def remember(key: Hashable, build: Callable[[], T]) -> T:
    """``build()`` once per request for ``key``; every call when no request is being served."""
    memo = _memo.get()
    if memo is None:
        return build()
    if key not in memo:
        memo[key] = build()
    return memo[key]


def serving() -> bool:
    """Whether a request (or a ``request_scope``) is open in this context."""
    return _memo.get() is not None


def forget(key: Hashable) -> None:
    """Drop ``key`` from this request's memo: what it was built from has changed."""
    memo = _memo.get()
    if memo is not None:
        memo.pop(key, None)


@contextmanager
def request_scope() -> Iterator[None]:
    """A memo for what runs inside (a request; a template rendered by a test as a request would be)."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


class RequestScopeMiddleware:
    """Opens the memo for the request and closes it with the response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        with request_scope():
            return self.get_response(request)
