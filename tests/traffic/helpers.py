"""What the traffic tests share."""

from collections.abc import Callable
from typing import TypeVar

from django.http import HttpResponse
from django.test import RequestFactory

from traffic.scope import RequestScopeMiddleware

T = TypeVar("T")


def in_one_request(work: Callable[[], T]) -> T:
    """Runs ``work`` as a view behind the request-scope middleware and returns what it returned."""
    results = []

    def view(request):
        results.append(work())
        return HttpResponse()

    RequestScopeMiddleware(view)(RequestFactory().get("/"))
    return results[0]


class Builder:
    """A value's builder that counts its calls: each call builds a new value ("built 1", "built 2", …)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> list[str]:
        self.calls += 1
        return [f"built {self.calls}"]


def cache_down(*args, **kwargs):
    """In place of a cache method: the cache server cannot be reached."""
    raise ConnectionError("cache down")
