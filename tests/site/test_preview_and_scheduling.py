"""Editors can preview every page type and schedule publication."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.factories import (
    BlogPostPageFactory,
    GlossaryTermPageFactory,
    ResourcePageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each(home_page, blog_index, library, glossary):
    return {
        "home": home_page,
        "standard": StandardPageFactory(parent=home_page, title="About", slug="about"),
        "blog_index": blog_index,
        "post": BlogPostPageFactory(parent=blog_index, title="Preview me post"),
        "library": library,
        "resource": ResourcePageFactory(parent=library, title="Preview me product"),
        "glossary": glossary,
        "term": GlossaryTermPageFactory(parent=glossary, title="Preview me term"),
    }


@pytest.mark.parametrize(
    "key", ["home", "standard", "blog_index", "post", "library", "resource", "glossary", "term"]
)
def test_every_page_type_previews(key, one_of_each, admin_client):
    page = one_of_each[key].specific
    response = page.make_preview_request(original_request=None, preview_mode=page.default_preview_mode)
    assert response.status_code == 200
    assert page.title in response.rendered_content


def test_preview_through_admin_shows_unsaved_changes(admin_client, one_of_each):
    page = one_of_each["standard"]
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": "Unsaved preview text.",
            "body": streamfield([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Unsaved preview text." in response.content.decode()


def test_scheduled_publishing_goes_live_at_the_set_time(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Annual report", slug="annual-report", live=False)
    go_live = timezone.now() + datetime.timedelta(days=2)
    page.go_live_at = go_live
    page.save_revision().publish()  # with a future go_live_at this schedules instead of publishing
    page.refresh_from_db()
    assert page.live is False
    assert client.get("/en/annual-report/").status_code == 404

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live is False

    with freeze_time(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live is True
    assert client.get("/en/annual-report/").status_code == 200
