"""The library's keyword box (searched through the site's one query layer), counts on every filter option
(with the other filters applied) and its sorts (most downloaded: tests/impact/test_library_sort.py)."""

import pytest
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def _titles(html: str) -> list[str]:
    titles = []
    for chunk in html.split('<h3 class="card__title">')[1:]:
        link = chunk[: chunk.index("</a>")]
        titles.append(link[link.index(">") + 1 :])
    return titles


def test_keyword_box_finds_relevant_products(client, searchable_catalogue):
    html = client.get("/en/library/", {"q": "equalisation"}).text
    assert _titles(html) == ["Fiscal equalisation primer"]
    assert '<input id="listing-q" type="search" name="q" value="equalisation" maxlength="200">' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    assert _titles(client.get("/en/library/", {"q": "revenue"}).text) == [
        "Kenya country profile",
        "Fiscal equalisation primer",
    ]
    assert _titles(client.get("/en/library/", {"q": "revenue", "type": "primer"}).text) == [
        "Fiscal equalisation primer"
    ]
    assert "No knowledge products match these filters." in client.get("/en/library/", {"q": "zebra"}).text


def test_keyword_box_counts_only_the_matching_products(client, searchable_catalogue):
    html = client.get("/en/library/", {"q": "services"}).text
    assert 'name="type" value="country-profile"> Country profile <span class="meta">(2)</span>' in html
    assert 'value="primer"' not in html


def test_every_option_shows_its_count(client, searchable_catalogue):
    html = client.get("/en/library/").text
    for parameter, value, label, count in [
        ("type", "country-profile", "Country profile", 2),
        ("type", "primer", "Primer", 1),
        ("topic", "local-finance", "Local finance", 2),
        ("region", "africa", "Africa", 2),
        ("country", "NP", "Nepal", 1),
        ("year", "2024", "2024", 1),
        ("language", "en", "English", 2),
        ("language", "es", "Español", 1),
    ]:
        option = f'name="{parameter}" value="{value}"> {label} <span class="meta">({count})</span>'
        assert option in html, option


@pytest.mark.parametrize("query", ["", "topic=local-finance", "region=africa&language=en", "q=revenue"])
def test_a_count_is_what_choosing_the_option_gives(library, searchable_catalogue, query):
    """One rule for every listing: an option's count is the number of products choosing it gives, with the
    other filters applied."""

    def listing(query_string: str):
        return library.listing(RequestFactory().get(f"/en/library/?{query_string}"))

    for group in listing(query).groups:
        for bucket in group.buckets:
            others = "&".join(
                part for part in query.split("&") if part and not part.startswith(f"{group.parameter}=")
            )
            narrowed = listing(f"{others}&{group.parameter}={bucket.value}")
            assert narrowed.total == bucket.count, (query, group.parameter, bucket.value)


def test_sort_by_title_and_newest(client, searchable_catalogue):
    assert _titles(client.get("/en/library/").text) == [
        "Kenya country profile",
        "Nepal country profile",
        "Fiscal equalisation primer",
    ]
    assert _titles(client.get("/en/library/", {"sort": "title"}).text) == [
        "Fiscal equalisation primer",
        "Kenya country profile",
        "Nepal country profile",
    ]
    html = client.get("/en/library/", {"sort": "title"}).text
    assert '<option value="title" selected>' in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_unknown_sort_falls_back_to_newest(client, searchable_catalogue):
    assert _titles(client.get("/en/library/", {"sort": "bogus"}).text)[0] == "Kenya country profile"
