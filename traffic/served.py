"""What a request served, recorded once and read by every middleware that counts, logs or sets headers.

Wagtail tells the site what it serves in two places: the ``on_serve_page`` hook (a public page, or one of its
extra routes such as a feed) and the ``document_served`` signal (a document file, sent once collection
restrictions passed). Both write one record on the request (traffic/wagtail_hooks.py, traffic/apps.py); other
requests are told apart by their path (the admin, the API, static and media files). So "is this a page view",
"is this a document download" and "is this the admin" each have one answer, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.urls import NoReverseMatch, reverse

PAGE = "page"  # a Wagtail page itself
PAGE_ROUTE = "page_route"  # an extra route of a page (RoutablePageMixin: feeds, citation files)
DOCUMENT = "document"  # a document file, through Wagtail's serve view
ADMIN = "admin"
API = "api"
STATIC = "static"  # static and media files
OTHER = "other"

# The public JSON API's prefix (site/urls.py mounts it at api/v1/), and Wagtail's document route.
API_PREFIX = "/api/"
DOCUMENT_URL_NAME = "wagtaildocs_serve"
DOCUMENT_STATUSES = (
    200,
    206,
    304,
)  # a file (whole, ranges, or "not modified"): never its 404 or password form
_ATTRIBUTE = "served_record"


@dataclass(frozen=True)
class Served:
    kind: str
    object: Any = None


def record(request: HttpRequest, kind: str, obj: Any = None) -> None:
    """Say what this request served (called by the page hook and the document signal)."""
    setattr(request, _ATTRIBUTE, Served(kind, obj))


def served(request: HttpRequest) -> Served:
    """What the request served: the recorded page or document, else what its path says."""
    recorded = getattr(request, _ATTRIBUTE, None)
    if recorded is not None:
        return recorded
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == DOCUMENT_URL_NAME:
        # The document route answered without sending the file (a before_serve_document hook's response):
        # still the document route, whose headers hardening enforces, but no document was delivered.
        return Served(DOCUMENT)
    path = request.path
    if is_admin_path(path):
        return Served(ADMIN)
    if path.startswith(API_PREFIX):
        return Served(API)
    if any(prefix and path.startswith(prefix) for prefix in (settings.STATIC_URL, settings.MEDIA_URL)):
        return Served(STATIC)
    return Served(OTHER)


def admin_prefix() -> str | None:
    """The Wagtail admin's URL prefix, or None when the admin is not routed."""
    try:
        return reverse("wagtailadmin_home")
    except NoReverseMatch:
        return None


def is_admin_path(path: str) -> bool:
    prefix = admin_prefix()
    return bool(prefix) and path.startswith(prefix)


def is_document_response(
    request: HttpRequest, response: HttpResponseBase, statuses: tuple[int, ...] = DOCUMENT_STATUSES
) -> bool:
    """A response of the document route (the file, or whatever a hook answered in its place)."""
    return served(request).kind == DOCUMENT and response.status_code in statuses


def served_document(
    request: HttpRequest, response: HttpResponseBase, statuses: tuple[int, ...] = DOCUMENT_STATUSES
):
    """The document whose file this response delivers (status among `statuses`), else None."""
    if not is_document_response(request, response, statuses):
        return None
    return served(request).object


def served_page(request: HttpRequest, response: HttpResponseBase):
    """The page this successful response shows (not one of its extra routes), else None."""
    record_ = served(request)
    if record_.kind != PAGE or response.status_code != 200:
        return None
    return record_.object


def record_served_document(sender, instance, request, **kwargs) -> None:
    """`document_served` receiver."""
    record(request, DOCUMENT, instance)


def is_page_route(request: HttpRequest) -> bool:
    """An extra route of a page (RoutablePageMixin: feeds, citation downloads), not the page itself."""
    match = getattr(request, "routable_resolver_match", None)
    return match is not None and match.url_name != "index_route"
