"""A relevance order whose given pages come first: "titles holding every word, then the rest" in one query.

The search page's relevance order puts the results whose title matches every word before the others, each
group in the backend's own order (``search.faceting.relevance_page``). Asked as two ranked queries, each
repeats the full-text match and its SQL is built twice; the database backends' query compilers take the
first group as a leading ordering key instead.
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, QuerySet, Value, When


class LeadingGroup:
    """For a database backend's query compiler: with ``leading`` set (a queryset of page ids, a subquery),
    its relevance order puts those pages first, then the others, each group in the compiler's order."""

    leading: QuerySet | None = None

    def leading_order(self, field: str) -> list[Case]:
        """The ordering key to put before the backend's: 0 for the leading pages (``field`` is their id)."""
        if self.leading is None:
            return []
        first = When(**{f"{field}__in": self.leading}, then=Value(0))
        return [Case(first, default=Value(1), output_field=IntegerField())]
