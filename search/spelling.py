"""Did you mean: a query that finds nothing is tried once more with its unknown words spelled as the site
spells them ("devolusion" -> "devolution", "decentralisation" -> "decentralization").

The words the site knows are those of the titles of the searched pages and of the topics' names in the
search language, folded as every engine folds them (case and accents). A query word no title knows is
replaced by the closest known word (``difflib``, similarity at least ``CUTOFF``); words of fewer than
``MIN_LENGTH`` characters and numbers are left alone. It runs only when the query found nothing, so it never
changes what a correctly spelled query finds; the page and the API say which words were searched for.
"""

import difflib

from django.db.models import QuerySet

from decnet.models import Topic
from search.text import fold_words

CUTOFF = 0.8
MIN_LENGTH = 4


def known_words(pages: QuerySet, locale_id: int | None) -> set[str]:
    """The folded words of the titles of ``pages`` and of the topics of the language (every one for None)."""
    topics = Topic.objects.all() if locale_id is None else Topic.objects.filter(locale_id=locale_id)
    texts = [*pages.values_list("title", flat=True), *topics.values_list("name", flat=True)]
    return {word for text in texts for word in fold_words(text).split() if len(word) >= MIN_LENGTH}


def corrected_terms(terms: list[str], pages: QuerySet, locale_id: int | None) -> list[str] | None:
    """``terms`` with each unknown word replaced by the closest known one; None when nothing changed."""
    vocabulary: set[str] | None = None
    corrected: list[str] = []
    for term in terms:
        word = fold_words(term)
        if len(word) < MIN_LENGTH or word.isdigit() or " " in word:
            corrected.append(term)
            continue
        if vocabulary is None:
            vocabulary = known_words(pages, locale_id)
        if word in vocabulary:
            corrected.append(term)
            continue
        closest = difflib.get_close_matches(word, sorted(vocabulary), n=1, cutoff=CUTOFF)
        corrected.append(closest[0] if closest else term)
    return corrected if corrected != list(terms) else None
