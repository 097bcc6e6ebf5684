"""What every listing page (blog index, resource library) shares: reading GET filters and paginating."""

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


# Slugs as Django's slug validator accepts them (unicode allowed); anything else cannot match a stored slug.
_SLUG_RE = re.compile(r"[-\w]+")
_MAX_SLUG_LENGTH = 150
_COUNTRY_CODE_RE = re.compile(r"[A-Za-z]{2}")
_YEAR_RE = re.compile(r"[0-9]{4}")


class FilterReader:
    """Reads a listing's GET filters without ever raising, one rule for every listing.

    Empty values mean "no filter" (a plain GET form submits every <select>, chosen or not). A value that
    cannot possibly match (wrong shape, too long, NUL bytes…) reads as None and sets ``malformed``: listings
    then show nothing, exactly as for a well-formed value that matches nothing, instead of silently ignoring
    the filter and showing everything under a "filtered" heading.
    """

    def __init__(self, query: object) -> None:
        self.query = query
        self.malformed = False

    def text(self, name: str) -> str:
        raw = self.query.get(name) if hasattr(self.query, "get") else None
        return raw.strip() if isinstance(raw, str) else ""

    def _reject(self) -> None:
        self.malformed = True

    def slug(self, name: str) -> str | None:
        value = self.text(name)
        if not value:
            return None
        if len(value) > _MAX_SLUG_LENGTH or not _SLUG_RE.fullmatch(value):
            self._reject()
            return None
        return value

    def country(self, name: str = "country") -> str | None:
        """An ISO 3166-1 alpha-2 code, upper-cased."""
        value = self.text(name)
        if not value:
            return None
        if not _COUNTRY_CODE_RE.fullmatch(value):
            self._reject()
            return None
        return value.upper()

    def year(self, name: str = "year") -> int | None:
        value = self.text(name)
        if not value:
            return None
        if not _YEAR_RE.fullmatch(value) or int(value) < 1:
            self._reject()
            return None
        return int(value)

    def choice(self, name: str, allowed: frozenset[str]) -> str | None:
        """One of ``allowed`` (compared in lower case)."""
        value = self.text(name).lower()
        if not value:
            return None
        if value not in allowed:
            self._reject()
            return None
        return value
