"""Admin for the taxonomy snippets, grouped under one "Taxonomy" menu, and the reader-side rule for pages
that are not translated.

The snippets are TranslatableMixin models registered with SnippetViewSet, so wagtail-localize adds its
"Translate" and "Sync translated snippets" actions to their listings and edit views, and the locale filter and
column below let editors find each language's rows.
"""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from decnet.home import HomeFigure
from decnet.models import Country, FooterText, HomePage, Person, Region, Topic
from decnet.routing import attach_locale
from multilingual.i18n import is_language_placeholder


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    ordering = ["name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "region", "locale"]
    list_filter = ["region", "locale"]
    search_fields = ["name", "code"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "organisation"]
    ordering = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, CountryViewSet, RegionViewSet, PersonViewSet)


register_snippet(TaxonomyViewSetGroup)


@hooks.register("before_serve_page")
def untranslated_placeholder_is_not_found(page, request, serve_args, serve_kwargs):
    """An alias that stands in for a page not translated into this language is a 404, like any page that does
    not exist in the language (see docs/languages.md)."""
    if is_language_placeholder(page):
        raise Http404


@hooks.register("before_serve_page")
def locale_from_cache(page, request, serve_args, serve_kwargs) -> None:
    """The served page's locale from the cache when it is the reader's: ``page.locale`` costs no query."""
    attach_locale(page)


@hooks.register("decnet_home_figures")
def languages_figure(request, locale: Locale) -> HomeFigure:
    """In how many languages the site can be read: the live home pages of this site's tree."""
    home = HomePage.objects.filter(locale=locale).first()
    count = home.get_translations(inclusive=True).live().count() if home is not None else 0
    return HomeFigure(value=count, label=ngettext("language", "languages", count), order=40)


class FooterTextViewSet(SnippetViewSet):
    """The footer's wording, one row per language, under Settings next to the footer's links."""

    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer texts")
    add_to_settings_menu = True
    list_display = ["name", "locale"]
    list_filter = ["locale"]


register_snippet(FooterTextViewSet)
