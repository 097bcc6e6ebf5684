"""Document uploads through the real admin views: each refusal is a form error (200, nothing saved)."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model

from tests.hardening import files

Document = get_document_model()
ADD_URL = "/admin/documents/add/"
MULTIPLE_ADD_URL = "/admin/documents/multiple/add/"


def upload(client, name: str, content: bytes, title: str = "Uploaded"):
    return files.admin_upload(client, ADD_URL, name, content, title)


file_errors = files.file_errors


REFUSALS = [
    pytest.param("report.pdf", files.HTML_PAGE, "web page (HTML), not a PDF", id="html-renamed-pdf"),
    pytest.param(
        "report.pdf", b"GIF89a" + b"\x00" * 64, "does not start with the PDF signature", id="gif-as-pdf"
    ),
    pytest.param(
        "minutes.docx",
        files.zip_bytes({"notes.txt": b"hello"}),
        "ZIP archive, not an Office document",
        id="plain-zip-as-docx",
    ),
    pytest.param("minutes.docx", files.xlsx_bytes(), "Office file of another kind", id="xlsx-as-docx"),
    pytest.param("budget.xlsx", files.docx_bytes(), "Office file of another kind", id="docx-as-xlsx"),
    pytest.param("budget.xlsx", files.pdf_bytes(), "not a ZIP-based file", id="pdf-as-xlsx"),
    pytest.param("minutes.docx", b"PK\x03\x04 truncated", "damaged ZIP archive", id="broken-zip"),
    pytest.param(
        "slides.odp",
        files.opendocument_bytes("application/vnd.oasis.opendocument.text"),
        "declares the type",
        id="odt-as-odp",
    ),
    pytest.param("data.csv", files.HTML_PAGE, "web-page markup", id="html-as-csv"),
    pytest.param("notes.txt", b"plain\x00binary", "NUL bytes", id="nul-in-txt"),
    pytest.param("notes.txt", "café".encode("latin-1"), "not UTF-8 text", id="latin1-txt"),
    pytest.param("setup.exe", b"MZ\x90\x00" + b"\x00" * 60, "cannot be uploaded", id="exe"),
    pytest.param("page.html", files.HTML_PAGE, "cannot be uploaded", id="html"),
    pytest.param("image.svg", files.SVG_IMAGE, "cannot be uploaded", id="svg"),
    pytest.param("README", b"no extension", "cannot be uploaded", id="no-extension"),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSALS)
def test_refused_upload_is_a_form_error_and_nothing_is_saved(superuser_client, name, content, message):
    response = upload(superuser_client, name, content)
    errors = file_errors(response)
    assert any(message in error for error in errors), errors
    assert len(errors) == 1, errors  # one clear message, not Wagtail's extra "File extension “” …"
    assert not Document.objects.exists()


def test_refusal_names_the_allowed_types(superuser_client):
    (error,) = file_errors(upload(superuser_client, "setup.exe", b"MZ"))
    assert "“.exe”" in error
    assert "pdf, docx, xlsx, pptx, odt, ods, odp, csv, txt, epub, zip" in error


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_oversize_document_is_refused(superuser_client):
    errors = file_errors(upload(superuser_client, "big.pdf", b"%PDF-1.4\n" + b"0" * 2048))
    assert any("This file is too big" in error for error in errors), errors
    assert not Document.objects.exists()


def test_fifty_megabytes_is_the_configured_limit(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 50 * 1024 * 1024


ACCEPTED = [
    pytest.param("primer.pdf", files.pdf_bytes(), id="pdf"),
    pytest.param("indicators.xlsx", files.xlsx_bytes(), id="xlsx"),
    pytest.param("minutes.docx", files.docx_bytes(), id="docx"),
    pytest.param("slides.pptx", files.pptx_bytes(), id="pptx"),
    pytest.param("data.csv", "country,share\nCôte d'Ivoire,0.12\n".encode(), id="csv"),
    pytest.param("notes.txt", b"\xef\xbb\xbfLocal governance notes\n", id="txt-with-bom"),
    pytest.param("text.odt", files.opendocument_bytes("application/vnd.oasis.opendocument.text"), id="odt"),
    pytest.param("book.epub", files.opendocument_bytes("application/epub+zip"), id="epub"),
    pytest.param("bundle.zip", files.zip_bytes({"a.txt": b"a"}), id="zip"),
]


@pytest.mark.parametrize(("name", "content"), ACCEPTED)
def test_valid_document_is_saved(superuser_client, name, content):
    response = upload(superuser_client, name, content, title="Accepted")
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    document = Document.objects.get(title="Accepted")
    with document.open_file() as stored:
        assert stored.read() == content


def test_multiple_uploader_refuses_with_the_same_message(superuser_client):
    response = superuser_client.post(
        MULTIPLE_ADD_URL,
        {"files[]": SimpleUploadedFile("report.pdf", files.HTML_PAGE)},
    )
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["success"] is False
    assert "web page (HTML), not a PDF" in data["error_message"]
    assert not Document.objects.exists()


def test_multiple_uploader_accepts_a_valid_file(superuser_client):
    response = superuser_client.post(
        MULTIPLE_ADD_URL,
        {"files[]": SimpleUploadedFile("primer.pdf", files.pdf_bytes())},
    )
    assert json.loads(response.content)["success"] is True
    assert Document.objects.count() == 1


def test_replacing_the_file_of_a_document_is_checked_too(superuser_client):
    upload(superuser_client, "primer.pdf", files.pdf_bytes(), title="Primer")
    document = Document.objects.get(title="Primer")
    response = superuser_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": "Primer",
            "file": SimpleUploadedFile("primer.pdf", files.HTML_PAGE),
            "collection": document.collection_id,
        },
    )
    assert any("web page (HTML)" in error for error in file_errors(response))
    document.refresh_from_db()
    with document.open_file() as stored:
        assert stored.read().startswith(b"%PDF-")


def test_editing_the_title_only_does_not_recheck_the_file(superuser_client):
    upload(superuser_client, "primer.pdf", files.pdf_bytes(), title="Primer")
    document = Document.objects.get(title="Primer")
    response = superuser_client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": "Primer, 2nd edition", "collection": document.collection_id},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Primer, 2nd edition"
