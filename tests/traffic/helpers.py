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
