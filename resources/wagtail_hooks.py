"""Admin for the editable list of resource types."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.models import ResourceType


class ResourceTypeViewSet(SnippetViewSet):
    model = ResourceType
    icon = "list-ul"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(ResourceTypeViewSet)
