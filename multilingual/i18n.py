"""Languages for readers: which language `/` sends a reader to, and the language versions of what they read.

Readers carry no cookie and no session: the language comes from the URL prefix (/en/, /fr/…), and only `/`
(which has no prefix yet) looks at the browser's Accept-Language header. See DEVELOPERS.md, "Languages".
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Q, QuerySet
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language, get_supported_language_variant
from wagtail.models import Page

from traffic.visibility import public

# Django's own limit for the header; longer values are ignored rather than parsed.
MAX_ACCEPT_LANGUAGE_LENGTH = 500


def parse_accept_language(header: str) -> list[str]:
    """Language ranges of an Accept-Language header, most wanted first (RFC 9110 quality values).

    Ranges with q=0 (explicitly unwanted) and malformed entries are dropped; ties keep the header's order.
    """
    if not header or len(header) > MAX_ACCEPT_LANGUAGE_LENGTH:
        return []
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        tag = tag.strip().lower()
        if not tag or not all(part.isalnum() and len(part) <= 8 for part in tag.split("-")) and tag != "*":
            continue
        quality = 1.0
        params = params.strip()
        if params:
            name, _, value = params.partition("=")
            if name.strip().lower() != "q":
                continue
            try:
                quality = float(value.strip())
            except ValueError:
                continue
            if not 0 <= quality <= 1:
                continue
        if quality > 0:
            ranked.append((-quality, position, tag))
    return [tag for _quality, _position, tag in sorted(ranked)]


def preferred_language(header: str) -> str:
    """The site language that best matches an Accept-Language header; the default language when none does.

    "fr-CA" matches French and "pt-BR" Portuguese (Django's variant rules); "*" means "anything", which is
    the default language.
    """
    for tag in parse_accept_language(header):
        if tag == "*":
            break
        try:
            return get_supported_language_variant(tag)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def is_language_placeholder(page: Page) -> bool:
    """Whether the page is wagtail-localize's stand-in for an untranslated page: an alias of a page in another
    language (created as the parent of a page translated before its section). Readers get a 404 for it."""
    if page.alias_of_id is None:
        return False
    return Page.objects.filter(pk=page.alias_of_id).exclude(locale_id=page.locale_id).exists()


def without_language_placeholders(pages: QuerySet) -> QuerySet:
    """The pages minus aliases of pages in another language (see is_language_placeholder)."""
    return pages.filter(Q(alias_of__isnull=True) | Q(alias_of__locale_id=F("locale_id")))


@dataclass(frozen=True)
class LanguageVersion:
    """One language version of what the reader is looking at (a page translation, or a view in a language)."""

    code: str
    name: str
    url: str  # absolute path, e.g. /fr/glossaire/
    full_url: str  # with scheme and host, for <link rel="alternate">
    current: bool


def _language_names() -> dict[str, str]:
    return dict(settings.LANGUAGES)


def page_language_versions(page: Page, request: HttpRequest | None) -> list[LanguageVersion]:
    """The page's live, public translations (itself included), in the order of settings.LANGUAGES.

    A language in which the page does not exist is simply absent: the switcher never points at a home page
    instead, and /<lang>/<path>/ of a missing translation is a 404.
    """
    names = _language_names()
    order = {code: position for position, code in enumerate(names)}
    active = get_language()
    versions = []
    translations = without_language_placeholders(
        public(page.get_translations(inclusive=True).live()).select_related("locale")
    )
    for translation in translations:
        code = translation.locale.language_code
        if code not in names:
            continue
        url = translation.get_url(request=request)
        if not url:
            continue
        full_url = request.build_absolute_uri(url) if request is not None else translation.get_full_url()
        versions.append(LanguageVersion(code, names[code], url, full_url, code == active))
    versions.sort(key=lambda version: order[version.code])
    return versions


def view_language_versions(request: HttpRequest) -> list[LanguageVersion]:
    """Every language version of a language-prefixed view that is not a page (e.g. /fr/search/).

    The query string is kept, so a reader who switches language on a results page keeps the query.
    Views outside the language prefix (admin, API, errors with no resolved URL) have none.
    """
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name == "wagtail_serve":
        # Not resolved, or Wagtail's page view without a page: an error page, which has no alternates.
        return []
    if not request.path_info.startswith(f"/{get_language()}/"):
        return []
    active = get_language()
    query = request.META.get("QUERY_STRING", "")
    versions = []
    for code, name in _language_names().items():
        path = translate_url(request.path, code)
        if path == request.path and code != active:
            continue
        url = f"{path}?{query}" if query else path
        versions.append(LanguageVersion(code, name, url, request.build_absolute_uri(url), code == active))
    return versions


def language_versions(page: Page | None, request: HttpRequest | None) -> list[LanguageVersion]:
    """Language versions of a Wagtail page, or of the current view when there is no page."""
    if page is not None and getattr(page, "pk", None):
        return page_language_versions(page, request)
    if request is not None:
        return view_language_versions(request)
    return []


def x_default(versions: list[LanguageVersion]) -> LanguageVersion | None:
    """The version for readers whose language is not offered: the default language's, else the first one."""
    for version in versions:
        if version.code == settings.LANGUAGE_CODE:
            return version
    return versions[0] if versions else None


@dataclass(frozen=True)
class SwitcherEntry:
    """One language in the switcher. ``available`` is False when what the reader looks at does not exist in
    that language: ``url`` then leads to the nearest page above it that does, titled ``target_title``."""

    code: str
    name: str
    url: str
    current: bool
    available: bool = True
    target_title: str = ""


def _nearest_translated_ancestors(
    page: Page, codes: list[str], request: HttpRequest | None
) -> dict[str, Page]:
    """{language code: the deepest live, public ancestor of ``page`` translated into it}, in two queries."""
    ancestors = [ancestor for ancestor in page.get_ancestors() if ancestor.depth >= 2]
    if not ancestors or not codes:
        return {}
    depth_of = {ancestor.translation_key: ancestor.depth for ancestor in ancestors}
    candidates = without_language_placeholders(
        public(Page.objects.live())
        .filter(translation_key__in=list(depth_of), locale__language_code__in=codes)
        .select_related("locale")
    )
    nearest: dict[str, Page] = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        best = nearest.get(code)
        if best is None or depth_of[candidate.translation_key] > depth_of[best.translation_key]:
            nearest[code] = candidate
    return nearest


def switcher_versions(
    page: Page | None,
    request: HttpRequest | None,
    routed: list[LanguageVersion] | None = None,
    known: list[LanguageVersion] | None = None,
) -> list[SwitcherEntry]:
    """Every site language for the switcher, on every page: the page's translation where it exists, else the
    nearest translated page above it (a section, the home page), said so in the switcher. On an error page
    every other language leads to its home page.

    ``routed``: the language versions of a view a page serves below its own URL (a topic hub of the home
    page), as that view computed them; a language missing from them leads to its home page. ``known``: the
    page's own language versions when the caller has them already (the head's hreflang links asked first)."""
    names = _language_names()
    active = get_language()
    if routed is not None:
        source = routed
    else:
        source = known if known is not None else language_versions(page, request)
    versions = {version.code: version for version in source}
    if routed is not None:
        fallbacks = _home_pages(request)
    elif page is not None and getattr(page, "pk", None):
        missing = [code for code in names if code not in versions]
        fallbacks = _nearest_translated_ancestors(page, missing, request)
    elif versions:
        return [SwitcherEntry(v.code, v.name, v.url, v.current) for v in versions.values()]
    else:
        fallbacks = _home_pages(request)
    entries = []
    for code, name in names.items():
        if code in versions:
            version = versions[code]
            entries.append(SwitcherEntry(code, name, version.url, version.current))
        elif code in fallbacks and (url := fallbacks[code].get_url(request=request)):
            current = code == active  # only on an error page: the reader's own language is no fallback
            entries.append(
                SwitcherEntry(code, name, url, current, current, "" if current else fallbacks[code].title)
            )
    return entries


def _home_pages(request: HttpRequest | None) -> dict[str, Page]:
    """{language code: the site's live home page in that language}."""
    from wagtail.models import Site

    site = (
        Site.find_for_request(request)
        if request is not None
        else Site.objects.filter(is_default_site=True).first()
    )
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}
