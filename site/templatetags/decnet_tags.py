"""Template helpers used by the shared layout: menus, URLs of fixed places, query strings."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page, Site

register = template.Library()


def _localized_root(context) -> Page | None:
    request = context.get("request")
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    return root.localized if root else None


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    root = _localized_root(context)
    return root.url if root is not None and root.url else "/"


@register.simple_tag(takes_context=True)
def main_menu_items(context) -> list[Page]:
    if "_main_menu_items" not in context.render_context:
        root = _localized_root(context)
        items = list(root.get_children().live().public().in_menu()) if root is not None else []
        context.render_context["_main_menu_items"] = items
    return context.render_context["_main_menu_items"]


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
