"""The hubs' routes below the home page: ``topics/``, ``topics/<slug>/``, ``countries/``,
``countries/<code>/``.

The home page (decnet.models.HomePage) knows no hub: it serves the URL patterns apps register with the
``decnet_home_routes`` hook (wayfinding/wagtail_hooks.py registers :func:`hub_routes`). Each view takes the
home page first, as a RoutablePageMixin method would, so ``home.reverse_subpage("topic_hub", ...)`` works.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path
from django.utils.safestring import mark_safe
from wagtail.models import Page

from decnet import seo
from multilingual import i18n
from wayfinding import hubs


def _hub_context(home: Page, request: HttpRequest, kind: hubs.HubKind, **extra) -> dict:
    return {
        "page": home,
        "self": home,
        "request": request,
        "kind": kind,
        "hub_items": kind.items(home.locale_id),
        "hub_index_url": hubs.index_url(home, kind, request),
        **extra,
    }


def serve_hub_index(home: Page, request: HttpRequest, kind: hubs.HubKind) -> HttpResponse:
    context = _hub_context(home, request, kind)
    context["language_versions"] = [
        i18n.LanguageVersion(
            v.code, v.name, f"{v.url}{kind.segment}/", f"{v.full_url}{kind.segment}/", v.current
        )
        for v in i18n.page_language_versions(home, request)
    ]
    return TemplateResponse(request, "decnet/hub_index.html", context)


def serve_missing_hub(home: Page, request: HttpRequest, kind: hubs.HubKind) -> HttpResponse:
    """404 with the list of every topic or country (no alternates: the switcher offers home pages)."""
    context = _hub_context(home, request, kind, not_found=True, language_versions=[])
    return TemplateResponse(request, "decnet/hub_index.html", context, status=404)


def serve_hub(home: Page, request: HttpRequest, kind: hubs.HubKind, value: str) -> HttpResponse:
    """A topic's or country's hub; a helpful 404 (the list of topics or countries) for a value that names
    none in this language; a permanent redirect to the canonical spelling (e.g. ``KE`` → ``ke``)."""
    item = hubs.find_item(kind, value, home.locale_id)
    if item is None:
        return serve_missing_hub(home, request, kind)
    canonical = kind.url_value(getattr(item, kind.field))
    if value != canonical:
        return HttpResponsePermanentRedirect(hubs.hub_url(home, kind, canonical, request))
    hub = hubs.build_hub(request, home, kind, item)
    context = _hub_context(home, request, kind, hub=hub)
    context["language_versions"] = hubs.hub_language_versions(home, kind, hub.value, request)
    context["canonical"] = request.build_absolute_uri(hub.url)
    context["description"] = hub.description
    context["json_ld"] = mark_safe(
        "\n  ".join(
            seo.json_ld_script(data) for data in hub.structured_data(request, home, context["hub_index_url"])
        )
    )
    return TemplateResponse(request, "decnet/hub_page.html", context)


def topic_hubs(home: Page, request: HttpRequest) -> HttpResponse:
    return serve_hub_index(home, request, hubs.TOPIC_HUB)


def country_hubs(home: Page, request: HttpRequest) -> HttpResponse:
    return serve_hub_index(home, request, hubs.COUNTRY_HUB)


def topic_hub(home: Page, request: HttpRequest, value: str) -> HttpResponse:
    return serve_hub(home, request, hubs.TOPIC_HUB, value)


def country_hub(home: Page, request: HttpRequest, value: str) -> HttpResponse:
    return serve_hub(home, request, hubs.COUNTRY_HUB, value)


def hub_routes() -> list:
    """The hubs' URL patterns below the home page. <str:…> rather than <slug:…>: a malformed value reaches
    the hub's validator and gets the hub's own 404 (the list of topics or countries), not a generic one."""
    return [
        path("topics/", topic_hubs, name="topic_hubs"),
        path("countries/", country_hubs, name="country_hubs"),
        path("topics/<str:value>/", topic_hub, name="topic_hub"),
        path("countries/<str:value>/", country_hub, name="country_hub"),
    ]


def serves_hubs(page: Page) -> bool:
    """Whether the hubs hang below this page (a site root that is the project's home page)."""
    try:
        page.reverse_subpage("topic_hubs")
    except (AttributeError, NoReverseMatch):
        return False
    return True
