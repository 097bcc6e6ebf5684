"""Links to the topic and country hubs (wayfinding.hubs): where every topic and country chip leads."""

from django import template

from decnet.templatetags.decnet_tags import home_url
from wayfinding import hubs

register = template.Library()


def home_path(context) -> str:
    """The home page's path in the current language (cached with the page chrome: chips ask for it often)."""
    return home_url(context)


@register.simple_tag(takes_context=True)
def hub_url(context, kind: str, value: object) -> str:
    """The hub of a topic (``"topic"``, its slug) or a country (``"country"``, its ISO code) in the current
    language."""
    hub_kind = hubs.HUB_KINDS.get(kind)
    if hub_kind is None or not value:
        return ""
    return f"{home_path(context)}{hub_kind.path(str(value))}"


@register.simple_tag(takes_context=True)
def hub_index_url(context, kind: str) -> str:
    """The list of every topic (``"topic"``) or country (``"country"``) in the current language."""
    hub_kind = hubs.HUB_KINDS.get(kind)
    return f"{home_path(context)}{hub_kind.segment}/" if hub_kind is not None else ""
