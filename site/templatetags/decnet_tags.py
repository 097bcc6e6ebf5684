"""Template helpers used by the shared layout: menus, URLs of fixed places, query strings."""

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from decnet import fragments, seo, terms
from decnet.content import listing_sections
from decnet.models import FooterSettings
from multilingual import i18n
from traffic.scope import remember
from traffic.visibility import public

register = template.Library()


@dataclass(frozen=True)
class Link:
    """A page as the chrome links to it: kept in the cache, so plain values rather than the page."""

    title: str
    url: str
    path: str = ""  # the page's tree path (the menu marks the reader's section with it)


def per_request(context, name: Hashable, build: Callable[[], Any]) -> Any:
    """``build()`` once per request and language (``traffic.scope``): the page chrome asks for the same
    things from several tags and includes. Without a request being served, ``build()`` every time."""
    return remember(("decnet.chrome", name, get_language()), build)


def _site(context) -> Site | None:
    request = context.get("request")
    return Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()


def localized_root(context) -> Page | None:
    def build() -> Page | None:
        site = _site(context)
        if site is None:
            return None
        root = site.root_page
        return root.localized if root else None

    return per_request(context, "root", build)


def _link(page: Page, request) -> Link:
    return Link(page.title, page.get_url(request=request) or "", page.path)


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    def build() -> str:
        root = localized_root(context)
        return (root.get_url(request=context.get("request")) if root is not None else None) or "/"

    return fragments.chrome(context.get("request"), "home url", build)


@register.simple_tag(takes_context=True)
def main_menu_items(context) -> list[Link]:
    """The home page's public children shown in menus, as links (cached until the next change)."""

    def build() -> list[Link]:
        root = localized_root(context)
        children = public(root.get_children().live()).in_menu() if root is not None else Page.objects.none()
        pages = i18n.without_language_placeholders(children)
        return [_link(page, context.get("request")) for page in pages]

    return fragments.chrome(context.get("request"), "menu", build)


@register.simple_tag
def search_url() -> str:
    return reverse("search")


@register.simple_tag(takes_context=True)
def query_string(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return urlencode(sorted(params.lists()), doseq=True)


@register.filter
def document_format(document) -> str:
    extension = document.file_extension if hasattr(document, "file_extension") else ""
    return (extension or "file").upper()


@register.simple_tag(takes_context=True)
def page_translations(context, page: Page | None = None) -> list:
    """Language versions of the page (or, on a view that is not a page, of the view) for the switcher and
    the hreflang links: ``code``, ``name``, ``url``, ``full_url``, ``current``; in settings.LANGUAGES order.

    Languages the page is not translated into simply do not appear (see multilingual.i18n).
    """
    routed = context.get("language_versions")
    if routed is not None:  # a view served below a page's URL (wayfinding.hubs) gives its own versions
        return routed
    request = context.get("request")
    pk = getattr(page, "pk", None)
    if pk is None:  # a view's versions follow its path and query string
        return per_request(context, "view language versions", lambda: i18n.language_versions(page, request))
    # Cached: the header's switcher and the head's hreflang links are separate includes.
    return fragments.chrome(request, "language versions", lambda: i18n.language_versions(page, request), pk)


@register.simple_tag(takes_context=True)
def switcher_versions(context, page: Page | None = None) -> list:
    """Every language for the switcher: translations, or the nearest translated page above (i18n)."""
    routed = context.get("language_versions")
    request = context.get("request")
    if routed is not None:
        return i18n.switcher_versions(page, request, routed)

    def build() -> list:
        return i18n.switcher_versions(page, request, None, page_translations(context, page))

    pk = getattr(page, "pk", None)
    return build() if pk is None else fragments.chrome(request, "switcher", build, pk)


@register.simple_tag(takes_context=True)
def x_default_version(context, page: Page | None = None):
    """The version linked as hreflang="x-default": the English one, else the first that exists."""
    return i18n.x_default(page_translations(context, page))


@register.simple_tag(takes_context=True)
def canonical_url(context, page: Page | None = None) -> str:
    return seo.canonical_url(context.get("request"), page)


@register.simple_tag
def seo_description(page: Page | None = None) -> str:
    return seo.description(page)


@register.simple_tag(takes_context=True)
def share_image_url(context, page: Page | None = None) -> str:
    return seo.share_image_url(context.get("request"), page)


@register.simple_tag
def open_graph_type(page: Page | None = None) -> str:
    return seo.open_graph_type(page)


@register.filter
def open_graph_locale(language_code: str) -> str:
    return seo.open_graph_locale(language_code)


@register.simple_tag
def breadcrumb_ancestors(page: Page) -> list[Page]:
    """The page's ancestors below the site's home page, home first (decnet.seo.ancestors: no query when
    routing went through them)."""
    return seo.ancestors(page)


@register.simple_tag(takes_context=True)
def json_ld(context, page: Page | None = None) -> str:
    """The page's JSON-LD data blocks (see decnet.seo.structured_data)."""
    request = context.get("request")
    return mark_safe("\n  ".join(seo.json_ld_script(data) for data in seo.structured_data(request, page)))


@register.simple_tag(takes_context=True)
def site_feeds(context) -> list[dict[str, str]]:
    """The listing sections' feeds (the blog's, the library's) in the reader's language, for the head's
    <link rel="alternate">.

    Each entry: ``title``, ``type`` (media type) and ``url``. Once per request.
    """

    def build() -> list[dict[str, str]]:
        feeds = []
        locale = Locale.get_active()
        for model in listing_sections():
            pages = public(model.objects.live()).filter(locale=locale)
            section = i18n.without_language_placeholders(pages).first()
            if section is not None:
                feeds.extend(section.advertised_feeds(context.get("request")))
        return feeds

    return fragments.chrome(context.get("request"), "feeds", build)


# Sub-pages of the home page the footer links to when editors have not chosen pages in the footer settings.
FOOTER_DEFAULT_SLUGS = {"about_page": "about", "contact_page": "contact", "privacy_page": "privacy"}


@register.simple_tag(takes_context=True)
def site_footer(context) -> dict:
    """What the footer shows, from Settings → Footer (decnet.models.footer), in the reader's language: the
    wording (the footer text's translation, else the interface's standard sentences), the pages (their
    translation where there is one), the community and social links."""
    return fragments.chrome(context.get("request"), "footer", lambda: _build_footer(context))


def _build_footer(context) -> dict:
    site = _site(context)
    # Not ``for_site``: its get_or_create writes on a read path, and a write waits for SQLite's lock while
    # an import holds it. A site whose footer was never saved shows the standard footer.
    settings = (FooterSettings.objects.filter(site=site).first() if site else None) or FooterSettings()
    text = settings.text.localized if settings.text_id else None
    root = localized_root(context)
    # The pages editors did not choose, found by their usual slugs under the home page: one query for all.
    missing = {slug for field, slug in FOOTER_DEFAULT_SLUGS.items() if getattr(settings, field) is None}
    by_slug = {}
    if missing and root is not None:
        children = public(root.get_children().live()).filter(slug__in=missing).order_by("path")
        for page in i18n.without_language_placeholders(children):
            by_slug.setdefault(page.slug, page)
    pages = {}
    for field, slug in FOOTER_DEFAULT_SLUGS.items():
        chosen = getattr(settings, field)
        chosen = (chosen.localized if chosen.live else None) if chosen is not None else by_slug.get(slug)
        pages[field.removesuffix("_page")] = _link(chosen, context.get("request")) if chosen else None
    return {"settings": settings, "text": text, "pages": pages, "social": settings.social_links()}


# Placeholder colours (.tone-0 … .tone-3 in site.css): one per content type, always the same for a label.
TONES = 4


@register.filter
def tone(label) -> int:
    """A stable colour number for a label (its letters summed), so every "Report" placeholder matches."""
    return sum(ord(character) for character in str(label)) % TONES


@register.simple_tag
def active_filter_count(groups, *also_active) -> int:
    """How many filters a reader has chosen: the selected values of the facet ``groups`` (FacetGroup), plus
    one for each other active field given (e.g. a listing's keywords), for the "Filters (n active)" toggle."""
    chosen = sum(1 for group in groups or () for bucket in group.buckets if bucket.selected)
    return chosen + sum(1 for value in also_active if value)


class TermLinksNode(template.Node):
    def __init__(self, page: template.base.FilterExpression, nodelist: template.NodeList) -> None:
        self.page = page
        self.nodelist = nodelist

    def render(self, context) -> str:
        markup = self.nodelist.render(context)
        linked = terms.linked_body(markup, self.page.resolve(context), context.get("request"))
        if linked is markup:
            return markup
        # The scope places the definitions (below the line, across the text column); the script lets
        # readers dismiss one with Escape.
        script = static("js/term-tips.js")
        return mark_safe(f'<div class="term-scope">{linked}</div><script src="{script}" defer></script>')


@register.tag("term_links")
def term_links(parser, token) -> TermLinksNode:
    """``{% term_links page %}…{% end_term_links %}``: the enclosed body with the first mention of each of
    the language's defined terms linked to the term, when ``page.links_terms()`` (decnet.terms)."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% term_links page %} takes the page")
    nodelist = parser.parse(("end_term_links",))
    parser.delete_first_token()
    return TermLinksNode(parser.compile_filter(bits[1]), nodelist)


class CachedFragmentNode(template.Node):
    def __init__(self, name: str, vary: list[template.base.FilterExpression], nodelist: template.NodeList):
        self.name = name
        self.vary = vary
        self.nodelist = nodelist

    def render(self, context) -> str:
        vary = [expression.resolve(context) for expression in self.vary]
        request = context.get("request")
        return fragments.chrome(request, self.name, lambda: self.nodelist.render(context), *vary)


@register.tag("cached_fragment")
def cached_fragment(parser, token) -> CachedFragmentNode:
    """``{% cached_fragment "name" value… %}…{% end_cached_fragment %}``: the enclosed markup rendered once
    per generation, language, host and values (e.g. the page's id), then served from the cache until the
    next publish or change (decnet.fragments). Only for markup that is the same for every reader: nothing
    per request (no CSRF token, no nonce, no query string)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError('{% cached_fragment "name" value… %} takes a quoted name first')
    nodelist = parser.parse(("end_cached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
