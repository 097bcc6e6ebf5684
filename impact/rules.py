"""Which requests count: plain predicates on the request and response, each testable on its own."""

from django.http import HttpRequest, HttpResponseBase

from impact.bots import is_bot

# Set on the request by impact.wagtail_hooks when Wagtail serves a public page or a document file.
PAGE_ATTRIBUTE = "_impact_page"
DOCUMENT_ATTRIBUTE = "_impact_document"
EXCLUDED_PATH_PREFIXES = ("/admin/", "/django-admin/", "/api/", "/static/", "/media/")


def is_reader_request(request: HttpRequest) -> bool:
    """A plain GET from a browser of a reader: no bot, no preview, no prefetch, not the editors' admin."""
    if request.method != "GET":
        return False
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    if request.path.startswith(EXCLUDED_PATH_PREFIXES):
        return False
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return False
    # Speculative loads (link prefetch/prerender) are not views until the reader opens them.
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    if "prefetch" in purpose.lower():
        return False
    return not is_editor(request)


def is_editor(request: HttpRequest) -> bool:
    """Logged-in users who can use the admin are the site's own staff, not readers."""
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def comes_from_admin(request: HttpRequest) -> bool:
    """A file opened from an admin screen (document listing, chooser, page preview) is an editor's preview."""
    referer = request.headers.get("Referer", "")
    if not referer:
        return False
    host = request.get_host()
    return any(referer.startswith(f"{scheme}{host}/admin/") for scheme in ("http://", "https://"))


def wants_no_tracking(request: HttpRequest) -> bool:
    """`DNT: 1` or `Sec-GPC: 1`: the view is counted, the client is not recognised as a visitor or session."""
    return request.headers.get("DNT", "").strip() == "1" or request.headers.get("Sec-GPC", "").strip() == "1"


def is_page_view_route(request: HttpRequest) -> bool:
    """The page itself, not one of its extra routes (RoutablePageMixin: feeds, citation downloads), which
    machines poll or fetch and which are not a reader's view of the page."""
    match = getattr(request, "routable_resolver_match", None)
    return match is None or match.url_name == "index_route"


def counted_page(request: HttpRequest, response: HttpResponseBase):
    """The Wagtail page whose view this response is, or None if it does not count."""
    page = getattr(request, PAGE_ATTRIBUTE, None)
    if page is None or response.status_code != 200 or not is_reader_request(request):
        return None
    return page


def counted_document(request: HttpRequest, response: HttpResponseBase):
    """The document whose file this response delivers to a reader, or None if it does not count."""
    document = getattr(request, DOCUMENT_ATTRIBUTE, None)
    # 206: PDF viewers fetch in ranges; the 30-minute window makes those one download.
    if document is None or response.status_code not in (200, 206):
        return None
    if not is_reader_request(request) or comes_from_admin(request):
        return None
    return document
