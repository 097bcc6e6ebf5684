"""The relevance order after the engine: what search/query.py does with the engine's ids before paging.

Measured with benchmarks/relevance.py on the judged queries of tests/search/relevance/judgments.json
(docs/search-relevance.md has the figures). Engines only return ids in their own order; this module adds the
rules every engine shares:

1. **Title groups** (``title_groups``): promoted pages, then the page titled exactly as the query (and the
   page the definition card presents), then pages whose title holds every query word, then the rest; the
   engine's order within each group. Engines weigh titles differently (SQLite FTS5's bm25 does not weigh them
   at all); this rule is what makes "a title match ranks above a body mention" hold on every engine.
2. **A balance of types on page 1** (``balance_types``): no one type of page fills more than
   ``TYPE_SHARE`` of the first ``WINDOW`` results while another type still has results to show. A topic's
   name is also the name of a glossary term and of the many terms around it; the definition card already
   presents the term, so without this rule page 1 is a wall of related terms and the posts and products about
   the topic come on page 2. The rest keep their order after the window; a search limited to one type (the
   reader asked for terms) is not changed. The order does not depend on the page size, so pages never
   overlap.
"""

from collections.abc import Mapping, Sequence

from search.text import fold_words

WINDOW = 10  # the default page size: what a reader sees first
TYPE_SHARE = 3  # at most this many results of one type in the window while other types wait


def title_groups(
    ids: Sequence[int],
    terms: Sequence[str],
    titles: Mapping[int, str],
    exact: set[int],
    promoted: Sequence[int],
) -> list[int]:
    """``ids`` in the title-group order (rule 1); ``exact`` holds the page the definition card presents."""
    phrase = fold_words(" ".join(terms))
    wanted = set(phrase.split())
    first = set(promoted)

    def group(pk: int) -> int:
        if pk in first:
            return 0
        title = fold_words(titles.get(pk, ""))
        if pk in exact or title == phrase:
            return 1
        return 2 if wanted <= set(title.split()) else 3

    return sorted(ids, key=group)


def balance_types(ids: Sequence[int], types: Mapping[int, str], keep: int = 0) -> list[int]:
    """``ids`` with page 1 balanced across types (rule 2); the first ``keep`` ids (promoted pages and the
    exact match) stay where they are and count towards their type's share."""
    ordered = list(ids)
    window: list[int] = ordered[:keep]
    counts: dict[str, int] = {}
    for pk in window:
        counts[types.get(pk, "")] = counts.get(types.get(pk, ""), 0) + 1
    waiting: list[int] = []
    rest = ordered[keep:]
    position = 0
    while len(window) < WINDOW and position < len(rest):
        pk = rest[position]
        position += 1
        kind = types.get(pk, "")
        if counts.get(kind, 0) < TYPE_SHARE:
            window.append(pk)
            counts[kind] = counts.get(kind, 0) + 1
        else:
            waiting.append(pk)
    # No other type had anything left: the waiting results fill the window in their order.
    while len(window) < WINDOW and waiting:
        window.append(waiting.pop(0))
    return window + waiting + rest[position:]


def relevance_order(
    ids: Sequence[int],
    terms: Sequence[str],
    titles: Mapping[int, str],
    types: Mapping[int, str],
    exact: set[int],
    promoted: Sequence[int],
) -> list[int]:
    """The search's relevance order: title groups (rule 1), then page 1 balanced across types (rule 2)."""
    grouped = title_groups(ids, terms, titles, exact, promoted)
    leading = set(promoted) | exact
    phrase = fold_words(" ".join(terms))
    keep = 0
    for pk in grouped:
        if pk not in leading and fold_words(titles.get(pk, "")) != phrase:
            break
        keep += 1
    return balance_types(grouped, types, keep=keep)
