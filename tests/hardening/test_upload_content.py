"""The content checks on their own: each allowed type, and the edge cases of the text check."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError

from hardening import uploads
from tests.hardening import files

ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(ValidationError) as refused:
        uploads.validate_document_upload(name, io.BytesIO(content))
    (message,) = refused.value.messages
    return message


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.ods", files.opendocument_bytes(ODS)),
        ("a.odp", files.opendocument_bytes(ODP)),
        ("a.odt", files.opendocument_bytes(ODT)),
        ("a.epub", files.opendocument_bytes("application/epub+zip")),
        ("A.PDF", files.pdf_bytes()),
        ("empty.zip", files.zip_bytes({})),
    ],
)
def test_genuine_files_pass(name, content):
    stream = io.BytesIO(content)
    stream.seek(5)
    uploads.validate_document_upload(name, stream)
    assert stream.tell() == 0  # rewound for Wagtail to save


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("a.ods", files.opendocument_bytes(ODT), f"declares the type “{ODT}”"),
        ("a.epub", files.zip_bytes({"content.opf": b"<package/>"}), "without the “mimetype” entry"),
        ("a.odt", files.opendocument_bytes("x" * 300), "not a media type"),
        ("a.pptx", files.docx_bytes(), "Office file of another kind"),
        ("a.zip", files.HTML_PAGE, "web page (HTML)"),
        ("a.zip", b"Rar!\x1a\x07\x00", "not a ZIP-based file"),
        ("a.pdf", b"\xef\xbb\xbf  <html><body>x</body></html>", "web page (HTML), not a PDF"),
        ("a.pdf", b" %PDF-1.7", "does not start with the PDF signature"),
        ("a.csv", b"name\n<SCRIPT>alert(1)</SCRIPT>\n", "web-page markup (“<script”)"),
        ("a.txt", b"<!DOCTYPE html>", "web-page markup (“<!doctype”)"),
        ("a.txt", b"<svg onload=alert(1)>", "web-page markup (“<svg”)"),
    ],
)
def test_impostors_are_refused_with_a_reason(name, content, reason):
    assert reason in refusal(name, content)


def test_markup_split_across_two_read_chunks_is_found(monkeypatch):
    monkeypatch.setattr(uploads, "_TEXT_CHUNK", 16)
    content = b"a" * 13 + b"<scr" + b"ipt>alert(1)"
    assert "“<script”" in refusal("a.txt", content)


def test_a_multibyte_character_split_across_chunks_is_valid_utf8(monkeypatch):
    monkeypatch.setattr(uploads, "_TEXT_CHUNK", 16)
    content = ("x" * 15 + "é" + "ç" * 40).encode()
    uploads.validate_document_upload("a.csv", io.BytesIO(content))


def test_invalid_utf8_at_the_very_end_is_refused():
    assert "not UTF-8 text" in refusal("a.txt", b"fine so far \xc3")


def test_a_large_text_file_is_read_in_chunks():
    content = b"country,year,share\n" + b"Kenya,2024,0.21\n" * 400_000  # about 6 MB
    uploads.validate_document_upload("big.csv", io.BytesIO(content))


def test_every_allowed_extension_has_a_content_check(settings):
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(uploads.CONTENT_CHECKS)


def test_an_allowed_extension_without_a_check_is_refused(settings):
    settings.WAGTAILDOCS_EXTENSIONS = ["pdf", "rtf"]
    assert "no content check" in refusal("notes.rtf", b"{\\rtf1 hello}")


def test_an_encrypted_mimetype_entry_is_refused_not_crashed():
    content = bytearray(files.opendocument_bytes(ODT))
    # Set the "encrypted" flag bit of the first entry ("mimetype") in its local and central headers.
    content[6] |= 0x01
    central = content.find(b"PK\x01\x02")
    content[central + 8] |= 0x01
    assert "cannot be read" in refusal("a.odt", bytes(content))
