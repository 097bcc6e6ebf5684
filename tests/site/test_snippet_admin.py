"""Taxonomy snippets are administered through SnippetViewSets, by Editors as well as admins."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from decnet.models import Country, Person, Region, Topic
from resources.models import ResourceType
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

SNIPPETS = [Topic, Country, Region, Person, ResourceType]


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_editor_sees_list_and_add_views(client, editor, model):
    client.force_login(editor)
    opts = model._meta
    assert client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list")).status_code == 200
    assert client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:add")).status_code == 200


def test_editor_creates_a_topic_through_the_admin(client, editor):
    client.force_login(editor)
    url = reverse("wagtailsnippets_decnet_topic:add")
    response = client.post(
        url, {"name": "Fiscal decentralization", "slug": "fiscal-decentralization", "description": "Money."}
    )
    assert response.status_code == 302
    topic = Topic.objects.get(slug="fiscal-decentralization")
    assert topic.locale == Locale.get_default()


def test_editor_creates_a_country_in_a_region(client, editor):
    region = RegionFactory(name="Africa", slug="africa")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_decnet_country:add"), {"code": "KE", "name": "Kenya", "region": region.pk}
    )
    assert response.status_code == 302
    assert Country.objects.get(code="KE").region == region


def test_anonymous_cannot_reach_snippet_admin(client):
    response = client.get(reverse("wagtailsnippets_decnet_topic:list"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_snippets_are_translatable():
    for model in SNIPPETS:
        assert hasattr(model, "translation_key") and hasattr(model, "locale"), model
