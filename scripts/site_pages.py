"""The pages every browser check and Lighthouse visit, in the source language and the first right-to-left one.

The slugs are those of the demo content (demo/content/*.json); each exists in both languages.
"""

from __future__ import annotations

from urllib.parse import quote

from django.utils.translation import get_language_info

from multilingual.languages import SOURCE_LANGUAGE, TRANSLATION_LANGUAGES

RIGHT_TO_LEFT = next(code for code in TRANSLATION_LANGUAGES if get_language_info(code)["bidi"])
LANGUAGES = (SOURCE_LANGUAGE, RIGHT_TO_LEFT)
# A word every language's content uses, so "search with results" finds something in that language.
SEARCH_WORD = dict(zip(LANGUAGES, ("decentralization", "اللامركزية"), strict=True))
NO_MATCH_WORD = "qzxjvwk"

BLOG_POST = "own-source-revenue-east-africa"
PRODUCT = "logica-framework"
TERM = "fiscal-decentralization"
TOPIC = "fiscal-decentralization"
COUNTRY = "ke"


def page_paths(lang: str) -> dict[str, str]:
    """Name → path of the pages the accessibility run covers, in one language."""
    return {
        "home": f"/{lang}/",
        "blog index": f"/{lang}/blog/",
        "blog post": f"/{lang}/blog/{BLOG_POST}/",
        "library": f"/{lang}/resources/",
        "knowledge product": f"/{lang}/resources/{PRODUCT}/",
        "glossary index": f"/{lang}/glossary/",
        "glossary term": f"/{lang}/glossary/{TERM}/",
        "standard page": f"/{lang}/about/",
        "topic hub": f"/{lang}/topics/{TOPIC}/",
        "country hub": f"/{lang}/countries/{COUNTRY}/",
        "search with results": f"/{lang}/search/?q={quote(SEARCH_WORD[lang])}",
        "search with none": f"/{lang}/search/?q={NO_MATCH_WORD}",
        "404": f"/{lang}/no-such-page-here/",
    }


# The first views the page-weight budget applies to.
BUDGET_PAGES = ("blog post", "knowledge product", "glossary term")
