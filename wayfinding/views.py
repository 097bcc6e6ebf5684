"""The language redirect of `/`, robots.txt, and error views that render with the site's own layout but leak
nothing."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import get_script_prefix, reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe
from wagtail.models import Site

from multilingual.i18n import preferred_language
from wayfinding import hubs, routes


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """The site's 404; below /<lang>/topics/ or /<lang>/countries/, the hubs' own (the list of topics or
    countries), which the home page serves (wayfinding.routes)."""
    kind = hubs.kind_in_path(request.path_info)
    if kind is not None:
        site = Site.find_for_request(request)
        home = site.root_page.localized.specific if site is not None else None
        if home is not None and routes.serves_hubs(home):
            return routes.serve_missing_hub(home, request, kind).render()
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without the request context: the failure may come from a context processor.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)


@require_safe
def language_redirect(request: HttpRequest) -> HttpResponse:
    """`/` → `/<lang>/`, the language chosen from Accept-Language alone (English when nothing matches).

    No cookie and no session are read or written: the URL prefix carries the language from then on. The
    redirect varies with Accept-Language, so shared caches keep one per language.
    """
    language = preferred_language(request.headers.get("Accept-Language", ""))
    location = f"{get_script_prefix()}{language}/"
    query = request.META.get("QUERY_STRING", "")
    response = HttpResponseRedirect(f"{location}?{query}" if query else location)
    patch_vary_headers(response, ("Accept-Language",))
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read every public page; the admin and the JSON API are not for them. Points to the
    sitemap with an absolute URL, as the robots.txt convention requires."""
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
