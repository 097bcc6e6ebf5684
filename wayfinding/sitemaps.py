"""sitemap.xml: every live, public page in every language, each with its hreflang alternates.

Wagtail's own sitemap lists only the pages below the site's root page, which is the English home page; the
other languages' trees hang beside it (translations of the home page). This sitemap lists all of them,
leaves out wagtail-localize's placeholders (they answer 404, see multilingual.i18n), and gives each URL an
``xhtml:link`` per language version plus ``x-default``, exactly as the pages' own hreflang links do.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from multilingual import i18n
from traffic.visibility import public
from wayfinding import hubs


class MultilingualSitemap(Sitemap):
    # Django's sitemap paginates by this; a site this size fits on one page, so every page's alternates are
    # computed from the full list.
    limit = 50_000

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        pages = public(Page.objects.live()).filter(in_a_tree).select_related("locale")
        return (
            i18n.without_language_placeholders(pages)
            .filter(locale__language_code__in=[code for code, _name in settings.LANGUAGES])
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def location(self, obj: Page) -> str:
        url = obj.get_url(request=self.request)
        return self.request.build_absolute_uri(url) if self.request is not None else obj.get_full_url()

    @cached_property
    def _versions(self) -> dict[Any, list[tuple[str, str]]]:
        """translation_key → [(language code, absolute URL)] in the order of settings.LANGUAGES."""
        order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
        versions: dict[Any, list[tuple[str, str]]] = defaultdict(list)
        for page in self.items():
            url = self.location(page)
            if url:
                versions[page.translation_key].append((page.locale.language_code, url))
        for entries in versions.values():
            entries.sort(key=lambda entry: order[entry[0]])
        return versions

    def alternates_of(self, page: Page) -> list[dict[str, str]]:
        """Every language version (the page's own included) and x-default, as Django's template wants."""
        entries = self._versions.get(page.translation_key, [])
        alternates = [{"lang_code": code, "location": url} for code, url in entries]
        default = next((url for code, url in entries if code == settings.LANGUAGE_CODE), None)
        if default is None and entries:
            default = entries[0][1]
        if default:
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            location = self.location(item)
            if not location:
                continue
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": self.lastmod(item),
                    "alternates": self.alternates_of(item),
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class HubSitemap(Sitemap):
    """The topic and country hubs with content (wayfinding.hubs), in every language, with hreflang alternates.

    Hubs are routes of the home page rather than pages of their own, so they are listed here beside the
    pages' sitemap (the same urlset)."""

    limit = 50_000

    def items(self) -> list[hubs.HubEntry]:
        return self._entries

    @cached_property
    def _entries(self) -> list[hubs.HubEntry]:
        root = self.get_wagtail_site().root_page
        return hubs.sitemap_entries(root, self.request)

    @cached_property
    def _versions(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        return hubs.alternates(self._entries)

    def absolute(self, url: str) -> str:
        return self.request.build_absolute_uri(url) if self.request is not None else url

    def location(self, obj: hubs.HubEntry) -> str:
        return self.absolute(obj.url)

    def lastmod(self, obj: hubs.HubEntry):
        return None

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            versions = [(code, self.absolute(url)) for code, url in self._versions[(item.kind, item.value)]]
            alternates = [{"lang_code": code, "location": url} for code, url in versions]
            default = next((url for code, url in versions if code == settings.LANGUAGE_CODE), versions[0][1])
            alternates.append({"lang_code": "x-default", "location": default})
            urls.append(
                {"item": item, "location": self.location(item), "lastmod": None, "alternates": alternates}
            )
        return urls
