"""`import_products`, `export_products` and the admin's product import: created/updated/unchanged/skipped,
line-level problems, files through the upload checks, translations, and nothing written on a bad file."""

import csv
import io
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Locale

from resources.models import ResourcePage
from tests.factories import CountryFactory, PersonFactory, ResourceTypeFactory, TopicFactory
from tests.hardening import files
from tests.i18n.conftest import translate_page

pytestmark = pytest.mark.django_db
HEADER = [
    "title",
    "type",
    "summary",
    "date",
    "authors",
    "topics",
    "countries",
    "doi",
    "files",
    "title:fr",
    "summary:fr",
]


@pytest.fixture
def catalogue(library):
    document = get_document_model()(title="Framework")
    # A name of its own: the media folder is shared by the whole test session (a taken name gets a suffix).
    document.file.save(f"framework-{uuid.uuid4().hex[:8]}.pdf", ContentFile(files.pdf_bytes()), save=False)
    document.save()
    ROW[8] = f"{Path(document.file.name).name}|en|Framework (PDF)"
    translate_page(library, "fr", title="Bibliothèque")
    return {
        "type": ResourceTypeFactory(name="Report", slug="report"),
        "person": PersonFactory(name="Hannah Lindqvist", slug="hannah-lindqvist"),
        "topic": TopicFactory(name="Local finance", slug="local-finance"),
        "country": CountryFactory(name="Kenya", code="KE"),
        "document": document,
    }


def write(tmp_path, rows, name="products.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_products", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


ROW = [
    "LoGICA assessment",
    "report",
    "A framework for local governance.",
    "2025-05-01",
    "hannah-lindqvist",
    "local-finance",
    "ke",
    "10.1234/logica",
    "logica-framework.pdf|en|Framework (PDF)",
    "Évaluation LoGICA",
    "Un cadre pour la gouvernance locale.",
]


def test_a_file_creates_products_with_classification_files_and_translations(catalogue, tmp_path):
    out, err = run(write(tmp_path, [HEADER, ROW]), "--publish")
    assert out.strip().splitlines()[-1] == "created 2, updated 0, unchanged 0, skipped 0"
    product = ResourcePage.objects.get(slug="logica-assessment", locale=Locale.get_default())
    assert product.live and product.doi == "10.1234/logica"
    assert [a.person for a in product.authors.all()] == [catalogue["person"]]
    assert list(product.topics.all()) == [catalogue["topic"]]
    assert list(product.countries.all()) == [catalogue["country"]]
    assert [(f.document, f.language, f.label) for f in product.files.all()] == [
        (catalogue["document"], "en", "Framework (PDF)")
    ]
    french = product.get_translation(Locale.objects.get(language_code="fr"))
    assert (french.title, french.summary, french.live) == ("Évaluation LoGICA", ROW[-1], True)
    out, _err = run(write(tmp_path, [HEADER, ROW]), "--publish")
    assert out.strip() == "created 0, updated 0, unchanged 2, skipped 0"
    changed = [*ROW[:2], "A new summary.", *ROW[3:]]
    out, _err = run(write(tmp_path, [HEADER, changed]), "--publish")
    assert out.strip() == "created 0, updated 1, unchanged 1, skipped 0"


def test_bad_rows_are_reported_by_line_and_column_and_nothing_is_written(catalogue, tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "fake.pdf").write_bytes(b"<!DOCTYPE html><html></html>")
    rows = [
        HEADER,
        ROW,
        ["Bad one", "atlas", "x", "2025-13-01", "nobody", "", "ZZ", "", "fake.pdf|en|Fake", "", ""],
    ]
    documents = get_document_model().objects.count()
    with pytest.raises(CommandError, match="1 invalid row; nothing was imported"):
        run(write(tmp_path, rows), "--files", tmp_path / "files")
    assert not ResourcePage.objects.exists()
    assert get_document_model().objects.count() == documents
    path = write(tmp_path, rows)
    _out, err = run_skipping(path, "--files", tmp_path / "files")
    lines = [line.replace(str(path), "products.csv") for line in err.strip().splitlines()]
    assert "products.csv:3: type: unknown resource type 'atlas'" in lines
    assert "products.csv:3: date: '2025-13-01' is not a date written YYYY-MM-DD" in lines
    assert "products.csv:3: authors: unknown author 'nobody'" in lines
    assert "products.csv:3: countries: unknown country 'ZZ'" in lines
    assert any(
        line.startswith("products.csv:3: files: fake.pdf: This file is not a valid PDF") for line in lines
    )


def run_skipping(path, *args):
    return run(path, *args, "--skip-invalid")


def test_files_from_a_folder_are_uploaded_through_the_checks(catalogue, tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "primer.pdf").write_bytes(files.pdf_bytes())
    row = [*ROW[:8], "primer.pdf|fr|Primer (French)", "", ""]
    out, _err = run(write(tmp_path, [HEADER, row]), "--files", tmp_path / "files")
    assert out.strip() == "created 1, updated 0, unchanged 0, skipped 0"
    product = ResourcePage.objects.get(slug="logica-assessment")
    (file,) = product.get_latest_revision_as_object().files.all()
    assert (file.document.title, file.language) == ("primer", "fr")


def test_export_writes_what_import_reads(catalogue, tmp_path):
    run(write(tmp_path, [HEADER, ROW]), "--publish")
    call_command("export_products", str(tmp_path / "out.csv"), stdout=io.StringIO())
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 1
    assert rows[0]["files"] == ROW[8]
    assert rows[0]["countries"] == "KE" and rows[0]["title:fr"] == "Évaluation LoGICA"
    out, _err = run(tmp_path / "out.csv", "--publish")
    assert out.strip() == "created 0, updated 0, unchanged 2, skipped 0"


def test_the_admin_view_previews_then_imports(client, superuser, catalogue):
    client.force_login(superuser)
    content = "\n".join(",".join(f'"{cell}"' for cell in row) for row in (HEADER, ROW)).encode()
    response = client.post(reverse("products_import"), {"file": SimpleUploadedFile("products.csv", content)})
    assert 'data-import-summary="created 2, updated 0, unchanged 0, skipped 0"' in response.content.decode()
    assert not ResourcePage.objects.filter(slug="logica-assessment").exists()
    response = client.post(reverse("products_import"), {"payload": response.context["payload"]})
    assert response.status_code == 302
    assert ResourcePage.objects.filter(slug="logica-assessment").count() == 2
