"""The permission matrix (docs/permissions.md): every role × action, on the real admin views.

Each action is performed through the admin's own URL as the role would (a POST for changes, a GET for
views) and judged by its effect: the changed page, revision, workflow state, image, document or snippet for
writes; HTTP 200 for pages that show something. The expected table is parsed from docs/permissions.md, so the
documentation and the test cannot drift apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from decnet.models import StandardPage, Topic
from search.models import HiddenSearchQuery
from tests.factories import StandardPageFactory, fresh
from tests.hardening import files
from tests.hardening.conftest import STRONG_PASSWORD

DEVELOPERS_MD = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
ROLES = ["anonymous", "Editor", "Moderator", "Translator", "administrator"]
GROUP_OF_ROLE = {"Editor": "Editors", "Moderator": "Moderators", "Translator": "Translators"}
ALLOWED, DENIED = "yes", "no"


@dataclass
class World:
    """What every cell starts from: a published English page with a draft, a second page, an image."""

    client: Client
    admin: object
    home: Page
    subject: StandardPage
    destination: StandardPage
    image: object


def edit_form(page: StandardPage, **changes) -> dict:
    data = {"title": page.title, "slug": page.slug, "introduction": page.introduction}
    data.update(body=streamfield([]), **changes)
    return nested_form_data(data)


def shows(response) -> bool:
    return response.status_code == 200


def both(first: bool, second: bool) -> str:
    """A cell made of two checks must be all or nothing; anything else is reported as a mismatch."""
    if first and second:
        return ALLOWED
    if not first and not second:
        return DENIED
    return f"mixed ({first}, {second})"


def verdict(done: bool) -> str:
    return ALLOWED if done else DENIED


def view_draft(world: World) -> str:
    return verdict(shows(world.client.get(reverse("wagtailadmin_pages:view_draft", args=[world.subject.pk]))))


def edit(world: World) -> str:
    url = reverse("wagtailadmin_pages:edit", args=[world.subject.pk])
    world.client.post(url, edit_form(world.subject, introduction="Edited draft."))
    latest = Page.objects.get(pk=world.subject.pk).get_latest_revision()
    return verdict(latest.content["introduction"] == "Edited draft.")


def publish(world: World) -> str:
    url = reverse("wagtailadmin_pages:edit", args=[world.subject.pk])
    world.client.post(url, edit_form(world.subject, introduction="Published now.", **{"action-publish": "1"}))
    world.subject.refresh_from_db()
    return verdict(world.subject.introduction == "Published now.")


def unpublish(world: World) -> str:
    world.client.post(reverse("wagtailadmin_pages:unpublish", args=[world.subject.pk]))
    world.subject.refresh_from_db()
    return verdict(not world.subject.live)


def delete(world: World) -> str:
    world.client.post(reverse("wagtailadmin_pages:delete", args=[world.subject.pk]))
    return verdict(not Page.objects.filter(pk=world.subject.pk).exists())


def move(world: World) -> str:
    url = reverse("wagtailadmin_pages:move_confirm", args=[world.subject.pk, world.destination.pk])
    world.client.post(url)
    return verdict(Page.objects.get(pk=world.subject.pk).get_parent().pk == world.destination.pk)


def copy(world: World) -> str:
    world.client.post(
        reverse("wagtailadmin_pages:copy", args=[world.subject.pk]),
        {"new_title": "Subject (copy)", "new_slug": "subject-copy", "new_parent_page": world.home.pk},
    )
    return verdict(Page.objects.filter(slug="subject-copy").exists())


def history(world: World) -> str:
    revision = world.subject.get_latest_revision()
    history_url = reverse("wagtailadmin_pages:history", args=[world.subject.pk])
    revision_url = reverse("wagtailadmin_pages:revisions_view", args=[world.subject.pk, revision.pk])
    return both(shows(world.client.get(history_url)), shows(world.client.get(revision_url)))


def approve(world: World) -> str:
    revision = world.subject.save_revision(user=world.admin)
    state = world.subject.get_workflow().start(world.subject, world.admin)
    assert state.current_task_state.revision_id == revision.pk
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[world.subject.pk, "approve", state.current_task_state.pk]
    )
    world.client.post(url, {"comment": ""})
    state.refresh_from_db()
    return verdict(state.status == WorkflowState.STATUS_APPROVED)


def images(world: World) -> str:
    world.client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Uploaded map",
            "file": SimpleUploadedFile("map.png", files.png_bytes()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    uploaded = get_image_model().objects.filter(title="Uploaded map").exists()
    preview = world.client.get(reverse("wagtailimages:preview", args=[world.image.pk, "fill-20x20"]))
    return both(uploaded, shows(preview))


def documents(world: World) -> str:
    world.client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Uploaded primer",
            "file": SimpleUploadedFile("primer.pdf", files.pdf_bytes()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    return verdict(get_document_model().objects.filter(title="Uploaded primer").exists())


def translate(world: World) -> str:
    french = Locale.objects.get(language_code="fr")
    world.client.post(
        reverse("wagtail_localize:submit_page_translation", args=[world.subject.pk]), {"locales": [french.pk]}
    )
    return verdict(world.subject.get_translations().filter(locale=french).exists())


def snippets(world: World) -> str:
    url = reverse("wagtailsnippets_decnet_topic:add") + "?locale=en"
    world.client.post(url, {"name": "Fiscal transfers", "slug": "fiscal-transfers", "description": "Grants."})
    return verdict(Topic.objects.filter(slug="fiscal-transfers").exists())


def impact_dashboard(world: World) -> str:
    return verdict(shows(world.client.get(reverse("impact_dashboard"))))


def search_reports(world: World) -> str:
    """Query data: the search report and the impact dashboard's search table (one permission for both)."""
    report = shows(world.client.get(reverse("search_queries_report")))
    export = world.client.get(reverse("impact_dashboard"), {"export": "csv", "table": "top_searches"})
    return both(report, shows(export))


def hide_popular_search(world: World) -> str:
    url = reverse("wagtailsnippets_search_hiddensearchquery:add")
    world.client.post(url, {"query": "Junk", "reason": ""})
    return verdict(HiddenSearchQuery.objects.filter(query="junk").exists())


ACTIONS: dict[str, Callable[[World], str]] = {
    "view draft": view_draft,
    "edit": edit,
    "publish": publish,
    "unpublish": unpublish,
    "delete": delete,
    "move": move,
    "copy": copy,
    "view history and revisions": history,
    "approve a workflow task": approve,
    "upload and preview images": images,
    "upload documents": documents,
    "translate": translate,
    "manage snippets": snippets,
    "see the impact dashboard": impact_dashboard,
    "see search reports": search_reports,
    "hide a popular search": hide_popular_search,
}


@functools.cache
def documented_matrix() -> dict[tuple[str, str], str]:
    """The table under "## Permission matrix" in docs/permissions.md: a row per action, a column per role."""
    text = DEVELOPERS_MD.read_text(encoding="utf-8")
    section = text.split("## Permission matrix", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert header[1:] == ROLES, header
    matrix = {}
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        for role, cell in zip(ROLES, cells[1:], strict=True):
            matrix[(cells[0], role)] = re.sub(r"[^a-z]", "", cell.split("(")[0].lower())
    return matrix


def test_the_documented_matrix_covers_every_role_and_action():
    expected = documented_matrix()
    assert set(expected) == {(action, role) for action in ACTIONS for role in ROLES}
    assert set(expected.values()) <= {ALLOWED, DENIED}


@pytest.fixture(scope="module")
def built_world(shared_site) -> World:
    """The cells' starting point, built once per module (80 cells, about 60 ms each to build it again)."""
    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", STRONG_PASSWORD)
    home = shared_site.home
    subject = StandardPageFactory(parent=home, title="Subject", slug="subject", introduction="Original.")
    subject.introduction = "Unpublished draft."
    subject.save_revision(user=admin)
    destination = StandardPageFactory(parent=home, title="Destination", slug="destination")
    image = get_image_model().objects.create(
        title="Existing map", file=SimpleUploadedFile("existing.png", files.png_bytes())
    )
    return World(Client(), admin, home, subject, destination, image)


@pytest.fixture
def world(built_world, home_page) -> World:
    """Each cell's own copy, as the database has it: what a cell changes rolls back with it."""
    return World(
        Client(),
        get_user_model().objects.get(pk=built_world.admin.pk),
        home_page,
        fresh(built_world.subject),
        fresh(built_world.destination),
        get_image_model().objects.get(pk=built_world.image.pk),
    )


def sign_in(world: World, role: str) -> None:
    if role == "anonymous":
        return
    if role == "administrator":
        world.client.force_login(world.admin)
        return
    user = get_user_model().objects.create_user(f"{role.lower()}-user", password=STRONG_PASSWORD)
    user.groups.add(Group.objects.get(name=GROUP_OF_ROLE[role]))
    world.client.force_login(user)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_permission_matrix_cell(world, action, role):
    sign_in(world, role)
    assert ACTIONS[action](world) == documented_matrix()[(action, role)]
