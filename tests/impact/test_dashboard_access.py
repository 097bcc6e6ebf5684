"""Who sees the Impact dashboard: Editors, Moderators and superusers; not Translators, not anonymous users."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

pytestmark = pytest.mark.django_db


def dashboard_url() -> str:
    return reverse("impact_dashboard")


def test_the_permission_is_granted_to_editors_and_moderators_by_migration():
    permission = Permission.objects.get(content_type__app_label="impact", codename="view_dashboard")
    holders = set(Group.objects.filter(permissions=permission).values_list("name", flat=True))
    assert {"Editors", "Moderators"} <= holders
    assert "Translators" not in holders


@pytest.mark.parametrize("who", ["editor", "moderator", "admin_user"])
def test_editors_moderators_and_superusers_see_the_menu_and_the_dashboard(who, request, client, home_page):
    client.force_login(request.getfixturevalue(who))
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert dashboard_url() in home.content.decode()
    response = client.get(dashboard_url())
    assert response.status_code == 200
    assert "Impact" in response.content.decode()


def test_translators_neither_see_the_menu_nor_open_the_dashboard(client, translator, home_page):
    client.force_login(translator)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert dashboard_url() not in home.content.decode()
    # Wagtail turns a refused admin view into a redirect to the admin home with an error message.
    for response in (
        client.get(dashboard_url()),
        client.get(dashboard_url(), {"export": "csv", "table": "top_pages"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(dashboard_url())
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    assert client.get(dashboard_url(), {"export": "csv", "table": "top_pages"}).status_code == 302


def test_the_permission_can_be_given_to_a_group_in_the_admin(admin_client):
    group = Group.objects.get(name="Translators")
    response = admin_client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))
    assert response.status_code == 200
    assert "impact dashboard" in response.content.decode().lower()


def test_search_tables_follow_the_one_query_data_permission(client, home_page, django_user_model):
    """The dashboard's searches (page and exports) need search.view_searchqueryday, as the search report
    does."""
    user = django_user_model.objects.create_user("analyst", password="a-long-test-password")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="impact", codename="view_dashboard"),
    )
    client.force_login(user)
    html = client.get(dashboard_url()).content.decode()
    assert 'id="impact-top_pages"' in html
    assert 'id="impact-top_searches"' not in html and 'id="impact-zero_result_searches"' not in html
    for table in ("top_searches", "zero_result_searches"):
        refused = client.get(dashboard_url(), {"export": "csv", "table": table})
        assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    assert client.get(dashboard_url(), {"export": "csv", "table": "top_pages"}).status_code == 200
    user.user_permissions.add(Permission.objects.get(codename="view_searchqueryday"))
    client.force_login(django_user_model.objects.get(pk=user.pk))
    html = client.get(dashboard_url()).content.decode()
    assert 'id="impact-top_searches"' in html and 'id="impact-zero_result_searches"' in html
    assert client.get(dashboard_url(), {"export": "csv", "table": "top_searches"}).status_code == 200


def test_editors_and_moderators_hold_the_query_data_permission_by_migration():
    permission = Permission.objects.get(content_type__app_label="search", codename="view_searchqueryday")
    holders = set(Group.objects.filter(permissions=permission).values_list("name", flat=True))
    assert holders == {"Editors", "Moderators"}
