"""Related items for a page's footer (catalogue.related)."""

from django import template
from wagtail.models import Page

from catalogue import related

register = template.Library()


@register.simple_tag
def related_items(page: Page | None) -> list[Page]:
    """Up to three pages sharing the page's topics and countries, fetched in bulk."""
    return related.related_items(page) if page is not None else []
