"""Per-client throttles for the forms that guess or send: page passwords and password resets (issue 17, 4).

Counted in the shared store (hardening.sharedstore), so the limit holds across every worker. A page-password
form accepts ``PAGE_PASSWORD_ATTEMPTS`` guesses per client address and restriction in 15 minutes; the admin's
password-reset form ``PASSWORD_RESET_REQUESTS`` requests per client address an hour. Beyond that: 429 with
Retry-After, and the guess is not even checked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase

from hardening import sharedstore
from traffic.clientip import client_ip

logger = logging.getLogger(__name__)

PAGE_PASSWORD_URL = "wagtailcore_authenticate_with_password"
PASSWORD_RESET_URL = "wagtailadmin_password_reset"


def _rule(request: HttpRequest, kwargs: dict) -> tuple[str, int, int] | None:
    """(key, allowed, window seconds) when this request is a throttled form submission."""
    match = request.resolver_match
    if request.method != "POST" or match is None:
        return None
    address = client_ip(request) or "unknown"
    if match.url_name == PAGE_PASSWORD_URL:
        restriction = kwargs.get("page_view_restriction_id")
        return f"throttle:page-password:{restriction}:{address}", settings.PAGE_PASSWORD_ATTEMPTS, 900
    if match.url_name == PASSWORD_RESET_URL:
        return f"throttle:password-reset:{address}", settings.PASSWORD_RESET_REQUESTS, 3600
    return None


class FormThrottleMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func, view_args, view_kwargs
    ) -> HttpResponseBase | None:  # noqa: E501
        rule = _rule(request, view_kwargs)
        if rule is None:
            return None
        key, allowed, window = rule
        try:
            count = sharedstore.incr(key, window)
        except sharedstore.SharedStoreError:
            logger.warning("form throttle not counted: the shared store is unavailable")
            return None
        if count <= allowed:
            return None
        _, ends = sharedstore.window_of(window)
        wait = max(1, int(ends - time.time() + 0.999))
        response = HttpResponse(
            f"Too many attempts from your address. Wait {max(1, wait // 60)} minute(s), then try again.\n",
            status=429,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(wait)
        return response
