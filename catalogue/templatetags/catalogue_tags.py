"""Related items for a page's footer (catalogue.related) and the facets' filters (catalogue.facets)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from catalogue import related
from catalogue.facets import FacetGroup

register = template.Library()


@register.simple_tag
def related_items(page: Page | None) -> list[Page]:
    """Up to three pages sharing the page's topics and countries, fetched in bulk."""
    return related.related_items(page) if page is not None else []


@register.simple_tag
def facet_fieldsets(groups: list[FacetGroup], form_id: str = "") -> SafeString:
    """Any list of facets (``FacetGroup``): one fieldset each, checkboxes for a multi-select facet, radio
    buttons (with "Any") for a single-select one, every value with its count. ``form_id`` ties the inputs to
    a form elsewhere on the page (search). Written here rather than as an include: a search page shows 60 or
    more values, and the template engine took about a quarter of the page's CPU to loop over them."""
    form = format_html(' form="{}"', form_id) if form_id else ""
    parts: list[str] = []
    for group in groups:
        parts.append(format_html('<fieldset>\n<legend>{}</legend>\n<ul class="facet-list">\n', group.legend))
        kind = "checkbox" if group.multi else "radio"
        if not group.multi:
            checked = "" if group.any_selected else " checked"
            parts.append(
                format_html(
                    '<li><label><input type="radio"{} name="{}" value=""{}> {}</label></li>\n',
                    form,
                    group.parameter,
                    mark_safe(checked),  # noqa: S308 - a constant
                    gettext("Any"),
                )
            )
        for bucket in group.buckets:
            parts.append(
                format_html(
                    '<li><label><input type="{}"{} name="{}" value="{}"{}> {} <span class="meta">({})</span>'
                    "</label></li>\n",
                    kind,
                    form,
                    group.parameter,
                    bucket.value,
                    mark_safe(" checked" if bucket.selected else ""),  # noqa: S308 - a constant
                    bucket.label,
                    bucket.count,
                )
            )
        parts.append(mark_safe("</ul>\n</fieldset>\n"))
    return mark_safe("".join(parts))  # noqa: S308 - every value above went through format_html
