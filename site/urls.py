from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from search import api as search_api
from search import views as search_views
from wayfinding import views as wayfinding_views
from wayfinding.sitemaps import HubSitemap, MultilingualSitemap

# The search API's human-readable documentation, in the API's namespace (search-api:docs).
API_DOCS = path("docs", search_views.api_docs, name="docs")

urlpatterns = [
    # `/` only: the language comes from Accept-Language (no cookie); every other public URL has its prefix.
    path("", wayfinding_views.language_redirect, name="language-redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Not language-prefixed: the public search API (JSON, CORS) and the status endpoint for monitoring.
    path("api/v1/", include(search_api.urlpatterns(API_DOCS), namespace="search-api")),
    path("healthz", search_views.healthz, name="healthz"),
    # Discovery: one sitemap for every language (each URL with its hreflang alternates), and robots.txt.
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap, "hubs": HubSitemap}},
        name="sitemap",
    ),
    path("robots.txt", wayfinding_views.robots_txt, name="robots-txt"),
]


def dev_media_patterns() -> list:
    """In development (DEBUG), serve renditions as the production proxy does: /media/images/ only. Documents
    always go through their view (/documents/…: permission checks, safety headers, counting), never straight
    from /media/documents/."""
    from django.conf.urls.static import static

    return static(f"{settings.MEDIA_URL}images/", document_root=Path(settings.MEDIA_ROOT) / "images")


if settings.DEBUG:
    urlpatterns += dev_media_patterns()

# Public pages carry a language prefix (/en/…, /fr/…). An unprefixed path that is none of the above is a 404
# that LocaleMiddleware turns into a redirect to the same path under the reader's language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search_page, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "wayfinding.views.page_not_found"
handler500 = "wayfinding.views.server_error"
