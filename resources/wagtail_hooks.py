"""Admin for the editable list of resource types; the library as a listing section."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.models import ResourceLibraryPage, ResourceType


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
