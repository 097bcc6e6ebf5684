"""12 products per page; a page number that is not one of the listing's pages is a 404 (no clamping)."""

import datetime

import pytest

from resources.models import ResourceLibraryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def add_products(make_resource):
    def add(how_many: int) -> None:
        for number in range(how_many):
            make_resource(
                title=f"Product {number:02d}",
                publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
                files=[],
            )

    return add


@pytest.fixture
def five_products_two_per_page(add_products, monkeypatch):
    """Three listing pages (2 + 2 + 1) without creating dozens of pages for every case."""
    monkeypatch.setattr(ResourceLibraryPage, "per_page", 2)
    add_products(5)


def _titles(html: str) -> list[str]:
    return [
        chunk[chunk.index(">") + 1 : chunk.index("</a>")]
        for chunk in html.split('<h3 class="card__title">')[1:]
    ]


def test_twelve_per_page_newest_first(client, add_products):
    add_products(13)
    first = client.get("/en/library/").content.decode()
    assert _titles(first) == [f"Product {number:02d}" for number in range(12, 0, -1)]
    assert "Page 1 of 2" in first
    assert "13 knowledge products" in first
    assert 'href="?page=2" rel="next"' in first

    second = client.get("/en/library/?page=2").content.decode()
    assert _titles(second) == ["Product 00"]
    assert 'href="?page=1" rel="prev"' in second
    assert 'rel="next"' not in second


def test_middle_page_links_both_ways(client, five_products_two_per_page):
    html = client.get("/en/library/?page=2").content.decode()
    assert _titles(html) == ["Product 02", "Product 01"]
    assert 'href="?page=1" rel="prev"' in html and 'href="?page=3" rel="next"' in html
    assert "Page 2 of 3" in html


def test_page_links_keep_the_filters(client, five_products_two_per_page):
    html = client.get("/en/library/?year=2020").content.decode()
    assert 'href="?page=2&amp;year=2020" rel="next"' in html


def test_pagination_counts_filtered_products(client, five_products_two_per_page, make_resource):
    make_resource(title="Other year", publication_date=datetime.date(2019, 1, 1), files=[])
    html = client.get("/en/library/?year=2019").content.decode()
    assert _titles(html) == ["Other year"]
    assert 'class="pagination"' not in html


@pytest.mark.parametrize("page", ["4", "0", "-1", "abc", "1.5", "999999", "99999999999999999999", "%00"])
def test_pages_that_do_not_exist_are_404(client, five_products_two_per_page, page):
    assert client.get(f"/en/library/?page={page}").status_code == 404


def test_last_page_exists(client, five_products_two_per_page):
    response = client.get("/en/library/?page=3")
    assert response.status_code == 200
    assert _titles(response.content.decode()) == ["Product 00"]


def test_first_page_of_an_empty_result_exists(client, five_products_two_per_page):
    response = client.get("/en/library/?year=1990&page=1")
    assert response.status_code == 200
    assert "No knowledge products match these filters." in response.content.decode()


def test_no_pagination_when_everything_fits(client, make_resource):
    make_resource(title="Only one")
    html = client.get("/en/library/").content.decode()
    assert 'class="pagination"' not in html
