"""Where products and libraries may be created: on the models, and through the admin as editors use it."""

import pytest

from decnet.models import HomePage
from resources.models import ResourceLibraryPage, ResourcePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    """A superuser signed in through the admin's login form, as an editor would (and as the login
    lockout expects: a real request with a client address, which ``force_login``'s bare request lacks)."""
    django_user_model.objects.create_superuser("admin", "admin@example.com", "correct horse battery")
    response = client.post("/admin/login/", {"username": "admin", "password": "correct horse battery"})
    assert response.status_code == 302, "admin login failed"
    return client


def test_products_can_only_be_created_in_a_library(home_page, library, make_resource):
    product = make_resource()
    assert ResourcePage.can_create_at(library)
    assert not ResourcePage.can_create_at(home_page)
    assert not ResourcePage.can_create_at(product)


def test_one_library_per_home_page(home_page, library):
    assert not ResourceLibraryPage.can_create_at(home_page)
    assert not ResourceLibraryPage.can_create_at(library)
    assert ResourceLibraryPage.allowed_parent_page_models() == [HomePage]


def test_admin_add_view_under_library(admin_client, library):
    response = admin_client.get(f"/admin/pages/add/resources/resourcepage/{library.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("resource_type", "summary", "publication_date", "doi", "isbn", "files-TOTAL_FORMS"):
        assert f'name="{field}"' in html


def test_admin_add_view_refused_under_home_page(admin_client, home_page, library):
    """Wagtail answers a refused add view by sending the editor back to the dashboard with an error."""
    url = f"/admin/pages/add/resources/resourcepage/{home_page.pk}/"
    response = admin_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    response = admin_client.post(url, {"title": "Misplaced", "slug": "misplaced"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert not ResourcePage.objects.exists()


def test_admin_offers_products_as_the_only_child_of_a_library(admin_client, library):
    response = admin_client.get(f"/admin/pages/{library.pk}/add_subpage/")
    # A single allowed type: Wagtail goes straight to its add form.
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/pages/add/resources/resourcepage/{library.pk}/")
