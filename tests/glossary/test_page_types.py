"""Where glossary pages may be created: the model rules and the admin's add view agree."""

import pytest

from decnet.models import HomePage
from glossary.models import GlossaryPage, GlossaryTermPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_term_only_under_glossary(home_page, glossary):
    about = StandardPageFactory(parent=home_page, slug="about")
    assert GlossaryTermPage.allowed_parent_page_models() == [GlossaryPage]
    assert GlossaryTermPage.can_create_at(glossary) is True
    assert GlossaryTermPage.can_create_at(home_page) is False
    assert GlossaryTermPage.can_create_at(about) is False


def test_glossary_only_under_home_page_and_once(home_page, glossary):
    assert GlossaryPage.allowed_parent_page_models() == [HomePage]
    assert GlossaryPage.can_create_at(home_page) is False  # there is one already
    assert GlossaryPage.can_create_at(glossary) is False


def test_terms_have_no_children(make_term):
    term = make_term("Devolution")
    assert GlossaryTermPage.allowed_subpage_models() == []
    assert GlossaryTermPage.can_create_at(term) is False


@pytest.fixture
def admin_client_logged_in(client, django_user_model):
    user = django_user_model.objects.create_superuser(username="root", password="a-long-test-password")
    client.force_login(user)
    return client


def test_admin_add_term_under_glossary(admin_client_logged_in, glossary):
    response = admin_client_logged_in.get(f"/admin/pages/add/glossary/glossarytermpage/{glossary.id}/")
    assert response.status_code == 200
    content = response.content.decode()
    for field in ("abbreviation", "definition", "synonyms", "topics", "sources", "related_terms"):
        assert field in content


def test_admin_refuses_term_under_home_page(admin_client_logged_in, home_page):
    response = admin_client_logged_in.get(f"/admin/pages/add/glossary/glossarytermpage/{home_page.id}/")
    assert response.status_code in (302, 403)
    assert response.status_code != 200
