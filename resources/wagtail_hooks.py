"""Admin for the editable list of resource types; the library as a listing section and its figure on the
home page."""

from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from decnet.home import HomeFigure
from resources.models import ResourceLibraryPage, ResourcePage, ResourceType


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "list-ul"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(ResourceTypeViewSet)


@hooks.register("decnet_listing_sections", order=20)
def library_section() -> type[ResourceLibraryPage]:
    """The library is a listing section: feeds advertised on every page, newest products on the home page."""
    return ResourceLibraryPage


@hooks.register("decnet_home_figures")
def products_figure(request, locale: Locale) -> HomeFigure:
    """How many knowledge products the library offers in the home page's language."""
    count = ResourcePage.objects.live().public().filter(locale=locale).count()
    library = ResourceLibraryPage.objects.live().public().filter(locale=locale).first()
    label = ngettext("knowledge product, free to download", "knowledge products, free to download", count)
    return HomeFigure(value=count, label=label, url=library.url if library else "", order=20)
