"""Documents are served through Django: attachments (PDF inline), no active content, never sniffed."""

from __future__ import annotations

import pytest
from django.http import HttpResponse
from wagtail import hooks

from tests.hardening import files
from tests.hardening.conftest import make_document

SERVED = [
    pytest.param("primer.pdf", files.pdf_bytes(), "application/pdf", "inline", id="pdf-inline"),
    pytest.param(
        "minutes.docx",
        files.docx_bytes(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        'attachment; filename="minutes.docx"',
        id="docx",
    ),
    pytest.param(
        "indicators.xlsx",
        files.xlsx_bytes(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        'attachment; filename="indicators.xlsx"',
        id="xlsx",
    ),
    pytest.param("data.csv", b"a,b\n1,2\n", "text/csv", 'attachment; filename="data.csv"', id="csv"),
    # Stored before the upload checks existed (or by a script): still harmless when served.
    pytest.param(
        "legacy.txt", files.HTML_PAGE, "text/plain", 'attachment; filename="legacy.txt"', id="html-in-txt"
    ),
]


@pytest.mark.parametrize(("filename", "content", "content_type", "disposition"), SERVED)
def test_served_document_headers(
    client, db, settings, tmp_path, filename, content, content_type, disposition
):
    settings.MEDIA_ROOT = str(
        tmp_path
    )  # an empty media folder: the file keeps its name (no "_AbC123" suffix)
    document = make_document(filename, content)
    response = client.get(document.url)
    assert document.url == f"/documents/{document.pk}/{filename}"
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response.headers["Content-Type"] == content_type
    assert response.headers["Content-Disposition"].startswith(disposition)
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "Content-Encoding" not in response.headers  # Wagtail would send "Content-Encoding: None"
    assert not response.cookies and "Set-Cookie" not in response.headers


def test_conditional_request_keeps_the_download_policy(client, db):
    document = make_document("primer.pdf", files.pdf_bytes())
    etag = client.get(document.url).headers["ETag"]
    response = client.get(document.url, headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"


def test_documents_are_not_served_from_the_media_folder(client, db):
    document = make_document("primer.pdf", files.pdf_bytes())
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_a_hook_response_cannot_weaken_the_download_headers(client, db, settings, tmp_path):
    """A ``before_serve_document`` hook (the impact app counts downloads there) returning its own response."""
    settings.MEDIA_ROOT = str(
        tmp_path
    )  # an empty media folder: the file keeps its name (no "_AbC123" suffix)
    document = make_document("notes.txt", b"hello")

    def serve_inline_html(doc, request):
        response = HttpResponse(b"<script>alert(1)</script>", content_type="text/html")
        response["Content-Disposition"] = "inline"
        response["Content-Security-Policy"] = "default-src *"
        return response

    with hooks.register_temporarily("before_serve_document", serve_inline_html):
        response = client.get(document.url)
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"] == 'attachment; filename="notes.txt"'


def test_wrong_filename_is_a_plain_404(client, db):
    document = make_document("primer.pdf", files.pdf_bytes())
    response = client.get(f"/documents/{document.pk}/other.pdf")
    assert response.status_code == 404
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
