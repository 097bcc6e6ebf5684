import pytest

from decnet.models import HomePage, StandardPage
from tests.factories import BlogPostPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_renders_latest_posts(client, home_page, blog_index):
    BlogPostPageFactory(parent=blog_index, title="Transfers that reach the frontline")
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Transfers that reach the frontline" in response.content.decode()


def test_home_page_only_under_root():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert StandardPage.can_create_at(HomePage()) is True


def test_standard_page_renders_body(client, home_page):
    StandardPageFactory(parent=home_page, title="About LPSA", slug="about", introduction="Who we are.")
    response = client.get("/en/about/")
    assert response.status_code == 200
    assert "Who we are." in response.content.decode()


def test_unknown_url_gives_custom_404(client, home_page):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
