"""Refuse request bodies over the configured size with 413, before anything reads them (issue 17, point 2).

Without this, Django reads a whole multipart body (spooling files to the temporary folder) when the CSRF
middleware or a form first touches ``request.POST``: an anonymous 300 MB POST was written to disk before its
403, and a 1 GiB admin upload was received in full before the form said "too big".

- A declared ``Content-Length`` over the limit is answered 413 at once; the body is never read.
- A body without ``Content-Length`` (chunked) is read through a counting stream that stops at the limit; the
  response is then 413 whatever an inner layer made of the cut body.

Limits (bytes, from the environment): ``REQUEST_BODY_LIMIT_ADMIN`` for the Wagtail admin (the largest
upload, a 50 MB document, plus room for the form), ``REQUEST_BODY_LIMIT`` elsewhere (forms and searches are
small). Set the same limits in the reverse proxy (docs/hardening.md) so a large body stops even earlier.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from hardening.middleware import is_admin_request


class _CappedStream:
    """A request body stream that reads at most ``limit`` bytes and remembers when there was more."""

    def __init__(self, stream, limit: int, request: HttpRequest) -> None:
        self._stream = stream
        self._left = limit
        self._request = request

    def _mark(self) -> bytes:
        self._request.body_too_large = True
        return b""

    def read(self, size: int = -1) -> bytes:
        if self._left < 0:
            return b""
        want = self._left + 1 if size is None or size < 0 else min(size, self._left + 1)
        data = self._stream.read(want)
        self._left -= len(data)
        if self._left < 0:
            return self._mark()
        return data

    def close(self) -> None:
        """The server owns the input stream; nothing to release here."""

    def readline(self, size: int = -1) -> bytes:
        if self._left < 0:
            return b""
        want = self._left + 1 if size is None or size < 0 else min(size, self._left + 1)
        data = self._stream.readline(want)
        self._left -= len(data)
        if self._left < 0:
            return self._mark()
        return data


def body_limit(request: HttpRequest) -> int:
    if is_admin_request(request):
        return int(settings.REQUEST_BODY_LIMIT_ADMIN)
    return int(settings.REQUEST_BODY_LIMIT)


def too_large(limit: int) -> HttpResponse:
    megabytes = limit / (1024 * 1024)
    text = f"The request is too large: at most {megabytes:g} MB may be sent here.\n"
    return HttpResponse(text, status=413, content_type="text/plain; charset=utf-8")


class RequestBodyLimitMiddleware:
    """First to touch the request (right after the request log): 413 for bodies over the limit."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        limit = body_limit(request)
        declared = request.META.get("CONTENT_LENGTH")
        if declared:
            try:
                length = int(declared)
            except ValueError:
                return HttpResponse("Bad Content-Length.\n", status=400, content_type="text/plain")
            if length > limit:
                return too_large(limit)
        elif "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
            # Django reads a body only up to Content-Length (here none, so nothing); this stream lets a view
            # read a chunked body while stopping at the limit.
            request._stream = _CappedStream(request.environ["wsgi.input"], limit, request)
        response = self.get_response(request)
        if getattr(request, "body_too_large", False):
            return too_large(limit)
        return response
