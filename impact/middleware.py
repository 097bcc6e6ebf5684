"""Counts reader page views and document downloads once the response is built; sets no cookie, no header."""

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase

from impact import rules, services

logger = logging.getLogger(__name__)


class ImpactMiddleware:
    """Must come after AuthenticationMiddleware (editors are not counted as readers)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        try:
            count_response(request, response)
        except Exception:
            # Counting is never worth a failed page: log it and serve the reader.
            logger.exception("impact: could not count %s", request.path)
        return response


def count_response(request: HttpRequest, response: HttpResponseBase) -> None:
    """Count the response as a page view or a download when the rules say it is one."""
    page = rules.counted_page(request, response)
    if page is not None:
        services.count_page_view(request, page)
        return
    document = rules.counted_document(request, response)
    if document is not None:
        services.count_download(request, document.pk)
