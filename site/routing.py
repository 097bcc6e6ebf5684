"""Routing a reader's request with fewer queries (issue 18: at most 15 per page).

Wagtail finds the site (one query), the reader's locale (one query) and then each page of the path with two
queries (the child by slug, then its specific row). What the first two read and which child a slug names
change only when editors change a site, a locale or a page: events that start a new page-cache generation
(pagecache/invalidation.py). So they are kept in the fragment cache (``decnet.fragments.shared``) under the
generation, and a page of the path costs one query (its specific row) instead of two. A slug the cached map
does not know (a draft created since, say) goes through Wagtail's own lookup, and a cached entry is checked
against the row it loads (same parent, same slug), so a stale map can cost a query, never a wrong page.

The rows of the pages on the path (the site's root page in the reader's language, then each page below it, as
their specific models) are kept the same way, under the same generation: compiling one page query costs about
as much as rendering the page's template, and a row changes only on a publish, unpublish, move or delete (a
draft's bookkeeping columns aside, which no reader sees). Each is stored as loaded, before a request touches
it, and every request unpickles its own copy.

Outside a request (commands, tests calling code directly) every lookup is Wagtail's own.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site
from wagtail.models import sites as wagtail_sites

from decnet.fragments import shared
from traffic.scope import serving

_TRAIL = "_decnet_route_trail"
_wagtail_site_for_hostname = wagtail_sites.get_site_for_hostname
_wagtail_route = Page.route
_wagtail_route_for_request = Page.route_for_request
_wagtail_get_active = Locale.__dict__["get_active"]


def _site_for_hostname(hostname, port):
    if not serving():
        return _wagtail_site_for_hostname(hostname, port)
    return shared("routing.site", lambda: _wagtail_site_for_hostname(hostname, port), hostname, port)


def _children(parent_id: int) -> dict[str, tuple[int, int]]:
    """Slug -> (page id, content type id) of every child of the page."""
    rows = Page.objects.filter(pk=parent_id).get().get_children().values_list("slug", "pk", "content_type_id")
    return {slug: (pk, content_type_id) for slug, pk, content_type_id in rows}


def _route(self, request, path_components):
    if not serving():
        return _wagtail_route(self, request, path_components)
    if not path_components:
        return _wagtail_route(self, request, path_components)
    slug = path_components[0]
    entry = shared("routing.children", lambda: _children(self.pk), self.pk).get(slug)
    if entry is None:
        return _wagtail_route(self, request, path_components)
    page_id, content_type_id = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    subpage = None
    if model is not None:
        load = model.objects.filter(pk=page_id).first
        subpage = shared("routing.page", load, page_id, model.__name__)
    if subpage is None or subpage.slug != slug or subpage.path[: -Page.steplen] != self.path:
        return _wagtail_route(self, request, path_components)
    subpage._cached_parent_obj = self
    setattr(subpage, _TRAIL, [*getattr(self, _TRAIL, ()), self])
    return subpage.route(request, path_components[1:])


def _route_for_request(request: HttpRequest, path: str):
    """Wagtail's route, from the site's root page in the reader's language as kept in the cache (Wagtail
    reads it, then its specific row, on every request). The result is kept on the request as Wagtail's."""
    if serving() and not hasattr(request, "_wagtail_route_for_request"):
        site = Site.find_for_request(request)
        if site is not None:
            language = get_language() or ""
            root = shared("routing.root", lambda: site.root_page.localized.specific, site.pk, language)
            try:
                result = root.route(request, [component for component in path.split("/") if component])
            except Http404:
                result = None
            request._wagtail_route_for_request = result
    return _wagtail_route_for_request(request, path)


def attach_locale(page: Page) -> None:
    """The page's locale from the cache when it is the reader's (the usual case): ``page.locale`` then
    costs no query."""
    field = Page._meta.get_field("locale")
    if field.is_cached(page):
        return
    active = Locale.get_active()
    if active.pk == page.locale_id:
        field.set_cached_value(page, active)


def routed_ancestors(page: Page) -> list[Page] | None:
    """The pages routing went through to reach ``page`` (the home page first, each specific), when they are
    all of its ancestors below the tree root; else None (the breadcrumbs then read them from the database)."""
    trail = getattr(page, _TRAIL, None)
    if trail is None or [item.depth for item in trail] != list(range(2, page.depth)):
        return None
    return list(trail)


def install() -> None:
    """Route the site, locale and child-page lookups of a request through the cache (once, at start-up)."""
    wagtail_sites.get_site_for_hostname = _site_for_hostname
    Page.route = _route
    Page.route_for_request = staticmethod(_route_for_request)
    Locale.get_active = classmethod(_active_locale)


def _active_locale(cls) -> Locale:
    if cls is not Locale or not serving():
        return _wagtail_get_active.__func__(cls)
    return shared("routing.locale", lambda: _wagtail_get_active.__func__(cls), get_language() or "")
