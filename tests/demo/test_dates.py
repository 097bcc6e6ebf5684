"""Every page type's listing date is an editorial date (issue 15, point 2): glossary terms carry the day they
went online with the glossary or a later addition, not the day the demo was loaded, so "newest first" and
the year facet speak of the content."""

import datetime

from blog.models import BlogPostPage
from glossary.models import GlossaryTermPage
from resources.models import ResourcePage
from search.query import SearchParams, run_search

EDITIONS = {datetime.date(2023, 11, 6), datetime.date(2024, 4, 15), datetime.date(2024, 10, 21)}


def test_glossary_terms_are_dated_by_their_publication_in_every_language(demo):
    terms = GlossaryTermPage.objects.live()
    assert terms.count() > 75  # the English terms and their translations
    assert {term.listing_date for term in terms} == EDITIONS
    english = {term.translation_key: term.listing_date for term in terms.filter(locale__language_code="en")}
    for term in terms.exclude(locale__language_code="en"):
        assert term.listing_date == english[term.translation_key], term.title


def test_newest_first_is_led_by_the_newest_post_or_product_not_by_terms(demo):
    newest_content = max(
        [post.listing_date for post in BlogPostPage.objects.live().filter(locale__language_code="en")]
        + [product.listing_date for product in ResourcePage.objects.live().filter(locale__language_code="en")]
    )
    outcome = run_search(SearchParams(q="decentralization", lang="en", sort="newest"))
    first = outcome.results[0]
    assert first.type != "glossary"
    assert first.date == newest_content
    dates = [result.date for result in outcome.results]
    assert dates == sorted(dates, reverse=True)
