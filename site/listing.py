"""Pagination rule shared by every listing page (blog index, resource library)."""

from __future__ import annotations

import re

from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import QuerySet
from django.http import Http404

_PAGE_NUMBER_RE = re.compile(r"[0-9]{1,9}")


def paginate_or_404(items: QuerySet, raw_page: object, per_page: int) -> PaginatorPage:
    """The requested page of ``items``; Http404 for anything that is not one of its pages.

    A missing or empty ``page`` means page 1, which always exists (possibly empty). Non-numeric, zero,
    negative, NUL-laden, absurdly long and beyond-the-last numbers give 404 rather than being clamped, so
    every listing URL that answers 200 shows distinct content and crawlers do not index endless copies of
    the last page.
    """
    paginator = Paginator(items, per_page)
    value = raw_page.strip() if isinstance(raw_page, str) else ""
    if not value:
        return paginator.page(1)
    if not _PAGE_NUMBER_RE.fullmatch(value):
        raise Http404("Invalid page number.")
    try:
        return paginator.page(int(value))
    except InvalidPage as error:
        raise Http404("No such page.") from error
