"""Where blog pages may be created: the model rules and the admin's add view agree."""

import pytest

from blog.models import BlogIndexPage, BlogPostPage
from decnet.models import HomePage, StandardPage
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_site]  # own_site: they build their own section indexes


def test_post_only_under_blog_index(home_page, blog_index):
    about = StandardPageFactory(parent=home_page, slug="about")
    assert BlogPostPage.allowed_parent_page_models() == [BlogIndexPage]
    assert BlogPostPage.can_create_at(blog_index) is True
    assert BlogPostPage.can_create_at(home_page) is False
    assert BlogPostPage.can_create_at(about) is False


def test_index_only_under_home_page_and_once(home_page):
    assert BlogIndexPage.allowed_parent_page_models() == [HomePage]
    assert BlogIndexPage.can_create_at(home_page) is True
    about = StandardPageFactory(parent=home_page, slug="about")
    assert BlogIndexPage.can_create_at(about) is False
    assert StandardPage.can_create_at(about) is True


def test_second_index_refused_under_same_home_page(home_page, blog_index):
    assert BlogIndexPage.can_create_at(home_page) is False


def test_posts_have_no_children(blog_index, make_post):
    post = make_post()
    assert BlogPostPage.allowed_subpage_models() == []
    assert BlogPostPage.can_create_at(post) is False
    assert BlogIndexPage.can_create_at(post) is False


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser(username="root", password="a-long-test-password")
    client.force_login(user)
    return client


def test_admin_add_post_under_index(admin_client_logged_in, blog_index):
    response = admin_client_logged_in.get(f"/admin/pages/add/blog/blogpostpage/{blog_index.id}/")
    assert response.status_code == 200


def test_admin_add_post_refused_under_home_page(admin_client_logged_in, home_page):
    response = admin_client_logged_in.get(f"/admin/pages/add/blog/blogpostpage/{home_page.id}/")
    assert response.status_code in (302, 403, 404)


def test_admin_add_index_under_home_page(admin_client_logged_in, home_page):
    url = f"/admin/pages/add/blog/blogindexpage/{home_page.id}/"
    assert admin_client_logged_in.get(url).status_code == 200


def test_admin_add_index_refused_when_one_exists_or_under_index(
    admin_client_logged_in, home_page, blog_index
):
    second = admin_client_logged_in.get(f"/admin/pages/add/blog/blogindexpage/{home_page.id}/")
    nested = admin_client_logged_in.get(f"/admin/pages/add/blog/blogindexpage/{blog_index.id}/")
    assert second.status_code in (302, 403, 404)
    assert nested.status_code in (302, 403, 404)
