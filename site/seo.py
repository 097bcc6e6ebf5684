"""What search engines and link previews read: canonical URL, description, share image and JSON-LD.

Plain functions of a page and the request, so templates only print values and the rules are tested on their
own. URLs are absolute on the host the reader used, like the hreflang links (decnet.i18n).
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from wagtail.models import Page

from decnet.languages import OPEN_GRAPH_LOCALES as OPEN_GRAPH_LOCALES_BY_LANGUAGE

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
    """The search description, else the page's own summary, introduction or definition, as plain text."""
    if page is None:
        return ""
    for name in ("search_description", "summary", "introduction", "definition"):
        value = getattr(page, name, "") or ""
        text = " ".join(strip_tags(str(value)).split())
        if text:
            return Truncator(text).words(DESCRIPTION_WORDS)
    return ""


def share_image(page: Page | None):
    """The image shown when the page is shared: a post's feed image, a product's cover, else None."""
    if page is None:
        return None
    return getattr(page, "feed_image", None) or getattr(page, "cover_image", None)


def share_image_url(request: HttpRequest | None, page: Page | None) -> str:
    image = share_image(page)
    if image is None:
        return ""
    url = image.get_rendition(SHARE_IMAGE_SPEC).url
    return request.build_absolute_uri(url) if request is not None else url


def _person(person) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Person", "name": person.name}
    if person.organisation:
        data["affiliation"] = {"@type": "Organization", "name": person.organisation}
    return data


def _publisher(name: str = PUBLISHER_NAME) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def breadcrumb_list(request: HttpRequest | None, page: Page) -> dict[str, Any]:
    """schema.org BreadcrumbList: the page's ancestors below the tree root (home first), then the page."""
    trail = [*page.get_ancestors().filter(depth__gt=1).specific(defer=True), page]
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


def blog_posting(request: HttpRequest | None, post) -> dict[str, Any]:
    url = absolute_url(request, post)
    data: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "BlogPosting",
        "headline": post.title,
        "description": post.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": post.date.isoformat(),
        "inLanguage": post.locale.language_code,
        "author": [_person(person) for person in post.author_people],
        "publisher": _publisher(),
        "keywords": [topic.name for topic in post.topics.all()],
    }
    if post.last_published_at:
        data["dateModified"] = post.last_published_at.isoformat()
    image = share_image_url(request, post)
    if image:
        data["image"] = image
    return data


def knowledge_product(request: HttpRequest | None, product) -> dict[str, Any]:
    """schema.org Report for a knowledge product; its files are ``encoding`` MediaObjects."""
    from decnet.templatetags.decnet_tags import document_format
    from resources.metadata import document_file_size, doi_url

    url = absolute_url(request, product)
    files = []
    for row in product.files.select_related("document").order_by("sort_order", "pk"):
        document = row.document
        media: dict[str, Any] = {
            "@type": "MediaObject",
            "name": row.label,
            "contentUrl": request.build_absolute_uri(document.url) if request is not None else document.url,
            "encodingFormat": settings.WAGTAILDOCS_CONTENT_TYPES.get(
                document_format(document).lower(), "application/octet-stream"
            ),
        }
        if row.language != "other":
            media["inLanguage"] = row.language
        size = document_file_size(document)
        if size:
            media["contentSize"] = f"{size} B"
        files.append(media)
    data: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "Report",
        "name": product.title,
        "headline": product.title,
        "description": product.summary,
        "url": url,
        "datePublished": product.publication_date.isoformat(),
        "inLanguage": product.locale.language_code,
        "author": [
            _person(author.person)
            for author in product.authors.select_related("person").order_by("sort_order", "pk")
        ]
        or [_publisher(product.publisher or PUBLISHER_NAME)],
        "publisher": _publisher(product.publisher or PUBLISHER_NAME),
        "genre": product.resource_type.name,
        "encoding": files,
    }
    identifiers = []
    if product.doi:
        identifiers.append({"@type": "PropertyValue", "propertyID": "DOI", "value": doi_url(product.doi)})
        data["sameAs"] = doi_url(product.doi)
    if product.isbn:
        identifiers.append({"@type": "PropertyValue", "propertyID": "ISBN", "value": product.isbn})
    if identifiers:
        data["identifier"] = identifiers
    image = share_image_url(request, product)
    if image:
        data["image"] = image
    return data


def defined_term(request: HttpRequest | None, term) -> dict[str, Any]:
    """schema.org DefinedTerm, in the DefinedTermSet of its glossary."""
    data: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "DefinedTerm",
        "name": term.title,
        "description": " ".join(strip_tags(term.definition).split()),
        "url": absolute_url(request, term),
        "inLanguage": term.locale.language_code,
    }
    if term.abbreviation:
        data["termCode"] = term.abbreviation
    if term.synonym_list:
        data["alternateName"] = term.synonym_list
    glossary = term.get_parent()
    if glossary is not None:
        data["inDefinedTermSet"] = {
            "@type": "DefinedTermSet",
            "name": glossary.title,
            "url": absolute_url(request, glossary),
        }
    return data


def defined_term_set(request: HttpRequest | None, glossary) -> dict[str, Any]:
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "DefinedTermSet",
        "name": glossary.title,
        "url": absolute_url(request, glossary),
        "inLanguage": glossary.locale.language_code,
        "publisher": _publisher(),
    }


def structured_data(request: HttpRequest | None, page: Page | None) -> list[dict[str, Any]]:
    """Every JSON-LD object of a page: its own type (post, product, term, glossary), then its breadcrumb."""
    from blog.models import BlogPostPage
    from glossary.models import GlossaryPage, GlossaryTermPage
    from resources.models import ResourcePage

    if page is None or not getattr(page, "pk", None):
        return []
    objects = []
    if isinstance(page, BlogPostPage):
        objects.append(blog_posting(request, page))
    elif isinstance(page, ResourcePage):
        objects.append(knowledge_product(request, page))
    elif isinstance(page, GlossaryTermPage):
        objects.append(defined_term(request, page))
    elif isinstance(page, GlossaryPage):
        objects.append(defined_term_set(request, page))
    objects.append(breadcrumb_list(request, page))
    return objects


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` data block (not executed, so the CSP does not apply)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)


# OpenGraph wants language_TERRITORY; the territory is the one Facebook lists for each language.
OPEN_GRAPH_LOCALES = OPEN_GRAPH_LOCALES_BY_LANGUAGE


def open_graph_locale(language_code: str) -> str:
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


def open_graph_type(page: Page | None) -> str:
    """ "article" for posts and knowledge products, "website" for everything else."""
    from blog.models import BlogPostPage
    from resources.models import ResourcePage

    return "article" if isinstance(page, BlogPostPage | ResourcePage) else "website"
