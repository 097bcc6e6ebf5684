"""Template helpers of the search app: what a search field needs for autocomplete (static/js/suggest.js)."""

from __future__ import annotations

import json

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext, ngettext

from decnet.content import type_labels
from search.query import SUGGESTIONS_MAX

register = template.Library()


def suggest_texts() -> dict[str, object]:
    """The words the script shows and announces, in the page's language: the listbox's name, the live
    region's message for every number of suggestions the API can return (plural rules differ by language,
    so each count is translated here rather than assembled in the script) and the type labels."""
    return {
        "label": gettext("Suggestions"),
        "counts": [gettext("No suggestions")]
        + [
            ngettext(
                "%(count)s suggestion. Use the up and down arrow keys to choose, Enter to open.",
                "%(count)s suggestions. Use the up and down arrow keys to choose, Enter to open.",
                count,
            )
            % {"count": count}
            for count in range(1, SUGGESTIONS_MAX + 1)
        ],
        "types": {code: str(label) for code, label in type_labels().items()},
    }


@register.simple_tag
def suggest_attributes() -> SafeString:
    """The data attributes that turn a plain search ``<input>`` into an autocomplete combobox when the script
    runs: the suggest endpoint, the page's language and the texts. Without the script they do nothing."""
    return format_html(
        'data-suggest="{}" data-suggest-lang="{}" data-suggest-texts="{}"',
        reverse("search-api:search_suggest"),
        get_language(),
        json.dumps(suggest_texts(), ensure_ascii=False, separators=(",", ":")),
    )
