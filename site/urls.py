from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry a language prefix (/en/…, /fr/…); LocaleMiddleware sends `/` to the best language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search_page, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "decnet.views.page_not_found"
handler500 = "decnet.views.server_error"
