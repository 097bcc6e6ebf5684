"""What the library lists: its own live, public products in its locale, newest publication first, as cards."""

import datetime

import pytest
from wagtail.models import Locale, PageViewRestriction

from resources.models import LISTING_COVER_SPEC
from tests.factories import ResourceLibraryPageFactory, ResourceTypeFactory

pytestmark = pytest.mark.django_db


def _card_titles(html: str) -> list[str]:
    titles = []
    for chunk in html.split('<h3 class="card__title">')[1:]:
        link = chunk[: chunk.index("</a>")]
        titles.append(link[link.index(">") + 1 :])
    return titles


def test_published_product_is_listed_with_its_card(client, make_resource, make_image):
    cover_image = make_image(width=640, height=880)
    make_resource(
        title="Fiscal decentralization primer",
        slug="primer",
        resource_type=ResourceTypeFactory(name="Primer", slug="primer"),
        summary="An introduction to fiscal decentralization.",
        publication_date=datetime.date(2021, 2, 15),
        cover_image=cover_image,
        files=[("en", "Primer (PDF)"), ("fr", "Version française")],
    )
    response = client.get("/en/library/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="/en/library/primer/">Fiscal decentralization primer</a>' in html
    assert ">Primer</a>" in html
    assert '<time datetime="2021-02-15">' in html
    assert "An introduction to fiscal decentralization." in html
    assert "Primer (PDF)" in html and "Version française" in html
    tag = html[html.index('<img alt="" class="card__image') :]
    tag = tag[: tag.index(">")]
    rendition = cover_image.get_rendition(LISTING_COVER_SPEC)
    assert rendition.height == 480 and rendition.width < 480  # the whole portrait cover, not a crop
    assert f'width="{rendition.width}"' in tag and f'height="{rendition.height}"' in tag
    assert 'loading="lazy"' in tag and rendition.url in tag


def test_product_without_cover_has_no_image(client, make_resource):
    make_resource(title="No cover")
    assert "<img" not in client.get("/en/library/").content.decode()


def test_newest_publication_first(client, make_resource):
    make_resource(title="Middle", publication_date=datetime.date(2022, 1, 1))
    make_resource(title="Oldest", publication_date=datetime.date(2019, 1, 1))
    make_resource(title="Newest", publication_date=datetime.date(2024, 1, 1))
    assert _card_titles(client.get("/en/library/").content.decode()) == ["Newest", "Middle", "Oldest"]


def test_drafts_are_not_listed_and_not_served(client, make_resource):
    make_resource(title="Published product", slug="published")
    make_resource(title="Draft product", slug="draft", live=False)
    html = client.get("/en/library/").content.decode()
    assert "Published product" in html
    assert "Draft product" not in html
    assert client.get("/en/library/draft/").status_code == 404


def test_private_products_are_not_listed(client, make_resource):
    private = make_resource(title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_resource(title="For everyone")
    html = client.get("/en/library/").content.decode()
    assert "For everyone" in html
    assert "Members only" not in html


def test_only_children_of_this_library_in_its_locale(client, home_page, library, make_resource):
    make_resource(title="Ours")
    french = Locale.objects.get(language_code="fr")
    french_home = home_page.copy_for_translation(french)
    french_home.save_revision().publish()
    french_library = library.copy_for_translation(french)
    french_library.save_revision().publish()
    make_resource(title="Produit en français", parent=french_library, locale=french)
    other_home_child = ResourceLibraryPageFactory(
        parent=french_library.get_parent(), title="Other", slug="other"
    )
    make_resource(title="Elsewhere", parent=other_home_child, locale=french)

    html = client.get("/en/library/").content.decode()
    assert _card_titles(html) == ["Ours"]
    french_html = client.get("/fr/library/").content.decode()
    assert _card_titles(french_html) == ["Produit en français"]


def test_empty_library_says_so(client, library):
    response = client.get("/en/library/")
    assert response.status_code == 200
    assert "No knowledge products yet." in response.content.decode()
