"""Nothing half-written (issue 16): a product import that fails part-way, after it uploaded files from
``--files``, leaves neither rows in the database nor files in the media folder."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from resources import importing
from resources.models import ResourceFile, ResourcePage
from tests.factories import ResourceTypeFactory
from tests.hardening import files

pytestmark = pytest.mark.django_db
HEADER = ["title", "type", "summary", "date", "files"]


@pytest.fixture
def media(settings, tmp_path) -> Path:
    """A media folder of this test's own, so that its listing shows only what this test's import stored."""
    folder = tmp_path / "media"
    folder.mkdir()
    settings.MEDIA_ROOT = str(folder)
    return folder


@pytest.fixture
def upload_folder(tmp_path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("first.pdf", "second.pdf", "third.pdf"):
        (folder / name).write_bytes(files.pdf_bytes())
    return folder


def listing(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def database_state() -> dict[str, object]:
    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "documents": sorted(get_document_model().objects.values_list("pk", "file")),
        "files": ResourceFile.objects.count(),
    }


def write(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "products.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([HEADER, *rows])
    return path


def product(title: str, file_name: str, resource_type: str = "report") -> list[str]:
    return [title, resource_type, "A summary.", "2025-05-01", f"{file_name}|en|{title} (PDF)"]


def test_a_bad_row_after_stored_files_leaves_no_file_and_no_row(library, media, upload_folder, tmp_path):
    ResourceTypeFactory(name="Report", slug="report")
    rows = [
        product("First", "first.pdf"),
        product("Second", "second.pdf"),
        product("Third", "third.pdf", "atlas"),
    ]
    before, files_before = database_state(), listing(media)
    with pytest.raises(CommandError, match="1 invalid row; nothing was imported"):
        call_command("import_products", str(write(tmp_path, rows)), "--files", str(upload_folder))
    assert listing(media) == files_before
    assert database_state() == before
    assert not ResourcePage.objects.exists()


def test_an_error_while_writing_leaves_no_file_and_no_row(
    library, media, upload_folder, tmp_path, monkeypatch
):
    ResourceTypeFactory(name="Report", slug="report")
    saved = []
    real_save = importing._save

    def save_then_fail(page, publish):
        if saved:
            raise RuntimeError("the disk is full")
        saved.append(page)
        real_save(page, publish)

    monkeypatch.setattr(importing, "_save", save_then_fail)
    rows = [product("First", "first.pdf"), product("Second", "second.pdf")]
    before, files_before = database_state(), listing(media)
    with pytest.raises(RuntimeError, match="the disk is full"):
        call_command(
            "import_products", str(write(tmp_path, rows)), "--files", str(upload_folder), "--publish"
        )
    assert saved  # the first product was written before the failure
    assert listing(media) == files_before
    assert database_state() == before


def test_a_successful_import_keeps_its_files(library, media, upload_folder, tmp_path):
    ResourceTypeFactory(name="Report", slug="report")
    call_command(
        "import_products",
        str(write(tmp_path, [product("First", "first.pdf")])),
        "--files",
        str(upload_folder),
    )
    assert listing(media) == ["documents/first.pdf"]
    assert ResourcePage.objects.get(title="First").files.get().document.file.name == "documents/first.pdf"
