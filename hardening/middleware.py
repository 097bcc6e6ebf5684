"""Response headers (CSP, Permissions-Policy, document downloads) and one log line per request.

Neither middleware sets a cookie: public responses must stay cookie-free.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.http import content_disposition_header

from hardening import csp
from hardening.jsonlog import current_request_id, request_id_from
from traffic import served

request_logger = logging.getLogger("decnet.request")

_MAX_LOGGED_PATH = 2000


def is_admin_request(request: HttpRequest) -> bool:
    return served.served(request).kind == served.ADMIN


def is_document_download(request: HttpRequest, response: HttpResponseBase) -> bool:
    """A file sent by Wagtail's document serve view (not its 404, redirect or password form)."""
    return served.is_document_response(request, response)


def harden_document_response(request: HttpRequest, response: HttpResponseBase) -> None:
    """Downloads run nothing, are never sniffed, and only the inline types (PDF) may open in the browser.

    Wagtail's serve view sets these already (WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT and
    WAGTAILDOCS_INLINE_CONTENT_TYPES); this makes them hold whatever a ``before_serve_document`` hook or a
    later Wagtail release returns.
    """
    response["Content-Security-Policy"] = csp.DOCUMENT_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    if response.get("Content-Encoding") == "None":
        # Wagtail's sendfile writes str(None) when the file name implies no encoding (that is, always here):
        # "Content-Encoding: None" is not an encoding, and a client may refuse to decode the download.
        del response["Content-Encoding"]
    if response.status_code == 304:
        return
    content_type = (response.get("Content-Type") or "").split(";")[0].strip().lower()
    inline_types = {value.lower() for value in getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", [])}
    disposition = (response.get("Content-Disposition") or "").strip()
    if content_type in inline_types or disposition.lower().startswith("attachment"):
        return
    args = request.resolver_match.args if request.resolver_match else ()
    filename = str(args[-1]) if args else ""
    response["Content-Disposition"] = content_disposition_header(True, filename.rsplit("/", 1)[-1])


class SecurityHeadersMiddleware:
    """Adds the Content-Security-Policy and Permissions-Policy headers; hardens document downloads.

    Goes right after Django's SecurityMiddleware (which sends HSTS, nosniff, Referrer-Policy and
    Cross-Origin-Opener-Policy) and before WhiteNoise, so static files get the headers too. Outside the admin,
    a response that already has a policy (a view that set its own) keeps it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        nonce = csp.CspNonce()
        request.csp_nonce = nonce
        response = self.get_response(request)
        if is_document_download(request, response):
            harden_document_response(request, response)
        elif is_admin_request(request):
            # Always the admin's policy, even over one set inside: a page preview (view draft, the live
            # preview panel) runs the public page through the middleware again with a fake public request,
            # and the public frame-ancestors 'none' would stop the admin from framing it.
            response["Content-Security-Policy"] = csp.serialize(csp.admin_directives())
        elif "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = csp.serialize(csp.public_directives(nonce.used))
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = csp.PERMISSIONS_POLICY
        return response


class RequestLogMiddleware:
    """Logs one line per request (id, method, path, status, duration) on the "decnet.request" logger.

    Goes first in MIDDLEWARE, so the duration covers every other middleware. The id comes from the proxy's
    X-Request-ID header when well-formed, else is generated; it is sent back in X-Request-ID so that a
    reader's report can be matched with the log. The query string is not logged (it may hold a search).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        request_id = request_id_from(request.META.get("HTTP_X_REQUEST_ID"))
        request.request_id = request_id
        token = current_request_id.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            duration_ms = round((time.perf_counter() - started) * 1000, 2)
            response["X-Request-ID"] = request_id
            status = response.status_code
            request_logger.log(
                logging.ERROR if status >= 500 else logging.INFO,
                "%s %s %s",
                request.method,
                request.path[:_MAX_LOGGED_PATH],
                status,
                extra={
                    "request_id": request_id,
                    "method": request.method,
                    "path": request.path[:_MAX_LOGGED_PATH],
                    "status": status,
                    "duration_ms": duration_ms,
                    "served": served.served(request).kind,
                },
            )
            return response
        finally:
            current_request_id.reset(token)
