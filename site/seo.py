"""What search engines and link previews read: canonical URL, description, share image and JSON-LD.

Plain functions of a page and the request, so templates only print values and the rules are tested on their
own. URLs are absolute on the host the reader used, like the hreflang links (multilingual.i18n).
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from wagtail.models import Page

from decnet.content import PageContract
from decnet.routing import routed_ancestors
from multilingual.languages import OPEN_GRAPH_LOCALES

SCHEMA_CONTEXT = "https://schema.org"
PUBLISHER_NAME = "Local Public Sector Alliance"
DESCRIPTION_WORDS = 40
SHARE_IMAGE_SPEC = "fill-1200x630"

# JSON inside <script> must not be able to close the element or open a comment (same escapes as Django's
# json_script filter).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute_url(request: HttpRequest | None, page: Page) -> str:
    """The page's URL with scheme and host: the request's host, else the Wagtail site's root URL."""
    if request is not None:
        url = page.get_url(request=request)
        return request.build_absolute_uri(url) if url else ""
    return page.get_full_url() or ""


def canonical_url(request: HttpRequest | None, page: Page | None) -> str:
    """The URL a page should be indexed under: its own URL, plus ``?page=N`` beyond a listing's first page.

    Filters (topic, author…) are left out: filtered listings are variations of the same page. Views that are
    not pages (search) are canonical without their query string.
    """
    if page is not None and getattr(page, "pk", None):
        url = absolute_url(request, page)
        number = request.GET.get("page", "") if request is not None else ""
        if url and number.isdigit() and int(number) > 1:
            url = f"{url}?page={int(number)}"
        return url
    if request is not None and getattr(request, "resolver_match", None) is not None:
        return request.build_absolute_uri(request.path)
    return ""


def description(page: Page | None) -> str:
    """The search description, else the page's own listing summary (decnet.content), as plain text."""
    if page is None:
        return ""
    text = " ".join(strip_tags(getattr(page, "search_description", "") or "").split())
    if not text and isinstance(page, PageContract):
        text = " ".join(strip_tags(str(page.listing_summary or "")).split())
    return Truncator(text).words(DESCRIPTION_WORDS) if text else ""


def share_image(page: Page | None):
    """The image shown when the page is shared, as the page says (decnet.content), else None."""
    return page.share_image if isinstance(page, PageContract) else None


def share_image_url(request: HttpRequest | None, page: Page | None) -> str:
    image = share_image(page)
    if image is None:
        return ""
    url = image.get_rendition(SHARE_IMAGE_SPEC).url
    return request.build_absolute_uri(url) if request is not None else url


def person(person) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Person", "name": person.name}
    if person.organisation:
        data["affiliation"] = {"@type": "Organization", "name": person.organisation}
    return data


def publisher(name: str = PUBLISHER_NAME) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def ancestors(page: Page) -> list[Page]:
    """The page's ancestors below the tree root, home first (the visible breadcrumbs and the JSON-LD one):
    the pages routing went through when it served the page, else one query, kept on the page."""
    known = getattr(page, "_decnet_ancestors", None)
    if known is None:
        known = routed_ancestors(page)
        if known is None:
            known = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
        page._decnet_ancestors = known
    return known


def breadcrumb_list(request: HttpRequest | None, page: Page) -> dict[str, Any]:
    """schema.org BreadcrumbList: the page's ancestors below the tree root (home first), then the page."""
    trail = [*ancestors(page), page]
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": item.title,
                "item": absolute_url(request, item),
            }
            for position, item in enumerate(trail, start=1)
        ],
    }


def structured_data(request: HttpRequest | None, page: Page | None) -> list[dict[str, Any]]:
    """Every JSON-LD object of a page: its own (as the page describes itself), then its breadcrumb."""
    if page is None or not getattr(page, "pk", None):
        return []
    own = page.structured_data(request) if isinstance(page, PageContract) else None
    return [*([own] if own else []), breadcrumb_list(request, page)]


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` data block (not executed, so the CSP does not apply)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)


# OpenGraph wants language_TERRITORY; the territory is the one Facebook lists for each language.


def open_graph_locale(language_code: str) -> str:
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


def open_graph_type(page: Page | None) -> str:
    """The page's Open Graph type ("article" for content pages, "website" for everything else)."""
    return page.og_type if isinstance(page, PageContract) else "website"
