"""Which requests count: plain predicates on the request and response, each testable on its own.

What a request served (a page, one of a page's extra routes, a document, the admin, the API…) is recorded
once by the foundation (traffic.served); these rules only decide whether a reader's request counts."""

from django.http import HttpRequest, HttpResponseBase

from impact.bots import is_bot
from traffic import served

NOT_READERS = (served.ADMIN, served.API, served.STATIC)


def is_reader_request(request: HttpRequest) -> bool:
    """A plain GET from a browser of a reader: no bot, no preview, no prefetch, not the editors' admin."""
    if request.method != "GET":
        return False
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    if served.served(request).kind in NOT_READERS:
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
    prefix = served.admin_prefix()
    if not referer or not prefix:
        return False
    host = request.get_host()
    return any(referer.startswith(f"{scheme}{host}{prefix}") for scheme in ("http://", "https://"))


def wants_no_tracking(request: HttpRequest) -> bool:
    """`DNT: 1` or `Sec-GPC: 1`: the view is counted, the client is not recognised as a visitor or session."""
    return request.headers.get("DNT", "").strip() == "1" or request.headers.get("Sec-GPC", "").strip() == "1"


def counted_page(request: HttpRequest, response: HttpResponseBase):
    """The Wagtail page whose view this response is, or None if it does not count. A page's extra routes
    (feeds, citation downloads) are fetched by machines and are not a reader's view of the page."""
    page = served.served_page(request, response)
    if page is None or not is_reader_request(request):
        return None
    return page


def counted_document(request: HttpRequest, response: HttpResponseBase):
    """The document whose file this response delivers to a reader, or None if it does not count."""
    # 206: PDF viewers fetch in ranges; the 30-minute window makes those one download. 304 sends no file.
    document = served.served_document(request, response, statuses=(200, 206))
    if document is None or not is_reader_request(request) or comes_from_admin(request):
        return None
    return document
