"""The Translators group translates (submits, edits and publishes translations) but cannot publish pages of
the source language: checked through the real admin views."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page

from blog.models import BlogPostPage
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.own_site  # its tests build their own section indexes


@pytest.fixture
def french_draft(client, translator, english_post):
    """The translator submits the English post for translation into French."""
    client.force_login(translator)
    french = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english_post.pk]), {"locales": [french.pk]}
    )
    assert response.status_code == 302
    return english_post.get_translation(french).specific


def test_translators_may_publish_only_below_the_other_languages_homes(translator, french_home, home_page):
    english = home_page.permissions_for_user(translator)
    french = french_home.permissions_for_user(translator)
    assert english.can_edit() and not english.can_publish()
    assert french.can_edit() and french.can_publish()
    group = Group.objects.get(name="Translators")
    grants = set(
        GroupPagePermission.objects.filter(group=group).values_list("page__depth", "permission__codename")
    )
    assert (1, "publish_page") not in grants and (1, "add_page") not in grants
    assert {(2, "add_page"), (2, "change_page"), (2, "publish_page")} <= grants


def test_a_new_language_home_opens_its_tree_to_translators(translator, home_page, locales):
    arabic = translate_page(home_page, "ar", title="الصفحة الرئيسية")
    assert arabic.permissions_for_user(translator).can_publish()
    assert not home_page.permissions_for_user(translator).can_publish()


def test_translator_can_submit_edit_and_publish_a_french_translation(
    client, translator, french_draft, django_capture_on_commit_callbacks
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[french_draft.pk])
    editor = client.get(edit_url)
    assert editor.status_code == 200
    assert "wagtail-localize" in editor.text or "translation" in editor.text.lower()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    assert Page.objects.get(pk=french_draft.pk).live


def test_translator_cannot_publish_the_english_source(client, translator, english_post):
    client.force_login(translator)
    live_revision = english_post.live_revision_id
    edit_url = reverse("wagtailadmin_pages:edit", args=[english_post.pk])
    page = client.get(edit_url)
    assert page.status_code == 200
    assert 'name="action-publish"' not in page.text

    response = client.post(
        edit_url,
        {
            "title": "Changed by a translator",
            "slug": english_post.slug,
            "date": "2024-05-01",
            "summary": english_post.summary,
            "body-count": "0",
            "authors-TOTAL_FORMS": "0",
            "authors-INITIAL_FORMS": "0",
            "authors-MIN_NUM_FORMS": "0",
            "authors-MAX_NUM_FORMS": "1000",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302
    english = BlogPostPage.objects.get(pk=english_post.pk)
    # The change is kept as a draft (it can go to the Moderators), but the live page is untouched.
    assert english.get_latest_revision_as_object().title == "Changed by a translator"
    assert english.has_unpublished_changes
    assert english.title == "Budget transfers"
    assert english.live_revision_id == live_revision
    assert client.get(reverse("wagtailadmin_pages:unpublish", args=[english_post.pk])).status_code in (
        302,
        403,
    )
    assert BlogPostPage.objects.get(pk=english_post.pk).live


def test_translator_cannot_publish_an_english_page_through_the_workflow_actions(
    client, translator, english_post
):
    client.force_login(translator)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[english_post.pk]))
    assert response.status_code in (302, 403)
    assert BlogPostPage.objects.get(pk=english_post.pk).live


def test_translator_finds_the_translate_action_on_english_pages(client, translator, english_post):
    client.force_login(translator)
    response = client.get(reverse("wagtailadmin_explore", args=[english_post.get_parent().pk]))
    assert response.status_code == 200
    assert reverse("wagtail_localize:submit_page_translation", args=[english_post.pk]) in response.text
