"""The pages every browser check visits, in each language the demo content is translated into.

The slugs are those of the demo content (site/demo/content); each exists in English and Arabic.
"""

from __future__ import annotations

from urllib.parse import quote

LANGUAGES = ("en", "ar")
# A word every language's content uses, so "search with results" finds something in that language.
SEARCH_WORD = {"en": "decentralization", "ar": "اللامركزية"}
NO_MATCH_WORD = "qzxjvwk"

BLOG_POST = "own-source-revenue-east-africa"
PRODUCT = "logica-framework"
TERM = "fiscal-decentralization"


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
        "search with results": f"/{lang}/search/?q={quote(SEARCH_WORD[lang])}",
        "search with none": f"/{lang}/search/?q={NO_MATCH_WORD}",
        "404": f"/{lang}/no-such-page-here/",
    }


# The first views the page-weight budget applies to.
BUDGET_PAGES = ("blog post", "knowledge product", "glossary term")
