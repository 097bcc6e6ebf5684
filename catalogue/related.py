"""Related items: the pages that share the most topics and countries with a page, newest first among equals.

Asked through the content contract (decnet.content): every content type with a "topic" or "country" facet
(``facet_paths``) offers candidates, and each type fetches its cards' data in bulk (``with_card_data``). The
cost is a fixed number of queries whatever the number of candidates: the page's own values (one query per
facet), one query per content type and facet for the candidates' shared values, then one load (with its
prefetches) per content type among the chosen items. No query per candidate or per item.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from wagtail.models import Page

from catalogue import facets
from decnet.content import content_models
from traffic.visibility import public

RELATED_ITEMS = 3
RELATED_FACETS = (facets.TOPIC, facets.COUNTRY)


def related_items(page: Page, limit: int = RELATED_ITEMS) -> list[Page]:
    """Up to ``limit`` live, public pages in the page's language sharing its topics or countries: most
    shared values first, then newest, then the highest id (a stable order)."""
    if not hasattr(page, "facet_values") or page.pk is None:  # not a content page (decnet.content)
        return []
    wanted = {
        facet.name: page.facet_values(facet.name)
        for facet in RELATED_FACETS
        if facet.name in page.facet_paths
    }
    wanted = {name: values for name, values in wanted.items() if values}
    if not wanted:
        return []
    scores: dict[tuple[type[Page], int], int] = defaultdict(int)
    dates: dict[tuple[type[Page], int], datetime.date] = {}
    for model in content_models():
        facet_names = [
            facet for facet in RELATED_FACETS if facet.name in wanted and facet.name in model.facet_paths
        ]
        if not facet_names:
            continue
        candidates = public(model.objects.live()).filter(locale_id=page.locale_id).exclude(pk=page.pk)
        date_field = model.listing_date_field or "first_published_at"
        for facet in facet_names:
            rows = (
                candidates.annotate(_related_value=facet.expression(model))
                .filter(_related_value__in=wanted[facet.name])
                .values_list("pk", date_field, "_related_value")
                .distinct()
            )
            for pk, day, _value in rows:
                key = (model, pk)
                scores[key] += 1
                if isinstance(day, datetime.datetime):
                    day = day.date()
                dates[key] = day or datetime.date.min
    chosen = sorted(scores, key=lambda key: (-scores[key], -dates[key].toordinal(), -key[1]))[:limit]
    by_model: dict[type[Page], list[int]] = defaultdict(list)
    for model, pk in chosen:
        by_model[model].append(pk)
    loaded: dict[tuple[type[Page], int], Page] = {}
    for model, pks in by_model.items():
        for item in model.with_card_data(model.objects.filter(pk__in=pks)):
            loaded[(model, item.pk)] = item
    return [loaded[key] for key in chosen if key in loaded]
