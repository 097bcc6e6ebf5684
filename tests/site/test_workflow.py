"""The moderation workflow, exercised through the real admin views."""

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from decnet.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def edit_form(page: StandardPage, **changes) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body": streamfield([]),
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def about_page(home_page):
    return StandardPageFactory(parent=home_page, title="About", slug="about", introduction="Original text.")


def test_groups_and_workflow_exist_after_migrations():
    root = Page.get_first_root_node()
    assert root.get_workflow() is not None
    task = root.get_workflow().tasks.get()
    assert list(task.specific.groups.values_list("name", flat=True)) == ["Moderators"]


def test_editor_cannot_publish_directly(client, editor, about_page):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[about_page.pk])
    client.post(
        url, edit_form(about_page, introduction="Changed by editor.", **{"action-publish": "publish"})
    )
    about_page.refresh_from_db()
    assert about_page.introduction == "Original text."
    assert "Original text." in client.get("/en/about/").content.decode()


def test_editor_submits_and_moderator_approves(client, editor, moderator, about_page):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[about_page.pk])
    response = client.post(
        url, edit_form(about_page, introduction="Reviewed text.", **{"action-submit": "submit"})
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(about_page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.logout()

    # Still the old text for readers while the change waits for approval.
    assert "Original text." in client.get("/en/about/").content.decode()

    client.force_login(moderator)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[about_page.pk, "approve", state.current_task_state.pk]
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)
    client.logout()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert "Reviewed text." in client.get("/en/about/").content.decode()


def test_anonymous_reader_never_sees_a_draft(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Secret plan", slug="secret", live=False)
    assert client.get("/en/secret/").status_code == 404
    assert "Secret plan" not in client.get("/en/").content.decode()
    live = StandardPageFactory(parent=home_page, title="Public", slug="public", introduction="Live words.")
    live.introduction = "Draft words."
    live.save_revision()
    body = client.get("/en/public/").content.decode()
    assert "Live words." in body and "Draft words." not in body
    assert draft.pk
